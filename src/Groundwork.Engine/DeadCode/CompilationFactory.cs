using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Builds a build's compilation the way the compiler would: the options from the csc command line, the
/// per-file severities of the .editorconfig files, the source generators run. One difference, on purpose:
/// documentation comments are always parsed and bound (<see cref="DocumentationMode.Diagnose"/>), because a
/// <c>cref</c> is a use of a using directive, and the compiler reports no unused directive without it. The
/// documentation warnings this brings are ignored unless the build writes a documentation file.
/// </summary>
/// <param name="projects">
/// The run's projects in memory: a reference to one of them is its compilation (see
/// <see cref="ProjectCompilations"/>). Null reads every reference from its file, as the compiler does.
/// </param>
public sealed class CompilationFactory(
    SourceFiles sources,
    GeneratorCatalog generators,
    ProjectCompilations? projects = null
)
{
    /// <summary>The compiler's documentation-comment warnings, reported only when a documentation file is written.</summary>
    private static readonly string[] DocumentationWarnings =
    [
        "CS1570",
        "CS1571",
        "CS1572",
        "CS1573",
        "CS1574",
        "CS1580",
        "CS1581",
        "CS1584",
        "CS1587",
        "CS1589",
        "CS1590",
        "CS1591",
        "CS1592",
        "CS1658",
        "CS1710",
        "CS1711",
        "CS1712",
        "CS1723",
        "CS1734",
        "CS1735",
    ];

    public AnalyzedBuild Create(BuildInputs inputs, CancellationToken cancellationToken)
    {
        var prepared = PrepareShared(inputs, cancellationToken);
        var diagnostics = prepared
            .Generated.GetDiagnostics(cancellationToken)
            .AddRange(prepared.GeneratorDiagnostics);
        var problems = prepared.Problems;
        var failures = AnalyzedBuild.Failures(diagnostics).ToList();
        if (failures.Count > 0)
            problems.Add($"it does not compile ({failures.Count} error(s), first: {failures[0]})");
        return new AnalyzedBuild(
            inputs,
            prepared.Source,
            prepared.Generated,
            prepared.Driver,
            diagnostics,
            problems.Count > 0 ? string.Join("; ", problems) : null
        );
    }

    /// <summary>
    /// The build's compilation, generated sources included, with nothing bound yet: what a project that
    /// references this build compiles against. The problem says why it is not the compiler's view of the build
    /// (a source or reference that cannot be read, a generator that failed); errors in the code are not looked for.
    /// </summary>
    public (CSharpCompilation Compilation, string? Problem) Compile(
        BuildInputs inputs,
        CancellationToken cancellationToken
    )
    {
        var prepared = Prepare(inputs, cancellationToken);
        return (prepared.Generated, Problem(prepared.Problems));
    }

    /// <summary>
    /// The build prepared for judging; with the files on disk as its sources, its compilation is also the one
    /// the run's projects that reference this build compile against (<see cref="ProjectCompilations.Share"/>).
    /// </summary>
    private Prepared PrepareShared(BuildInputs inputs, CancellationToken cancellationToken)
    {
        if (projects is null || sources.HasPendingTexts || inputs.OutputAssembly.Length == 0)
            return Prepare(inputs, cancellationToken);
        Prepared? own = null;
        var shared = projects.Share(
            new ReferencedBuild(
                Path.GetFullPath(inputs.ProjectPath),
                Path.GetFullPath(inputs.OutputAssembly)
            ),
            () =>
            {
                own = Prepare(inputs, cancellationToken);
                return new ProjectCompilations.Compiled(own.Generated, Problem(own.Problems));
            }
        );
        return shared && own is not null ? own : Prepare(inputs, cancellationToken);
    }

    private static string? Problem(List<string> problems) =>
        problems.Count > 0 ? string.Join("; ", problems) : null;

    private sealed record Prepared(
        CSharpCompilation Source,
        CSharpCompilation Generated,
        GeneratorDriver? Driver,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        List<string> Problems
    );

    private Prepared Prepare(BuildInputs inputs, CancellationToken cancellationToken)
    {
        var arguments = CompilerCommandLine.Parse(inputs);
        var parseOptions = arguments.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        if (!NullableWarningCanFail(arguments.CompilationOptions))
        {
            // Only errors decide the safety net, and no warning is an error in this build: nullable analysis, the
            // costliest part of binding, can change no verdict (it marks no using directive as used).
            parseOptions = parseOptions.WithFeatures(
                parseOptions.Features.Append(KeyValuePair.Create("run-nullable-analysis", "never"))
            );
        }
        var configs = AnalyzerConfigOptionsSet.Load(arguments.AnalyzerConfigPaths);
        var problems = arguments
            .Errors.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => "the compiler options cannot be read: " + d.GetMessage())
            .ToList();

        var trees = new SyntaxTree[arguments.SourceFiles.Length];
        Parallel.For(
            0,
            trees.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            i =>
            {
                var path = arguments.SourceFiles[i].Path;
                var entry = sources.Get(path);
                if (!entry.Readable)
                    lock (problems)
                        problems.Add($"the source file {path} cannot be read");
                trees[i] = CSharpSyntaxTree.ParseText(
                    entry.Text,
                    parseOptions,
                    path,
                    cancellationToken
                );
            }
        );

        var references = new List<MetadataReference>();
        foreach (var reference in arguments.MetadataReferences)
        {
            if (
                projects is not null
                && inputs.ProjectReferences.TryGetValue(reference.Reference, out var referenced)
            )
            {
                var (project, problem) = projects.CompilationOf(referenced, cancellationToken);
                if (problem is not null)
                    problems.Add(problem);
                if (project is not null)
                    references.Add(
                        project.ToMetadataReference(
                            reference.Properties.Aliases,
                            reference.Properties.EmbedInteropTypes
                        )
                    );
            }
            else if (File.Exists(reference.Reference))
                references.Add(Reference(reference.Reference, reference.Properties));
            else
                problems.Add($"the reference {reference.Reference} does not exist");
        }

        var options = arguments
            .CompilationOptions.WithSyntaxTreeOptionsProvider(configs.TreeOptions())
            .WithXmlReferenceResolver(new XmlFileResolver(arguments.BaseDirectory))
            // Reads the public key of a signed build (nothing is signed: nothing is emitted).
            .WithStrongNameProvider(new DesktopStrongNameProvider(arguments.KeyFileSearchPaths));
        if (!inputs.GeneratesDocumentationFile)
            options = options.WithSpecificDiagnosticOptions(
                options.SpecificDiagnosticOptions.SetItems(
                    DocumentationWarnings.Select(id =>
                        KeyValuePair.Create(id, ReportDiagnostic.Suppress)
                    )
                )
            );
        var compilation = CSharpCompilation.Create(
            arguments.CompilationName ?? Path.GetFileNameWithoutExtension(inputs.ProjectPath),
            trees,
            references,
            options
        );

        var (generated, driver, generatorDiagnostics) = RunGenerators(
            inputs,
            arguments,
            parseOptions,
            configs,
            compilation,
            problems,
            cancellationToken
        );
        return new Prepared(compilation, generated, driver, generatorDiagnostics, problems);
    }

    /// <summary>
    /// The targeting packs' reference assemblies, read once per process (see <see cref="SdkPacks"/>): every
    /// compilation that references one gets the same object, so the compiler also reuses the symbols it built
    /// from it (the framework's types and their members), which much of the binding of any project looks up.
    /// </summary>
    private static readonly ConcurrentDictionary<
        (string Path, MetadataReferenceProperties Properties),
        MetadataReference
    > SdkReferences = new();

    private static MetadataReference Reference(
        string path,
        MetadataReferenceProperties properties
    ) =>
        SdkPacks.Contains(path)
            ? SdkReferences.GetOrAdd(
                (path, properties),
                key => MetadataReference.CreateFromFile(key.Path, key.Properties)
            )
            : MetadataReference.CreateFromFile(path, properties);

    /// <summary>
    /// Whether a nullable warning could fail this build: all warnings are errors, or one in the compiler's
    /// CS86xx-CS9xxx ranges (where the nullable warnings are) is (<c>WarningsAsErrors=nullable</c> lists them).
    /// </summary>
    private static bool NullableWarningCanFail(CSharpCompilationOptions options) =>
        options.GeneralDiagnosticOption == ReportDiagnostic.Error
        || options.SpecificDiagnosticOptions.Any(o =>
            o.Value == ReportDiagnostic.Error
            && (
                o.Key.StartsWith("CS86", StringComparison.OrdinalIgnoreCase)
                || o.Key.StartsWith("CS87", StringComparison.OrdinalIgnoreCase)
                || o.Key.StartsWith("CS88", StringComparison.OrdinalIgnoreCase)
                || o.Key.StartsWith("CS89", StringComparison.OrdinalIgnoreCase)
                || o.Key.StartsWith("CS9", StringComparison.OrdinalIgnoreCase)
            )
        );

    private (
        CSharpCompilation Compilation,
        GeneratorDriver? Driver,
        ImmutableArray<Diagnostic> Diagnostics
    ) RunGenerators(
        BuildInputs inputs,
        CSharpCommandLineArguments arguments,
        CSharpParseOptions parseOptions,
        AnalyzerConfigOptionsSet configs,
        CSharpCompilation compilation,
        List<string> problems,
        CancellationToken cancellationToken
    )
    {
        var loaded = arguments
            .AnalyzerReferences.Select(r => r.FilePath)
            .Distinct(StringComparer.Ordinal)
            .Select(generators.Get)
            .ToList();
        problems.AddRange(loaded.Select(l => l.Problem).OfType<string>());
        var all = loaded.SelectMany(l => l.Generators).ToList();
        if (all.Count == 0)
            return (compilation, null, []);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            all,
            inputs.AdditionalFiles.Select(f => (AdditionalText)new AdditionalFileText(f)),
            parseOptions,
            configs.GeneratorOptions()
        );
        driver = driver.RunGeneratorsAndUpdateCompilation(
            compilation,
            out var output,
            out var diagnostics,
            cancellationToken
        );
        foreach (var result in driver.GetRunResult().Results.Where(r => r.Exception is not null))
            problems.Add(
                $"the source generator {result.Generator.GetGeneratorType().FullName} threw {result.Exception!.GetType().Name}: {result.Exception.Message}"
            );
        return ((CSharpCompilation)output, driver, diagnostics);
    }
}
