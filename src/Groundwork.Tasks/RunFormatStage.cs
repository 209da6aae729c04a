using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;

namespace Groundwork.Tasks;

/// <summary>The Format stage: CSharpier formatting that never reorders using directives.</summary>
public sealed class RunFormatStage : StageTask
{
    protected override string PendingCode => Findings.NotFormattedCode;

    protected override ISourceRewriter CreateRewriter() =>
        new FormatRewriter(new CSharpierOptionsProvider());
}
