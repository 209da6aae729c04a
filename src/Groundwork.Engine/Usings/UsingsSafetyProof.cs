using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.Usings;

/// <summary>
/// The proof that a rewrite only reordered using directives, checked on the two texts alone (it does not
/// trust the sorter). Every line is one of: blank, a using line (it holds a using or extern alias directive),
/// a comment line, or a fixed line (code, preprocessor directives, ignore markers, inactive branches). Then:
/// the fixed lines are the same lines in the same order; every directive is still there, as often as before,
/// and between the same two fixed lines (so none crossed an <c>#if</c>, a <c>#region</c>, a <c>#pragma</c>, an
/// ignore marker or a namespace); the using lines are the same lines (trailing comments travelled with them);
/// and the comment lines are the same lines, none lost or doubled.
/// </summary>
public static class UsingsSafetyProof
{
    public readonly record struct Violation(int Line, string Reason);

    public static Violation? Check(SyntaxTree original, SyntaxTree rewritten)
    {
        var before = Classify(original);
        var after = Classify(rewritten);

        var fixedBefore = before.Where(l => l.Kind == LineKind.Fixed).ToList();
        var fixedAfter = after.Where(l => l.Kind == LineKind.Fixed).ToList();
        for (var i = 0; i < Math.Max(fixedBefore.Count, fixedAfter.Count); i++)
        {
            if (
                i >= fixedBefore.Count
                || i >= fixedAfter.Count
                || fixedBefore[i].Text != fixedAfter[i].Text
            )
                return new Violation(
                    i < fixedBefore.Count ? fixedBefore[i].Number : Math.Max(1, before.Count),
                    "a line that is not a using directive or a comment changed or moved"
                );
        }

        if (FirstDifference(Directives(original, before), Directives(rewritten, after)) is { } d)
            return new Violation(
                d,
                "a using directive was lost, doubled or moved across a preprocessor directive or an ignore marker"
            );
        if (FirstDifference(Lines(before, LineKind.Using), Lines(after, LineKind.Using)) is { } u)
            return new Violation(u, "a using directive's line changed");
        if (
            FirstDifference(Lines(before, LineKind.Comment), Lines(after, LineKind.Comment)) is
            { } c
        )
            return new Violation(c, "a comment was lost or doubled");
        return null;
    }

    private enum LineKind
    {
        Blank,
        Using,
        Comment,
        Fixed,
    }

    private sealed record Line(int Number, LineKind Kind, string Text, int FixedLinesAbove);

    private static List<Line> Classify(SyntaxTree tree)
    {
        var text = tree.GetText();
        var root = tree.GetRoot();
        var directives = new bool[text.Length + 1];
        var comments = new bool[text.Length + 1];
        foreach (var node in UsingDirectives(root))
            Mark(directives, node.Span);
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (IsComment(trivia) && !UsingRunSplitter.IsIgnoreMarker(trivia, out _))
                Mark(comments, trivia.Span);
        }

        var lines = new List<Line>();
        var fixedAbove = 0;
        foreach (var line in text.Lines)
        {
            var content = text.ToString(line.Span);
            var kind = LineKind.Blank;
            for (var i = line.Start; i < line.End; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                    continue;
                if (directives[i])
                {
                    kind = LineKind.Using;
                    break;
                }
                kind = comments[i] && kind != LineKind.Fixed ? LineKind.Comment : LineKind.Fixed;
            }
            lines.Add(new Line(line.LineNumber + 1, kind, content, fixedAbove));
            if (kind == LineKind.Fixed)
                fixedAbove++;
        }
        return lines;
    }

    /// <summary>Each directive (its tokens) with the number of fixed lines above it: its place between barriers.</summary>
    private static List<(string Key, int Line)> Directives(SyntaxTree tree, List<Line> lines) =>
        UsingDirectives(tree.GetRoot())
            .Select(node =>
            {
                var number = node.GetLocation().GetLineSpan().StartLinePosition.Line;
                var key = string.Join(" ", node.DescendantTokens().Select(t => t.Text));
                return ($"{lines[number].FixedLinesAbove}:{key}", number + 1);
            })
            .ToList();

    private static List<(string Key, int Line)> Lines(List<Line> lines, LineKind kind) =>
        lines.Where(l => l.Kind == kind).Select(l => (l.Text.Trim(), l.Number)).ToList();

    /// <summary>Null when both hold the same keys as often; otherwise a line in the first list to point at.</summary>
    private static int? FirstDifference(
        List<(string Key, int Line)> before,
        List<(string Key, int Line)> after
    )
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, _) in after)
            counts[key] = counts.GetValueOrDefault(key) + 1;
        foreach (var (key, line) in before)
        {
            if (counts.GetValueOrDefault(key) == 0)
                return line;
            counts[key]--;
        }
        return counts.Values.Any(c => c != 0) ? Math.Max(1, before.FirstOrDefault().Line) : null;
    }

    private static bool IsUsingDirective(SyntaxNode node) =>
        node is UsingDirectiveSyntax or ExternAliasDirectiveSyntax;

    /// <summary>The directives, found without walking member bodies: they live only in the compilation unit and namespaces.</summary>
    private static IEnumerable<SyntaxNode> UsingDirectives(SyntaxNode root) =>
        root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .Where(IsUsingDirective);

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.Kind()
            is SyntaxKind.SingleLineCommentTrivia
                or SyntaxKind.MultiLineCommentTrivia
                or SyntaxKind.SingleLineDocumentationCommentTrivia
                or SyntaxKind.MultiLineDocumentationCommentTrivia;

    private static void Mark(bool[] marks, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
            marks[i] = true;
    }
}
