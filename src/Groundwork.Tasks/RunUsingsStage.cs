using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Usings;

namespace Groundwork.Tasks;

/// <summary>The Usings stage: orders using directives as CSharpier does, honouring the .editorconfig options.</summary>
public sealed class RunUsingsStage : StageTask
{
    protected override string PendingCode => Findings.UsingsOutOfOrderCode;

    protected override ISourceRewriter CreateRewriter() =>
        new UsingsRewriter(new UsingsOptionsProvider());
}
