using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.Usings;

/// <summary>
/// Sorts one <see cref="UsingRun"/> by moving whole lines. Each directive carries its own line, its trailing
/// comment, and the comment lines directly above it (blank lines above those are dropped: the groups are
/// merged, or rebuilt when <c>dotnet_separate_import_directive_groups</c> asks for a blank line between
/// groups). The lines above the run's first directive are the run's header (a licence, <c>#nullable</c>, the
/// directive that starts the run) and stay on top, as CSharpier keeps them. Nothing is re-indented or
/// re-spaced: that is the Format stage's business, so the two stages commute.
/// </summary>
public sealed partial class UsingRunSorter(UsingOrder order, UsingsOptions options)
{
    /// <summary>The edit for the run, or null when it is already as it should be.</summary>
    public RunEdit? Sort(UsingRun run, SourceText text, string endOfLine)
    {
        var directives = run.Directives;
        if (run.IsFrozen || directives.Count == 0)
            return null;

        var sorted = directives.OrderBy(d => d, order).ToList();
        var first = directives[0];
        var span = TextSpan.FromBounds(first.FullSpan.Start, directives[^1].FullSpan.End);
        var headerEnd = LineStartAfterLastBreak(first);

        var builder = new StringBuilder(text.ToString(TextSpan.FromBounds(span.Start, headerEnd)));
        for (var i = 0; i < sorted.Count; i++)
        {
            if (
                options.SeparateImportDirectiveGroups
                && i > 0
                && order.StartsNewGroup(sorted[i - 1], sorted[i])
            )
                builder.Append(endOfLine);
            var start = sorted[i] == first ? headerEnd : StartAfterBlankLines(sorted[i]);
            builder.Append(text.ToString(TextSpan.FromBounds(start, sorted[i].FullSpan.End)));
        }

        var newText = KeepLineEndings(text.ToString(span), builder.ToString(), endOfLine);
        if (newText == text.ToString(span))
            return null;

        // Lines move whole, so every directive must end its line: `using A; using B;` cannot be split
        // without formatting, and that is not this stage's job.
        var sharing = directives.FirstOrDefault(d =>
            !d.GetTrailingTrivia().LastOrDefault().IsKind(SyntaxKind.EndOfLineTrivia)
        );
        if (sharing is not null)
            return new RunEdit(
                span,
                null,
                LineOf(text, sharing.SpanStart),
                "a using directive shares its line with other code; format the file first"
            );

        var firstMoved = directives.Zip(sorted).FirstOrDefault(p => p.First != p.Second).First;
        return new RunEdit(span, newText, LineOf(text, (firstMoved ?? first).SpanStart), null);
    }

    /// <summary>
    /// The line endings stay where they were: the n-th line of the run ends as the n-th line did, whichever
    /// directive moved there (a blank line the stage adds ends with the file's first line ending). In a file with
    /// mixed line endings, moving them with the directives would change the file's first line ending, which
    /// CSharpier's "auto" end of line follows: ordering then formatting would not give formatting then ordering.
    /// </summary>
    private static string KeepLineEndings(string before, string after, string endOfLine)
    {
        var endings = LineEnding().Matches(before).Select(m => m.Value).ToList();
        var line = 0;
        return LineEnding().Replace(after, _ => line < endings.Count ? endings[line++] : endOfLine);
    }

    [GeneratedRegex("\r?\n")]
    private static partial Regex LineEnding();

    /// <summary>Where the directive's own line starts: after the last line break of its leading trivia.</summary>
    private static int LineStartAfterLastBreak(SyntaxNode directive)
    {
        var start = directive.FullSpan.Start;
        foreach (var trivia in directive.GetLeadingTrivia())
        {
            // Line breaks, and the trivia that end with their own (directives, documentation comments).
            if (trivia.ToFullString().EndsWith('\n'))
                start = trivia.FullSpan.End;
        }
        return start;
    }

    /// <summary>Where the directive's comments start, once the blank lines above them are dropped.</summary>
    private static int StartAfterBlankLines(SyntaxNode directive)
    {
        var start = directive.FullSpan.Start;
        foreach (var trivia in directive.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                start = trivia.FullSpan.End;
            else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
                break;
        }
        return start;
    }

    private static int LineOf(SourceText text, int position) =>
        text.Lines.GetLineFromPosition(position).LineNumber + 1;
}
