using System.Globalization;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.Usings;

/// <summary>
/// The Usings stage: orders the using directives of every using block (the file's and each namespace's)
/// with <see cref="UsingOrder"/>, one <see cref="UsingRun"/> at a time, and accepts the result only when
/// <see cref="UsingsSafetyProof"/> shows that nothing but the order of directives (and the blank lines between
/// them) changed.
/// </summary>
public sealed class UsingsRewriter(UsingsOptionsProvider optionsProvider) : ISourceRewriter
{
    private static readonly string ToolVersion =
        typeof(UsingsRewriter).Assembly.ManifestModule.ModuleVersionId.ToString();

    public string StageName => "Usings";

    public string Fingerprint(string path)
    {
        var resolution = optionsProvider.Resolve(path);
        return ToolVersion
            + "/"
            + (resolution.Options?.Fingerprint ?? "error")
            + "/"
            + CultureInfo.InvariantCulture.CompareInfo.Version;
    }

    public Finding PendingChange(string path, int line, FindingSeverity severity) =>
        Findings.UsingsOutOfOrder(path, line, severity);

    public RewriteResult Rewrite(string path, string text, CancellationToken cancellationToken)
    {
        var resolution = optionsProvider.Resolve(path);
        if (resolution.Options is not { } options)
            return RewriteResult.LeftAlone(
                // Roslyn's .editorconfig parser accepts any content; only reading the file can fail, and that
                // has no position inside it.
                Findings.InvalidConfiguration(
                    resolution.ErrorFile ?? path,
                    0,
                    0,
                    resolution.ErrorMessage ?? "unknown error"
                )
            );

        var original = CSharpSyntaxTree.ParseText(
            text,
            FormatRewriter.ParseOptions,
            path,
            cancellationToken: cancellationToken
        );
        if (
            FormatRewriter.FirstError(original.GetDiagnostics(cancellationToken)) is { } syntaxError
        )
            return RewriteResult.LeftAlone(syntaxError.ToFinding(path));

        var sourceText = original.GetText(cancellationToken);
        var sorter = new UsingRunSorter(new UsingOrder(options), options);
        var endOfLine = text.IndexOf('\n') is > 0 and var n && text[n - 1] == '\r' ? "\r\n" : "\n";
        var edits = new List<RunEdit>();
        foreach (
            var block in UsingRegion.Blocks(original.GetCompilationUnitRoot(cancellationToken))
        )
        {
            foreach (var run in UsingRunSplitter.Split(block))
            {
                if (sorter.Sort(run, sourceText, endOfLine) is not { } edit)
                    continue;
                if (edit.Problem is not null)
                    return RewriteResult.LeftAlone(
                        Findings.UsingsNotSortable(path, edit.Line, edit.Problem)
                    );
                edits.Add(edit);
            }
        }
        if (edits.Count == 0)
            return RewriteResult.Unchanged;

        var newText = sourceText
            .WithChanges(edits.Select(e => new TextChange(e.Span, e.NewText!)))
            .ToString();
        var rewritten = CSharpSyntaxTree.ParseText(
            newText,
            FormatRewriter.ParseOptions,
            path,
            cancellationToken: cancellationToken
        );
        if (UsingsSafetyProof.Check(original, rewritten) is { } violation)
            return RewriteResult.LeftAlone(
                Findings.UnsafeRewrite(path, violation.Line, 1, StageName, violation.Reason)
            );
        return newText == text ? RewriteResult.Unchanged : RewriteResult.Changed(newText);
    }
}
