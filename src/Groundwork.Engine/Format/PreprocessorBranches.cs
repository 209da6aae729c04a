using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Format;

/// <summary>
/// The other ways a file can be read. CSharpier formats every <c>#if</c> branch, each parsed under symbols
/// that make it active, so the Format stage looks at those branches too: for the using blocks that only an
/// inactive branch holds (a file wrapped in <c>#if NETFRAMEWORK</c>), and to place a syntax error that only
/// some symbols bring out at its line in the file rather than in CSharpier's intermediate output.
/// </summary>
public static class PreprocessorBranches
{
    /// <summary>
    /// Parse options that activate the file's inactive branches: each symbol the file tests, alone, then all
    /// of them together. That reaches <c>#if X</c>, <c>#elif Y</c>, <c>#if X &amp;&amp; !Y</c> and
    /// <c>#if X &amp;&amp; Y</c>; a branch no set reaches stays lexed only, as the proof reads it anyway.
    /// </summary>
    public static IEnumerable<CSharpParseOptions> Alternatives(
        CompilationUnitSyntax root,
        CSharpParseOptions options
    )
    {
        var symbols = root.DescendantTrivia()
            .Select(t => t.GetStructure())
            .OfType<ConditionalDirectiveTriviaSyntax>()
            .SelectMany(d => d.Condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            .Select(name => name.Identifier.ValueText)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var symbol in symbols)
            yield return options.WithPreprocessorSymbols(symbol);
        if (symbols.Count > 1)
            yield return options.WithPreprocessorSymbols(symbols);
    }

    /// <summary>True when some inactive branch holds text that looks like a using directive.</summary>
    public static bool HasInactiveUsings(CompilationUnitSyntax root) =>
        root.ContainsDirectives
        && root.DescendantTrivia()
            .Any(t =>
                t.IsKind(SyntaxKind.DisabledTextTrivia)
                && t.ToFullString().Contains("using ", StringComparison.Ordinal)
            );

    /// <summary>The first syntax error of the file in a branch that only some symbols activate.</summary>
    public static FormatRewriter.SyntaxError? FirstErrorInAnyBranch(
        string text,
        CompilationUnitSyntax root,
        CSharpParseOptions options,
        CancellationToken cancellationToken
    )
    {
        foreach (var alternative in Alternatives(root, options))
        {
            var tree = CSharpSyntaxTree.ParseText(
                text,
                alternative,
                cancellationToken: cancellationToken
            );
            if (FormatRewriter.FirstError(tree.GetDiagnostics()) is { } error)
                return error with
                {
                    Message =
                        $"{error.Message}, when {string.Join(" and ", alternative.PreprocessorSymbolNames)} is defined",
                };
        }
        return null;
    }

    /// <summary>
    /// The 0-based lines that start with <c>#</c> inside a multi-line string literal (raw or verbatim, interpolated
    /// or not) of a branch some symbols make inactive, in order. Where that branch is inactive, such a line reads
    /// as a preprocessor directive, which CSharpier 1.3.0 prints at column 0 (see <see cref="StringDirectiveLines"/>).
    /// </summary>
    public static IReadOnlyList<int> DirectiveLikeLinesInStrings(
        string text,
        CompilationUnitSyntax root,
        CSharpParseOptions options,
        CancellationToken cancellationToken
    )
    {
        if (!root.ContainsDirectives)
            return [];
        var lines = new SortedSet<int>();
        var trees = Alternatives(root, options)
            .Select(o => CSharpSyntaxTree.ParseText(text, o, cancellationToken: cancellationToken))
            .Prepend(root.SyntaxTree);
        foreach (var tree in trees)
        {
            var source = tree.GetText(cancellationToken);
            foreach (
                var token in tree.GetRoot(cancellationToken)
                    .DescendantTokens()
                    .Where(t =>
                        t.Kind()
                            is SyntaxKind.MultiLineRawStringLiteralToken
                                or SyntaxKind.Utf8MultiLineRawStringLiteralToken
                                or SyntaxKind.InterpolatedMultiLineRawStringStartToken
                                or SyntaxKind.InterpolatedStringTextToken
                                // A verbatim string (a regular one has no line break)
                                or SyntaxKind.StringLiteralToken
                                or SyntaxKind.Utf8StringLiteralToken
                    )
            )
            {
                var span = source.Lines.GetLinePositionSpan(token.Span);
                for (var line = span.Start.Line + 1; line <= span.End.Line; line++)
                {
                    if (source.Lines[line].ToString().TrimStart().StartsWith('#'))
                        lines.Add(line);
                }
            }
        }
        return [.. lines];
    }
}
