using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Loads a project's analyzer and source generator assemblies into one collectible load context, so that a
/// long-lived MSBuild node does not keep them. The compiler's own assemblies (and anything else the engine
/// already loaded) resolve to the engine's copies: a generator must implement the engine's
/// <see cref="ISourceGenerator"/>, not a second copy of it.
/// </summary>
public sealed class AnalyzerAssemblyLoader : IAnalyzerAssemblyLoader, IDisposable
{
    private readonly Context _context = new();

    public void AddDependencyLocation(string fullPath) => _context.Add(fullPath);

    public Assembly LoadFromPath(string fullPath)
    {
        _context.Add(fullPath);
        return _context.LoadFromAssemblyPath(fullPath);
    }

    public void Dispose() => _context.Unload();

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

        protected override Assembly? Load(AssemblyName name)
        {
            var loaded = _host
                .Assemblies.Concat(Default.Assemblies)
                .FirstOrDefault(a =>
                    string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase)
                );
            if (loaded is not null)
                return loaded;
            string? location;
            lock (_locations)
                _locations.TryGetValue(name.Name ?? "", out location);
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
