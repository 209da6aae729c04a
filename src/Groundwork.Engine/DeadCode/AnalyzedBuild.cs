using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// One build of the project as the compiler sees it: the compilation of its sources, source generator output
/// included, and every diagnostic of a full compile (no emit). <see cref="Problem"/> says why the build cannot
/// be judged (a generator failed, the project does not compile): the stage then removes nothing.
/// </summary>
public sealed class AnalyzedBuild
{
    internal AnalyzedBuild(
        BuildInputs inputs,
        CSharpCompilation sourceCompilation,
        CSharpCompilation compilation,
        GeneratorDriver? driver,
        ImmutableArray<Diagnostic> diagnostics,
        string? problem
    )
    {
        Inputs = inputs;
        SourceCompilation = sourceCompilation;
        Compilation = compilation;
        Driver = driver;
        Diagnostics = diagnostics;
        Problem = problem;
        TreesByPath = sourceCompilation
            .SyntaxTrees.GroupBy(t => t.FilePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public BuildInputs Inputs { get; }

    /// <summary>The project's own sources, before generators ran.</summary>
    public CSharpCompilation SourceCompilation { get; }

    /// <summary>The sources and the generated trees: what the compiler compiles.</summary>
    public CSharpCompilation Compilation { get; }

    public GeneratorDriver? Driver { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public string? Problem { get; }

    /// <summary>The project's source trees by full path.</summary>
    public IReadOnlyDictionary<string, SyntaxTree> TreesByPath { get; }

    /// <summary>The files the builds compile, each once, in ordinal order: the order planners report in.</summary>
    public static List<string> PathsOf(IEnumerable<AnalyzedBuild> builds) =>
        builds
            .SelectMany(b => b.TreesByPath.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The diagnostics that fail the build: errors, warnings as errors included, not suppressed.</summary>
    public static IEnumerable<Diagnostic> Failures(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);

    /// <summary>
    /// The same build with some source texts replaced: generators run again on the new sources (their output
    /// may depend on them), and the diagnostics of the trees that changed, or of the whole compilation when
    /// <paramref name="wholeCompilation"/> is set (a global using reaches every file).
    /// </summary>
    public (IReadOnlyList<Diagnostic> Failures, string? Problem) Recompile(
        IReadOnlyDictionary<string, SourceText> newTexts,
        bool wholeCompilation,
        CancellationToken cancellationToken
    )
    {
        var (compilation, changed) = Replace(newTexts);
        if (changed.Count == 0)
            return ([], null);

        if (wholeCompilation)
        {
            // Every diagnostic of the new compilation is what the next pass's analysis needs too: kept, so that
            // WithTexts on the same texts after a proof that held does not bind the whole compilation again.
            var (build, generatorProblem) = Analyse(compilation, cancellationToken);
            _lastWholeRecompile = (newTexts, build);
            return generatorProblem is not null
                ? ([], generatorProblem)
                : ([.. Failures(build.Diagnostics)], null);
        }

        var generated = compilation;
        var generatorDiagnostics = ImmutableArray<Diagnostic>.Empty;
        if (Driver is not null)
        {
            var driver = Driver.RunGeneratorsAndUpdateCompilation(
                compilation,
                out var output,
                out generatorDiagnostics,
                cancellationToken
            );
            if (GeneratorProblem(driver) is { } problem)
                return ([], problem);
            generated = (CSharpCompilation)output;
            var before = Compilation
                .SyntaxTrees.Skip(SourceCompilation.SyntaxTrees.Length)
                .Select(t => t.GetText(cancellationToken).ToString())
                .ToHashSet(StringComparer.Ordinal);
            changed.AddRange(
                generated
                    .SyntaxTrees.Skip(compilation.SyntaxTrees.Length)
                    .Where(t => !before.Contains(t.GetText(cancellationToken).ToString()))
            );
        }

        // The trees are independent here (a local using reaches only its own file): bind them in parallel,
        // as the compiler binds a whole compilation.
        var perTree = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        Parallel.ForEach(
            changed,
            new ParallelOptions { CancellationToken = cancellationToken },
            tree =>
            {
                foreach (
                    var diagnostic in generated
                        .GetSemanticModel(tree)
                        .GetDiagnostics(cancellationToken: cancellationToken)
                )
                    perTree.Add(diagnostic);
            }
        );
        return ([.. Failures(perTree.Concat(generatorDiagnostics))], null);
    }

    /// <summary>
    /// The build after some source texts changed, analysed again in full (generators, every diagnostic): what
    /// the next pass of the DeadCode stage judges, so that one run removes what earlier removals made unused.
    /// </summary>
    public AnalyzedBuild WithTexts(
        IReadOnlyDictionary<string, SourceText> newTexts,
        CancellationToken cancellationToken
    )
    {
        if (_lastWholeRecompile is var (texts, build) && SameTexts(texts, newTexts))
            return build;
        return Analyse(Replace(newTexts).Compilation, cancellationToken).Build;
    }

    private (
        IReadOnlyDictionary<string, SourceText> Texts,
        AnalyzedBuild Build
    )? _lastWholeRecompile;

    /// <summary>The source compilation with the new texts, and the trees that replaced old ones.</summary>
    private (CSharpCompilation Compilation, List<SyntaxTree> Changed) Replace(
        IReadOnlyDictionary<string, SourceText> newTexts
    )
    {
        var compilation = SourceCompilation;
        var changed = new List<SyntaxTree>();
        foreach (var (path, text) in newTexts)
        {
            if (!TreesByPath.TryGetValue(path, out var old))
                continue;
            var replacement = old.WithChangedText(text);
            compilation = compilation.ReplaceSyntaxTree(old, replacement);
            changed.Add(replacement);
        }
        return (compilation, changed);
    }

    /// <summary>
    /// A source compilation analysed in full: generators run, every diagnostic. The generator's failure is
    /// also returned apart, since a proof reports it differently from errors in the code.
    /// </summary>
    private (AnalyzedBuild Build, string? GeneratorProblem) Analyse(
        CSharpCompilation compilation,
        CancellationToken cancellationToken
    )
    {
        var generated = compilation;
        var driver = Driver;
        var generatorDiagnostics = ImmutableArray<Diagnostic>.Empty;
        string? generatorProblem = null;
        if (driver is not null)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(
                compilation,
                out var output,
                out generatorDiagnostics,
                cancellationToken
            );
            generatorProblem = GeneratorProblem(driver);
            generated = (CSharpCompilation)output;
        }
        var diagnostics = generated
            .GetDiagnostics(cancellationToken)
            .AddRange(generatorDiagnostics);
        var problem = generatorProblem;
        if (Failures(diagnostics).FirstOrDefault() is { } failure)
            problem ??= $"it does not compile ({failure})";
        return (
            new AnalyzedBuild(Inputs, compilation, generated, driver, diagnostics, problem),
            generatorProblem
        );
    }

    private static string? GeneratorProblem(GeneratorDriver driver) =>
        driver.GetRunResult().Results.FirstOrDefault(r => r.Exception is not null)
            is { Exception: { } exception } failed
            ? $"the generator {failed.Generator.GetGeneratorType().Name} threw {exception.Message}"
            : null;

    private static bool SameTexts(
        IReadOnlyDictionary<string, SourceText> a,
        IReadOnlyDictionary<string, SourceText> b
    ) =>
        a.Count == b.Count
        && a.All(pair => b.TryGetValue(pair.Key, out var other) && pair.Value.ContentEquals(other));
}
