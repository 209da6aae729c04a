using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Decides which using directives are not needed, from the compiler's own verdicts in every build: a directive
/// goes only if each build that compiles it reports it unnecessary (CS8019), a duplicate (CS0105) or a duplicate
/// of a global using (CS8933), no inactive region could need it (for a global using, no source file that no
/// analysed build compiles either, such as a file only another configuration includes), and nobody asked to keep it
/// (<c>// groundwork: keep</c>, or GW3001 suppressed by <c>#pragma</c>, <c>NoWarn</c> or .editorconfig).
/// </summary>
public static class UnusedUsingPlanner
{
    /// <summary>The compiler's diagnostics that mark a using directive as not needed.</summary>
    public static readonly IReadOnlySet<string> UnneededCodes = new HashSet<string>(
        ["CS8019", "CS0105", "CS8933"],
        StringComparer.Ordinal
    );

    private const string KeepMarker = "groundwork: keep";

    /// <summary>The compiler's "the using directive appeared previously as global using".</summary>
    private const string RepeatsGlobalCode = "CS8933";

    public static IReadOnlyList<UsingRemoval> Plan(
        IReadOnlyList<AnalyzedBuild> builds,
        Func<string, bool> isEditable,
        Func<IEnumerable<string>> unseenCode,
        CancellationToken cancellationToken
    )
    {
        var unneeded = builds.Select(UnneededPositions).ToList();
        var paths = AnalyzedBuild.PathsOf(builds);

        var commonRegions = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        foreach (var path in paths)
            commonRegions[path] = InactiveRegions.InAll([
                .. builds
                    .Where(b => b.TreesByPath.ContainsKey(path))
                    .Select(b => InactiveRegions.Of(b.TreesByPath[path], cancellationToken)),
            ]);
        var vocabularies = new Dictionary<string, RegionVocabulary>(StringComparer.Ordinal);
        RegionVocabulary VocabularyOf(string path)
        {
            if (!vocabularies.TryGetValue(path, out var vocabulary))
            {
                var text = builds
                    .First(b => b.TreesByPath.ContainsKey(path))
                    .TreesByPath[path]
                    .GetText(cancellationToken);
                vocabulary =
                    commonRegions[path].Count == 0
                        ? RegionVocabulary.Empty
                        : RegionVocabulary.From(commonRegions[path].Select(s => text.ToString(s)));
                vocabularies[path] = vocabulary;
            }
            return vocabulary;
        }
        RegionVocabulary? everywhere = null;

        var removals = new List<UsingRemoval>();
        foreach (var path in paths.Where(isEditable))
        {
            var present =
                new Dictionary<int, (UsingDirectiveSyntax Directive, AnalyzedBuild Build)>();
            var allUnneeded = new Dictionary<int, bool>();
            var allRepeatGlobal = new Dictionary<int, bool>();
            for (var i = 0; i < builds.Count; i++)
            {
                if (!builds[i].TreesByPath.TryGetValue(path, out var tree))
                    continue;
                unneeded[i].TryGetValue(path, out var flagged);
                foreach (var directive in Directives(tree, cancellationToken))
                {
                    present.TryAdd(directive.SpanStart, (directive, builds[i]));
                    var verdict = flagged?.GetValueOrDefault(directive.SpanStart);
                    var isUnneeded =
                        verdict is not null
                        && !IsSuppressed(directive, builds[i].Compilation, cancellationToken);
                    allUnneeded[directive.SpanStart] =
                        allUnneeded.GetValueOrDefault(directive.SpanStart, true) && isUnneeded;
                    allRepeatGlobal[directive.SpanStart] =
                        allRepeatGlobal.GetValueOrDefault(directive.SpanStart, true)
                        && verdict == RepeatsGlobalCode;
                }
            }

            foreach (var (position, (directive, build)) in present.OrderBy(p => p.Key))
            {
                if (!allUnneeded[position] || HasKeepComment(directive))
                    continue;
                var isGlobal = directive.GlobalKeyword != default;
                var vocabulary = isGlobal
                    ? everywhere ??= RegionVocabulary.From(
                        paths
                            .SelectMany(p =>
                                commonRegions[p].Count == 0
                                    ? []
                                    : commonRegions[p]
                                        .Select(s =>
                                            builds
                                                .First(b => b.TreesByPath.ContainsKey(p))
                                                .TreesByPath[p]
                                                .GetText(cancellationToken)
                                                .ToString(s)
                                        )
                            )
                            .Concat(unseenCode())
                    )
                    : VocabularyOf(path);
                var model = build.Compilation.GetSemanticModel(directive.SyntaxTree);
                if (UsingNeeds.CouldNeed(directive, model, vocabulary))
                    continue;
                var start = directive.GetLocation().GetLineSpan().StartLinePosition;
                removals.Add(
                    new UsingRemoval(
                        path,
                        directive.Span,
                        isGlobal,
                        directive.ToString(),
                        start.Line + 1,
                        start.Character + 1
                    )
                    {
                        RepeatedGlobal = allRepeatGlobal[position]
                            ? RepeatedGlobal(directive, build.Compilation, cancellationToken)
                            : null,
                    }
                );
            }
        }
        return removals;
    }

