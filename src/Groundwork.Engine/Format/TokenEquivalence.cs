using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Format;

/// <summary>
/// The proof that a rewrite changed only layout: both files must have the same tokens, in the same order, in
/// every preprocessor branch (inactive branches are lexed too, so a change hidden under an <c>#if</c> the build
/// does not define is still seen). It allows exactly the changes CSharpier makes on purpose that cannot change
/// what the program does, and nothing else:
/// <list type="bullet">
/// <item>whitespace, line breaks and comments (trivia);</item>
/// <item>the order of a declaration's modifiers (<c>readonly static</c> becomes <c>static readonly</c>): C#
/// gives the order no meaning;</item>
/// <item>the layout of a string literal whose value stays the same: a raw string literal re-indented together
/// with its closing quotes, and the text parts of an interpolated raw string, are compared by value;</item>
/// <item>an optional trailing comma before a closing brace or bracket (CSharpier adds them to multi-line
/// initializers, enums and switch expressions).</item>
/// </list>
/// </summary>
public static class TokenEquivalence
{
    /// <summary>
    /// <see cref="FirstDifference"/>, and the same under each set of symbols that activates another branch
    /// (<see cref="PreprocessorBranches.Alternatives"/>): a line that one set reads as a directive can be string
    /// content under another (a verbatim string in an <c>#if</c> block), where moving it changes a value that
    /// the lexing of the inactive text alone cannot see. Only a verbatim or raw string spans lines, and only
    /// one that opens in a branch the first parse skips can hide such a line from it (a string that opens in
    /// active code is one token there, compared whole), so the other branches are parsed only when the
    /// inactive text opens one: parsing a large file once per symbol costs more than formatting it.
    /// </summary>
    public static TokenDifference? FirstDifferenceInAnyBranch(
        SyntaxTree original,
        SyntaxTree rewritten,
        CancellationToken cancellationToken
    )
    {
        if (FirstDifference(original, rewritten) is { } difference)
            return difference;
        var root = original.GetCompilationUnitRoot(cancellationToken);
        if (!InactiveTextOpensAMultiLineString(root))
            return null;
        var originalText = original.GetText(cancellationToken);
        var rewrittenText = rewritten.GetText(cancellationToken);
        foreach (
            var options in PreprocessorBranches.Alternatives(
                root,
                (CSharpParseOptions)original.Options
            )
        )
        {
            var before = CSharpSyntaxTree.ParseText(
                originalText,
                options,
                original.FilePath,
                cancellationToken
            );
            var after = CSharpSyntaxTree.ParseText(
                rewrittenText,
                options,
                rewritten.FilePath,
                cancellationToken
            );
            if (FirstDifference(before, after) is { } inBranch)
                return inBranch;
        }
        return null;
    }

    private static bool InactiveTextOpensAMultiLineString(CompilationUnitSyntax root) =>
        root.ContainsDirectives
        && root.DescendantTrivia()
            .Any(t =>
                t.IsKind(SyntaxKind.DisabledTextTrivia)
                && t.ToFullString() is var text
                && (
                    text.Contains("@\"", StringComparison.Ordinal)
                    || text.Contains("@$\"", StringComparison.Ordinal)
                    || text.Contains("\"\"\"", StringComparison.Ordinal)
                )
            );

    /// <summary>Null when the trees are equivalent; otherwise the first token that differs.</summary>
    public static TokenDifference? FirstDifference(SyntaxTree original, SyntaxTree rewritten)
    {
        var before = ComparableTokens.Of(original);
        var after = ComparableTokens.Of(rewritten);
        var count = Math.Min(before.Count, after.Count);
        for (var i = 0; i < count; i++)
        {
            if (before[i].Kind != after[i].Kind || before[i].Text != after[i].Text)
                return TokenDifference.Create(original, before[i].Start, before[i], after[i]);
        }
        if (before.Count > count)
            return TokenDifference.Create(original, before[count].Start, before[count], null);
        if (after.Count > count)
        {
            var end = original.GetRoot().FullSpan.End;
            return TokenDifference.Create(original, end, null, after[count]);
        }
        return null;
    }
}

/// <summary>Where a rewrite first differs from the original, and the two token texts, for GW0002.</summary>
public sealed record TokenDifference(int Line, int Column, string Original, string Rewritten)
{
    internal static TokenDifference Create(
        SyntaxTree original,
        int position,
        ComparableToken? before,
        ComparableToken? after
    )
    {
        var where = original.GetText().Lines.GetLinePosition(position);
        var first = before?.Source ?? "";
        var second = after?.Source ?? "";
        // Two long tokens (a string literal) are shown from shortly before the first character that differs.
        var common = 0;
        while (common < first.Length && common < second.Length && first[common] == second[common])
            common++;
        var skip = first.Length > 0 && second.Length > 0 && common > 30 ? common - 10 : 0;
        return new TokenDifference(
            where.Line + 1,
            where.Character + 1,
            Shown(first, skip),
            Shown(second, skip)
        )
        {
            WasRemoved = after is null,
        };
    }

