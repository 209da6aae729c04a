using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The projects of a command-line run, compiled in memory from their sources when another project references
/// them, as an IDE does: the referencing project then binds against the referenced project's current code,
/// and the referenced project need not be built first (its assembly may be missing, or older than its sources).
/// Each referenced build is compiled once per run (declarations only: the compiler binds what the referencing
/// project looks up), source generators included, and shared by every project that references it; a build the
/// run also judges offers its own compilation (<see cref="Share"/>).
/// </summary>
public sealed class ProjectCompilations : IDisposable
{
    private readonly Func<string, IReadOnlyList<BuildInputs>?> _readInputs;
    private readonly AnalyzerAssemblyLoader _loader = new();
    private readonly GeneratorCatalog _generators;
    private readonly ConcurrentDictionary<ReferencedBuild, Lazy<Compiled>> _compiled = new();

    /// <param name="readInputs">
    /// The compiler inputs of a project of the run, by project path, or null when the project is not one the
    /// run compiles in memory (or its inputs cannot be read).
    /// </param>
    public ProjectCompilations(Func<string, IReadOnlyList<BuildInputs>?> readInputs)
    {
        _readInputs = readInputs;
        _generators = new GeneratorCatalog(_loader);
    }

    /// <summary>A referenced build in memory, or why it could not be compiled.</summary>
    public sealed record Compiled(CSharpCompilation? Compilation, string? Problem);

    /// <summary>The inputs of the referenced build, or null when it is not compiled in memory.</summary>
    public BuildInputs? InputsOf(ReferencedBuild build) =>
        _readInputs(build.ProjectPath)
            ?.FirstOrDefault(b =>
                string.Equals(
                    Path.GetFullPath(b.OutputAssembly),
                    Path.GetFullPath(build.OutputAssembly),
                    StringComparison.Ordinal
                )
            );

    /// <summary>The referenced build's compilation, generated sources included, compiled at the first request.</summary>
    public Compiled CompilationOf(ReferencedBuild build, CancellationToken cancellationToken) =>
        _compiled
            .GetOrAdd(build, b => new Lazy<Compiled>(() => Compile(b, cancellationToken)))
            .Value;

    /// <summary>
    /// Offers the compilation a judged build makes of its files on disk as the one the projects that reference
    /// it compile against, so that a project judged and referenced in the same run is compiled once. The
    /// compilation is made now, on this thread, unless a referencing project asked for it first: then the
    /// offer is declined (false) and the judged build makes its own.
    /// </summary>
    public bool Share(ReferencedBuild build, Func<Compiled> compile)
    {
        var offered = new Lazy<Compiled>(() => Named(build, compile()));
        if (!_compiled.TryAdd(build, offered))
            return false;
        _ = offered.Value;
        return true;
    }

    private Compiled Compile(ReferencedBuild build, CancellationToken cancellationToken)
    {
        var name = Path.GetFileNameWithoutExtension(build.ProjectPath);
        if (InputsOf(build) is not { } inputs)
            return new(
                null,
                $"the referenced project {name} could not be read, or none of its builds writes {build.OutputAssembly}"
            );
        var factory = new CompilationFactory(new SourceFiles(), _generators, this);
        var (compilation, problem) = factory.Compile(inputs, cancellationToken);
        return Named(build, new(compilation, problem));
    }

    /// <summary>The problem of a compilation, said as the referencing build's: which project it is.</summary>
    private static Compiled Named(ReferencedBuild build, Compiled compiled) =>
        compiled.Problem is null
            ? compiled
            : compiled with
            {
                Problem =
                    $"the referenced project {Path.GetFileNameWithoutExtension(build.ProjectPath)} cannot be compiled: {compiled.Problem}",
            };

    public void Dispose() => _loader.Dispose();
}
