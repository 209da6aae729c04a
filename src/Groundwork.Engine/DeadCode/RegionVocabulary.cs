using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// What the code of inactive regions could refer to: every identifier it contains (words, not resolved names),
/// and the constructs that call methods by pattern, which an extension method can supply without its name
/// appearing: <c>foreach</c> (GetEnumerator), <c>await</c> (GetAwaiter), query expressions (Select, Where...),
/// deconstruction (Deconstruct), collection initializers and expressions (Add), <c>using</c> (Dispose) and
/// <c>fixed</c> (GetPinnableReference).
/// </summary>
public sealed class RegionVocabulary
{
    private RegionVocabulary() { }

    public static RegionVocabulary Empty { get; } = new();

    public HashSet<string> Identifiers { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PatternMethods { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Identifiers.Count == 0 && PatternMethods.Count == 0;

    public static RegionVocabulary From(IEnumerable<string> regionTexts)
    {
        var vocabulary = new RegionVocabulary();
        foreach (var text in regionTexts)
        {
            SyntaxToken previous = default;
            foreach (var token in SyntaxFactory.ParseTokens(text))
            {
                vocabulary.Add(token, previous);
                previous = token;
            }
        }
        return vocabulary;
    }

    private void Add(SyntaxToken token, SyntaxToken previous)
    {
        if (token.IsKind(SyntaxKind.IdentifierToken))
        {
            Identifiers.Add(token.ValueText);
            switch (token.ValueText)
            {
                case "await":
                    PatternMethods.UnionWith(["GetAwaiter"]);
                    break;
                case "from":
                    PatternMethods.UnionWith(QueryMethods);
                    break;
            }
            return;
        }
        switch (token.Kind())
        {
            case SyntaxKind.ForEachKeyword:
                PatternMethods.UnionWith(["GetEnumerator", "GetAsyncEnumerator", "Deconstruct"]);
                break;
            case SyntaxKind.OpenBraceToken:
            case SyntaxKind.OpenBracketToken:
                PatternMethods.Add("Add");
                break;
            case SyntaxKind.UsingKeyword:
                PatternMethods.UnionWith(["Dispose", "DisposeAsync"]);
                break;
            case SyntaxKind.FixedKeyword:
                PatternMethods.Add("GetPinnableReference");
                break;
            case SyntaxKind.EqualsToken
            or SyntaxKind.InKeyword when previous.IsKind(SyntaxKind.CloseParenToken):
                PatternMethods.Add("Deconstruct");
                break;
        }
    }

    /// <summary>The methods a query expression calls by name (also a keep rule of the members rule).</summary>
    internal static readonly string[] QueryMethods =
    [
        "Select",
        "SelectMany",
        "Where",
        "Join",
        "GroupJoin",
        "OrderBy",
        "OrderByDescending",
        "ThenBy",
        "ThenByDescending",
        "GroupBy",
        "Cast",
    ];
}
