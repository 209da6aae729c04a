using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Format;

/// <summary>
/// The proof that a rewrite changed only trivia: both files must have the same tokens, in the same order, in
/// every preprocessor branch. Inactive branches are lexed too, so a change hidden under an <c>#if</c> the build
/// does not define is still seen. The one token difference allowed is an optional trailing comma before a
/// closing brace or bracket (CSharpier adds them to multi-line initializers and enums), which never changes
/// what the code means.
/// </summary>
public static class TokenEquivalence
{
    public readonly record struct Token(SyntaxKind Kind, string Text, int Line);

    /// <summary>Returns 0 when equivalent, otherwise the 1-based line in <paramref name="original"/> of the first difference.</summary>
    public static int FirstDifference(SyntaxTree original, SyntaxTree rewritten)
    {
        var before = Significant(original);
        var after = Significant(rewritten);
        var count = Math.Min(before.Count, after.Count);
        for (var i = 0; i < count; i++)
        {
            if (before[i].Kind != after[i].Kind || before[i].Text != after[i].Text)
                return before[i].Line;
        }
        if (before.Count == after.Count)
            return 0;
        return before.Count > count ? before[count].Line : Math.Max(1, before.LastOrDefault().Line);
    }

    public static List<Token> Significant(SyntaxTree tree)
    {
        var all = new List<Token>();
        foreach (var token in tree.GetRoot().DescendantTokens(descendIntoTrivia: false))
        {
            AddTrivia(token.LeadingTrivia, all);
            Add(token, all);
            AddTrivia(token.TrailingTrivia, all);
        }
        return WithoutOptionalTrailingCommas(all);
    }

    private static void AddTrivia(SyntaxTriviaList trivia, List<Token> into)
    {
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                var line = item.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                foreach (var lexed in SyntaxFactory.ParseTokens(item.ToFullString()))
                {
                    if (!lexed.IsKind(SyntaxKind.EndOfFileToken))
                        into.Add(
                            new Token(
                                lexed.Kind(),
                                ComparableText(lexed),
                                line + lexed.GetLocation().GetLineSpan().StartLinePosition.Line
                            )
                        );
                }
            }
            else if (item.GetStructure() is { } structure)
            {
                foreach (var token in structure.DescendantTokens(descendIntoTrivia: true))
                    Add(token, into);
            }
        }
    }

    private static void Add(SyntaxToken token, List<Token> into)
    {
        if (token.IsKind(SyntaxKind.EndOfFileToken) || token.IsKind(SyntaxKind.EndOfDirectiveToken))
            return;
        into.Add(
            new Token(
                token.Kind(),
                ComparableText(token),
                token.GetLocation().GetLineSpan().StartLinePosition.Line + 1
            )
        );
    }

    // A literal is compared by value, so that re-indenting a raw string literal's lines (which does not change
    // its value) is allowed; everything else by its exact text.
    private static string ComparableText(SyntaxToken token) =>
        token.Kind() switch
        {
            SyntaxKind.StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken
            or SyntaxKind.Utf8MultiLineRawStringLiteralToken => "\"" + token.ValueText,
            _ => token.Text,
        };

    private static List<Token> WithoutOptionalTrailingCommas(List<Token> tokens)
    {
        var kept = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (
                tokens[i].Kind == SyntaxKind.CommaToken
                && i + 1 < tokens.Count
                && IsOptional(tokens, i)
            )
                continue;
            kept.Add(tokens[i]);
        }
        return kept;
    }

    // `[,]` (an array rank) and `[x,,]` keep their commas: there the comma is meaning, not decoration.
    private static bool IsOptional(List<Token> tokens, int comma)
    {
        var next = tokens[comma + 1].Kind;
        if (next == SyntaxKind.CloseBraceToken)
            return true;
        if (next != SyntaxKind.CloseBracketToken || comma == 0)
            return false;
        var previous = tokens[comma - 1].Kind;
        return previous is not (SyntaxKind.OpenBracketToken or SyntaxKind.CommaToken);
    }
}