    /// <summary>True when the original's token is missing from the rewrite (rather than changed).</summary>
    public bool WasRemoved { get; private init; }

    /// <summary>One line that names the difference, so that a CSharpier bug can be told from a gap in the proof.</summary>
    public string Describe() =>
        WasRemoved ? $"CSharpier's output drops '{Original}'"
        : Original.Length == 0 ? $"CSharpier's output adds '{Rewritten}'"
        : $"CSharpier's output has '{Rewritten}' where the file has '{Original}'";

    // A token's source can be a long multi-line string: show its start, on one line.
    private static string Shown(string text, int skip)
    {
        if (skip > 0)
            return "..." + Shown(text[skip..], 0);
        // \r and \n are shown apart: a line ending changed inside a verbatim string is a difference of its own.
        var oneLine = text.Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal);
        return oneLine.Length <= 40 ? oneLine : oneLine[..40] + "...";
    }
}

/// <summary>A token as the proof compares it: its kind, the text that carries its meaning, and where it is.</summary>
internal readonly record struct ComparableToken(
    SyntaxKind Kind,
    string Text,
    int Start,
    string Source,
    int ModifierOwner
);

/// <summary>Turns a tree into the sequence of <see cref="ComparableToken"/>s the proof compares.</summary>
internal static class ComparableTokens
{
    private static readonly CSharpParseOptions InactiveBranchOptions = FormatRewriter.ParseOptions;

    public static List<ComparableToken> Of(SyntaxTree tree)
    {
        var all = new List<ComparableToken>();
        foreach (var token in tree.GetRoot().DescendantTokens(descendIntoTrivia: false))
        {
            AddTrivia(token.LeadingTrivia, all);
            AddActive(token, all);
            AddTrivia(token.TrailingTrivia, all);
        }
        SortModifierRuns(all);
        return WithoutOptionalTrailingCommas(all);
    }

    private static void AddActive(SyntaxToken token, List<ComparableToken> into)
    {
        if (
            token.IsKind(SyntaxKind.EndOfFileToken)
            || token.IsKind(SyntaxKind.EndOfDirectiveToken)
            || IsEmptyText(token)
        )
            return;
        // A modifier is always a keyword token (the parser turns `async`, `partial`, ... into keywords there):
        // only those need their parent, which is costly to ask for every token of a large file.
        var owner =
            SyntaxFacts.IsKeywordKind(token.Kind())
            && token.Parent is { } parent
            && IsModifierOf(token, parent)
                ? parent.SpanStart + 1
                : 0;
        into.Add(
            new ComparableToken(
                token.Kind(),
                ComparableText(token),
                token.SpanStart,
                token.Text,
                owner
            )
        );
    }