    private static Dictionary<string, Dictionary<int, string>> UnneededPositions(
        AnalyzedBuild build
    )
    {
        var result = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        foreach (var diagnostic in build.Diagnostics.Where(d => UnneededCodes.Contains(d.Id)))
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is null || !build.TreesByPath.ContainsKey(tree.FilePath))
                continue;
            var directive = tree.GetRoot()
                .FindNode(diagnostic.Location.SourceSpan)
                .FirstAncestorOrSelf<UsingDirectiveSyntax>();
            if (directive is null)
                continue;
            if (!result.TryGetValue(tree.FilePath, out var positions))
                result[tree.FilePath] = positions = [];
            // A directive can be both unnecessary and a repeat: the repeat is the better explanation.
            if (!positions.TryGetValue(directive.SpanStart, out var id) || id != RepeatsGlobalCode)
                positions[directive.SpanStart] = diagnostic.Id;
        }
        return result;
    }

    /// <summary>
    /// Names the global using a directive repeats: the SDK's implicit ones (<c>ImplicitUsings</c>, written to
    /// <c>obj/.../*.GlobalUsings.g.cs</c>), or the file of one the project wrote.
    /// </summary>
    private static string RepeatedGlobal(
        UsingDirectiveSyntax directive,
        Compilation compilation,
        CancellationToken cancellationToken
    )
    {
        var key = directive.WithoutTrivia().WithGlobalKeyword(default).ToString().Trim();
        var global = compilation
            .SyntaxTrees.SelectMany(t => Directives(t, cancellationToken))
            .FirstOrDefault(d =>
                d.GlobalKeyword != default
                && d.WithoutTrivia()
                    .WithGlobalKeyword(default)
                    .ToString()
                    .Trim()
                    .Replace("global::", "", StringComparison.Ordinal)
                    == key.Replace("global::", "", StringComparison.Ordinal)
            );
        if (global is null)
            return "a global using directive";
        var file = global.SyntaxTree.FilePath;
        return file.EndsWith(".GlobalUsings.g.cs", StringComparison.OrdinalIgnoreCase)
            ? "an implicit global using of the SDK (ImplicitUsings)"
            : $"the global using directive in {Path.GetFileName(file)}";
    }

    private static IEnumerable<UsingDirectiveSyntax> Directives(
        SyntaxTree tree,
        CancellationToken cancellationToken
    ) =>
        tree.GetRoot(cancellationToken)
            .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>();

    /// <summary>
    /// GW3001 can be turned off like any diagnostic: <c>#pragma warning disable GW3001</c>, <c>NoWarn</c>,
    /// <c>dotnet_diagnostic.GW3001.severity = none</c>.
    /// </summary>
    private static bool IsSuppressed(
        UsingDirectiveSyntax directive,
        Compilation compilation,
        CancellationToken cancellationToken
    ) =>
        Suppressions.IsSuppressed(
            Diagnostics.Findings.UnneededUsingCode,
            directive.SyntaxTree,
            directive.SpanStart,
            compilation.Options,
            cancellationToken
        );

    private static bool HasKeepComment(UsingDirectiveSyntax directive) =>
        directive
            .GetTrailingTrivia()
            .Any(t =>
                t.IsKind(SyntaxKind.SingleLineCommentTrivia)
                && t.ToString()
                    .TrimStart('/')
                    .Trim()
                    .StartsWith(KeepMarker, StringComparison.OrdinalIgnoreCase)
            );
}
