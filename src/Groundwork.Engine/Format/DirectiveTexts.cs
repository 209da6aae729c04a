using CSharpier.Core;
using CSharpier.Core.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Format;

/// <summary>
/// How CSharpier prints each using and extern alias directive of a file. All of them are formatted in one small
/// CSharpier call; CSharpier sorts that snippet, which does not matter, because each printed directive is
/// looked up by its tokens.
/// </summary>
public sealed class DirectiveTexts
{
    private readonly Dictionary<string, string> _printed;

    private DirectiveTexts(Dictionary<string, string> printed) => _printed = printed;

    public static DirectiveTexts Create(
        IEnumerable<SyntaxNode> directives,
        CodeFormatterOptions options
    )
    {
        var unique = directives
            .GroupBy(Key)
            .Select(g => g.First())
            .OrderBy(d => d is ExternAliasDirectiveSyntax ? 0 : 1)
            .ToList();
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (unique.Count == 0)
            return new DirectiveTexts(printed);

        var snippet = string.Join("\n", unique.Select(d => d.WithoutTrivia().ToFullString()));
        // Files of a project share their usings: the same snippet with the same options prints the same.
        var cacheKey =
            $"{options.Width}/{options.IndentStyle}/{options.IndentSize}/{options.EndOfLine}\n{snippet}";
        if (Printed.TryGetValue(cacheKey, out var known))
            return new DirectiveTexts(known);
        var result = CSharpFormatter.Format(snippet, options);
        if (!result.ErrorDiagnostics.Any())
        {
            var root = CSharpSyntaxTree.ParseText(result.Code).GetCompilationUnitRoot();
            foreach (var directive in root.Externs.Cast<SyntaxNode>().Concat(root.Usings))
                printed.TryAdd(Key(directive), directive.WithoutTrivia().ToFullString());
        }
        if (Printed.Count >= MaxCached)
            Printed.Clear();
        Printed.TryAdd(cacheKey, printed);
        return new DirectiveTexts(printed);
    }

    private const int MaxCached = 4096;

    /// <summary>Printed directives by options and snippet; never modified once added, so shared freely.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<
        string,
        Dictionary<string, string>
    > Printed = new(StringComparer.Ordinal);

    /// <summary>The directives written on the lines of an inactive <c>#if</c> branch, which CSharpier formats as well.</summary>
    public static IEnumerable<SyntaxNode> InDisabledText(IEnumerable<SyntaxTrivia> trivia) =>
        trivia
            .Where(t => t.IsKind(SyntaxKind.DisabledTextTrivia))
            .SelectMany(t => t.ToFullString().Split('\n'))
            .Select(line => ParseDirectiveLine(line.Trim()))
            .OfType<SyntaxNode>();

    public string For(SyntaxNode directive) =>
        _printed.TryGetValue(Key(directive), out var text)
            ? text
            : directive.WithoutTrivia().NormalizeWhitespace().ToFullString();

    /// <summary>A line of an inactive branch: a directive printed as CSharpier prints it, anything else as it was.</summary>
    public string ForDisabledLine(string trimmedLine) =>
        ParseDirectiveLine(trimmedLine) is { } directive
            ? For(directive) + TrailingComment(directive)
            : trimmedLine;

    private static string TrailingComment(SyntaxNode directive)
    {
        var comment = directive
            .GetTrailingTrivia()
            .Where(t =>
                !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)
            );
        var text = string.Concat(comment.Select(t => t.ToFullString())).Trim();
        return text.Length == 0 ? "" : " " + text;
    }

    private static SyntaxNode? ParseDirectiveLine(string line)
    {
        if (
            !(
                line.StartsWith("using ", StringComparison.Ordinal)
                || line.StartsWith("global ", StringComparison.Ordinal)
                || line.StartsWith("extern ", StringComparison.Ordinal)
            )
        )
            return null;
        var unit = SyntaxFactory.ParseCompilationUnit(line);
        if (
            unit.ContainsDiagnostics
            || unit.Members.Count > 0
            || unit.Externs.Count + unit.Usings.Count != 1
        )
            return null;
        if (unit.GetLeadingTrivia().Any(t => !t.IsKind(SyntaxKind.WhitespaceTrivia)))
            return null;
        return unit.Externs.Count == 1 ? unit.Externs[0] : unit.Usings[0];
    }

    private static string Key(SyntaxNode directive) =>
        string.Join(" ", directive.DescendantTokens().Select(t => t.Text));
}
