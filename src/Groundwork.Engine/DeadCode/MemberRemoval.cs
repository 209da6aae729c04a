using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The removal of one unused member declaration (a field declaration removes all its variables): one text
/// change that takes the declaration with its documentation comment and the lines that belong to it.
/// Positions are in the text the removal was planned on.
/// </summary>
/// <param name="Members">Each member's kind in words ("method"), name and the position of its name.</param>
public sealed record MemberRemoval(
    string Path,
    IReadOnlyList<(string Kind, string Name, int Position)> Members,
    IReadOnlyList<TextChange> Changes
) : ITextRemoval
{
    public int Start => Members[0].Position;

    public string Names => string.Join(", ", Members.Select(m => m.Name));

    /// <summary>
    /// The span each declaration of one file takes away. A declaration goes with its trailing comment and line
    /// break and with the comments above it (its documentation), from the blank line that separates it from
    /// what is above (so a section comment above that blank line stays). Preprocessor directives above it stay:
    /// only what follows the last one goes. When declarations at the top of a block go, the blank line that
    /// would then open the block goes too. Declarations must not hold directives themselves (the caller keeps
    /// those).
    /// </summary>
    public static IReadOnlyList<TextSpan> Spans(
        IReadOnlyList<MemberDeclarationSyntax> declarations,
        SourceText text
    )
    {
        var spans = declarations
            .OrderBy(d => d.SpanStart)
            .Select(d => TextSpan.FromBounds(RemovalStart(d, text), d.FullSpan.End))
            .ToList();
        for (var i = 0; i < spans.Count; i++)
        {
            var followedByRemoval = i + 1 < spans.Count && spans[i + 1].Start == spans[i].End;
            if (followedByRemoval || !OpensBlock(spans, i, text))
                continue;
            var next = text.Lines.GetLineFromPosition(Math.Min(spans[i].End, text.Length));
            var nextIsBlank =
                next.Start == spans[i].End
                && next.End < text.Length
                && string.IsNullOrWhiteSpace(text.ToString(next.Span))
                && next.EndIncludingLineBreak > next.End;
            if (nextIsBlank)
                spans[i] = TextSpan.FromBounds(spans[i].Start, next.EndIncludingLineBreak);
        }
        return spans;
    }

    /// <summary>Where a declaration's removal starts: after its last directive, at its nearest blank line above.</summary>
    private static int RemovalStart(MemberDeclarationSyntax declaration, SourceText text)
    {
        var start = declaration.FullSpan.Start;
        foreach (var trivia in declaration.GetLeadingTrivia())
        {
            if (trivia.IsDirective || trivia.IsKind(SyntaxKind.DisabledTextTrivia))
                start = trivia.FullSpan.End;
        }
        // The nearest blank line between that start and the declaration: the comments below it belong to it.
        var line = text.Lines.GetLineFromPosition(declaration.SpanStart).LineNumber;
        for (var l = line - 1; l >= 0 && text.Lines[l].Start >= start; l--)
        {
            if (string.IsNullOrWhiteSpace(text.ToString(text.Lines[l].Span)))
                return text.Lines[l].Start;
        }
        return start;
    }

    /// <summary>
    /// Whether the removal at <paramref name="index"/>, with the removals just before it, starts right after
    /// the <c>{</c> of a block.
    /// </summary>
    private static bool OpensBlock(List<TextSpan> spans, int index, SourceText text)
    {
        var position = spans[index].Start;
        for (var i = index - 1; i >= 0 && spans[i].End == position; i--)
            position = spans[i].Start;
        while (position > 0 && char.IsWhiteSpace(text[position - 1]))
            position--;
        return position > 0 && text[position - 1] == '{';
    }

    /// <summary>Whether the declaration holds a preprocessor directive after its first token's leading trivia.</summary>
    public static bool HoldsDirectives(MemberDeclarationSyntax declaration) =>
        declaration.ContainsDirectives
        && declaration
            .DescendantTrivia(descendIntoTrivia: true)
            .Any(t =>
                t.SpanStart >= declaration.SpanStart
                && (t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia))
            );
}
