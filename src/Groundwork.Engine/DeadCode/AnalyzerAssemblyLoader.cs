using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Loads a project's analyzer and source generator assemblies into collectible load contexts, one per folder
/// (a folder's assemblies depend on each other; two folders may hold two versions of one generator, as the
/// net8.0 and net10.0 targeting packs do), so that a long-lived MSBuild node does not keep them. The compiler's own assemblies (and anything else the engine
/// already loaded) resolve to the engine's copies: a generator must implement the engine's
/// <see cref="ISourceGenerator"/>, not a second copy of it.
/// </summary>
public sealed class AnalyzerAssemblyLoader : IAnalyzerAssemblyLoader, IDisposable
{
    private readonly Dictionary<string, Context> _contexts = new(StringComparer.Ordinal);

    public void AddDependencyLocation(string fullPath) => ContextFor(fullPath).Add(fullPath);

    public Assembly LoadFromPath(string fullPath)
    {
        var context = ContextFor(fullPath);
        context.Add(fullPath);
        return context.LoadFromAssemblyPath(fullPath);
    }

    public void Dispose()
    {
        lock (_contexts)
        {
            foreach (var context in _contexts.Values)
                context.Unload();
            _contexts.Clear();
        }
    }

    private Context ContextFor(string fullPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(fullPath)) ?? "";
        lock (_contexts)
        {
            if (!_contexts.TryGetValue(directory, out var context))
                _contexts[directory] = context = new Context();
            return context;
        }
    }

    private sealed class Context()
        : AssemblyLoadContext("Groundwork analyzers", isCollectible: true)
    {
        private readonly Dictionary<string, string> _locations = new(
            StringComparer.OrdinalIgnoreCase
        );
        private readonly AssemblyLoadContext _host =
            GetLoadContext(typeof(SyntaxNode).Assembly) ?? Default;

        public void Add(string fullPath)
        {
            lock (_locations)
                _locations.TryAdd(Path.GetFileNameWithoutExtension(fullPath), fullPath);
        }

        /// <summary>A registered assembly, or one next to an analyzer (as the compiler finds dependencies).</summary>
        private string? Locate(string simpleName)
        {
            lock (_locations)
            {
                if (_locations.TryGetValue(simpleName, out var known))
                    return known;
                return _locations
                    .Values.Select(Path.GetDirectoryName)
                    .Distinct(StringComparer.Ordinal)
                    .Select(directory => Path.Combine(directory!, simpleName + ".dll"))
                    .FirstOrDefault(File.Exists);
            }
        }

        protected override Assembly? Load(AssemblyName name)
        {
            var loaded = _host
                .Assemblies.Concat(Default.Assemblies)
                .FirstOrDefault(a =>
                    string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase)
                );
            if (loaded is not null)
                return loaded;
            var location = Locate(name.Name ?? "");
            if (location is not null)
                return LoadFromAssemblyPath(location);
            try
            {
                return _host.LoadFromAssemblyName(name);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException)
            {
                return null;
            }
        }
    }
}