    private static void AddTrivia(SyntaxTriviaList trivia, List<ComparableToken> into)
    {
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.DisabledTextTrivia))
                AddInactive(item.ToFullString(), item.SpanStart, into);
            else if (item.GetStructure() is { } structure)
            {
                foreach (var token in structure.DescendantTokens(descendIntoTrivia: true))
                    AddActive(token, into);
            }
        }
    }

    /// <summary>
    /// The code of a branch the parse did not take is only text to the parser: it is lexed into tokens.
    /// An interpolated string is lexed as one token there, holes and all, so it is parsed further, and the
    /// whitespace inside its holes (<c>{x,5:x}</c> against <c>{x, 5:x}</c>) is trivia, as in active code.
    /// </summary>
    private static void AddInactive(string text, int offset, List<ComparableToken> into)
    {
        var modifierRun = 0;
        foreach (var token in SyntaxFactory.ParseTokens(text, options: InactiveBranchOptions))
        {
            if (token.IsKind(SyntaxKind.EndOfFileToken))
                continue;
            if (token.IsKind(SyntaxKind.InterpolatedStringToken))
            {
                modifierRun = 0;
                var expression = SyntaxFactory.ParseExpression(
                    token.Text,
                    options: InactiveBranchOptions
                );
                foreach (var part in expression.DescendantTokens())
                    AddAt(part, offset + token.SpanStart, 0, into);
                continue;
            }
            // In inactive code there is no declaration to ask, so a run of consecutive modifier keywords is
            // taken as one modifier list. `ref`, `in`, `out`, `this`, `scoped` and `params` are not in the
            // set and end a run: `ref readonly int M()` and `readonly ref int M()` mean different things.
            if (IsOrderFreeModifier(token))
                modifierRun = modifierRun == 0 ? -(offset + token.SpanStart + 1) : modifierRun;
            else
                modifierRun = 0;
            AddAt(token, offset, modifierRun, into);
        }
    }

    private static void AddAt(SyntaxToken token, int offset, int owner, List<ComparableToken> into)
    {
        if (token.IsKind(SyntaxKind.EndOfFileToken) || IsEmptyText(token))
            return;
        into.Add(
            new ComparableToken(
                token.Kind(),
                ComparableText(token),
                offset + token.SpanStart,
                token.Text,
                owner
            )
        );
    }

    // Re-indenting a raw interpolated string can add or remove a text part that holds only the indentation,
    // whose value is empty.
    private static bool IsEmptyText(SyntaxToken token) =>
        token.IsKind(SyntaxKind.InterpolatedStringTextToken) && token.ValueText.Length == 0;

    // The declarations whose modifiers C# reads as a set. Parameters are left out on purpose: there
    // `scoped ref` and `ref readonly` are ordered syntax, not a set.
    private static bool IsModifierOf(SyntaxToken token, SyntaxNode parent)
    {
        var modifiers = parent switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            AccessorDeclarationSyntax accessor => accessor.Modifiers,
            LocalDeclarationStatementSyntax local => local.Modifiers,
            LocalFunctionStatementSyntax function => function.Modifiers,
            AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers,
            _ => default,
        };
        return modifiers.Contains(token);
    }

    private static bool IsOrderFreeModifier(SyntaxToken token) =>
        (
            token.IsKind(SyntaxKind.IdentifierToken)
                ? SyntaxFacts.GetContextualKeywordKind(token.Text)
                : token.Kind()
        )
            is SyntaxKind.PublicKeyword
                or SyntaxKind.PrivateKeyword
                or SyntaxKind.ProtectedKeyword
                or SyntaxKind.InternalKeyword
                or SyntaxKind.StaticKeyword
                or SyntaxKind.ReadOnlyKeyword
                or SyntaxKind.ConstKeyword
                or SyntaxKind.VolatileKeyword
                or SyntaxKind.SealedKeyword
                or SyntaxKind.AbstractKeyword
                or SyntaxKind.VirtualKeyword
                or SyntaxKind.OverrideKeyword
                or SyntaxKind.ExternKeyword
                or SyntaxKind.NewKeyword
                or SyntaxKind.UnsafeKeyword
                or SyntaxKind.AsyncKeyword
                or SyntaxKind.PartialKeyword
                or SyntaxKind.RequiredKeyword
                or SyntaxKind.FileKeyword;

    /// <summary>Puts each modifier list in one order, so that lists are compared as sets.</summary>
    private static void SortModifierRuns(List<ComparableToken> tokens)
    {
        var start = 0;
        while (start < tokens.Count)
        {
            var owner = tokens[start].ModifierOwner;
            var end = start + 1;
            if (owner != 0)
            {
                while (end < tokens.Count && tokens[end].ModifierOwner == owner)
                    end++;
                if (end - start > 1)
                {
                    var run = tokens
                        .GetRange(start, end - start)
                        .OrderBy(t => t.Text, StringComparer.Ordinal)
                        .ToList();
                    // The run keeps its first position, so a difference is reported where the list starts.
                    for (var i = 0; i < run.Count; i++)
                        tokens[start + i] = run[i] with { Start = tokens[start].Start };
                }
            }
            start = end;
        }
    }

    // Literals are compared by value, so that re-indenting a raw string literal's lines (which does not
    // change its value) is allowed; the delimiters of an interpolated string by their quotes alone (a raw
    // one's closing delimiter carries the indentation); everything else by its exact text.
    private static string ComparableText(SyntaxToken token) =>
        token.Kind() switch
        {
            SyntaxKind.StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken
            or SyntaxKind.Utf8MultiLineRawStringLiteralToken
            or SyntaxKind.InterpolatedStringTextToken => "\"" + token.ValueText,
            SyntaxKind.InterpolatedMultiLineRawStringStartToken
            or SyntaxKind.InterpolatedSingleLineRawStringStartToken
            or SyntaxKind.InterpolatedRawStringEndToken => token.Text.Trim(),
            _ => token.Text,
        };

    private static List<ComparableToken> WithoutOptionalTrailingCommas(List<ComparableToken> tokens)
    {
        var kept = new List<ComparableToken>(tokens.Count);
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
    private static bool IsOptional(List<ComparableToken> tokens, int comma)
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
