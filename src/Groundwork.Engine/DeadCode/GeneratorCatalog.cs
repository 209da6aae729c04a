using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The source generators in a project's <c>Analyzer</c> items, each assembly loaded once for all target
/// frameworks. An assembly that fails to load is a problem, not an empty list: it may hold a generator whose
/// output uses a using directive, so the stage cannot judge that build.
/// </summary>
public sealed class GeneratorCatalog(IAnalyzerAssemblyLoader loader)
{
    private readonly ConcurrentDictionary<string, Lazy<Loaded>> _byPath = new(
        StringComparer.Ordinal
    );

    public sealed record Loaded(ImmutableArray<ISourceGenerator> Generators, string? Problem);

    public Loaded Get(string path) =>
        this != Sdk.Value && SdkPacks.Contains(path)
            ? Sdk.Value.Get(path)
            : _byPath.GetOrAdd(path, p => new Lazy<Loaded>(() => Load(p))).Value;

    /// <summary>
    /// The SDK's own generators (the targeting packs' analyzers: regular expressions, JSON, interop), which
    /// nearly every project has: loaded once per process and shared by all its projects, so that each
    /// project of a build or of the command line does not load and compile them just in time again. They
    /// never need unloading (see <see cref="SdkPacks"/>).
    /// </summary>
    private static readonly Lazy<GeneratorCatalog> Sdk = new(() =>
        new GeneratorCatalog(new AnalyzerAssemblyLoader())
    );

    private Loaded Load(string path)
    {
        if (!File.Exists(path))
            return new([], $"the analyzer assembly {path} does not exist");
        var problems = new List<string>();
        var reference = new AnalyzerFileReference(path, loader);
        reference.AnalyzerLoadFailed += (_, e) =>
        {
            if (e.ErrorCode != AnalyzerLoadFailureEventArgs.FailureErrorCode.NoAnalyzers)
                lock (problems)
                    problems.Add(
                        $"{Path.GetFileName(path)} did not load ({e.ErrorCode}: {e.Message})"
                    );
        };
        ImmutableArray<ISourceGenerator> generators;
        try
        {
            generators = reference.GetGenerators(LanguageNames.CSharp);
        }
        catch (Exception e)
        {
            return new([], $"{Path.GetFileName(path)} did not load ({e.Message})");
        }
        return new(generators, problems.Count > 0 ? string.Join("; ", problems) : null);
    }
}
