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
        if (changed.Count == 0)
            return ([], null);

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
            var failed = driver.GetRunResult().Results.FirstOrDefault(r => r.Exception is not null);
            if (failed.Exception is not null)
                return (
                    [],
                    $"the generator {failed.Generator.GetGeneratorType().Name} threw {failed.Exception.Message}"
                );
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

        IEnumerable<Diagnostic> diagnostics;
        if (wholeCompilation)
        {
            diagnostics = generated.GetDiagnostics(cancellationToken);
        }
        else
        {
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
            diagnostics = perTree;
        }
        return ([.. Failures(diagnostics.Concat(generatorDiagnostics))], null);
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
        var compilation = SourceCompilation;
        foreach (var (path, text) in newTexts)
        {
            if (TreesByPath.TryGetValue(path, out var old))
                compilation = compilation.ReplaceSyntaxTree(old, old.WithChangedText(text));
        }
        var generated = compilation;
        var driver = Driver;
        var generatorDiagnostics = ImmutableArray<Diagnostic>.Empty;
        string? problem = null;
        if (driver is not null)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(
                compilation,
                out var output,
                out generatorDiagnostics,
                cancellationToken
            );
            var failed = driver.GetRunResult().Results.FirstOrDefault(r => r.Exception is not null);
            if (failed.Exception is not null)
                problem =
                    $"the generator {failed.Generator.GetGeneratorType().Name} threw {failed.Exception.Message}";
            generated = (CSharpCompilation)output;
        }
        var diagnostics = generated
            .GetDiagnostics(cancellationToken)
            .AddRange(generatorDiagnostics);
        var failure = Failures(diagnostics).FirstOrDefault();
        if (failure is not null)
            problem ??= $"it does not compile ({failure})";
        return new AnalyzedBuild(Inputs, compilation, generated, driver, diagnostics, problem);
    }
}
