using System.Reflection;
using System.Runtime.Loader;

namespace Groundwork.Engine.Tests.Format.Options;

/// <summary>
/// The CSharpier 1.3.0 CLI's own assembly, loaded from the tool package in a context of its own (with its own
/// YamlDotNet, CSharpier.Core and file-system abstractions, not the copies the tests run with), so that parity
/// tests can ask the CLI's internal classes directly through reflection.
/// </summary>
internal static class CSharpierCliAssembly
{
    private static readonly Lazy<Assembly> Cli = new(Load);

    public static Type Type(string fullName) => Cli.Value.GetType(fullName, throwOnError: true)!;

    /// <summary>A type of one of the CLI's dependencies, from the CLI's context.</summary>
    public static Type Type(string assemblyName, string fullName) =>
        AssemblyLoadContext
            .GetLoadContext(Cli.Value)!
            .LoadFromAssemblyName(new AssemblyName(assemblyName))
            .GetType(fullName, throwOnError: true)!;

    private static Assembly Load()
    {
        var corePath = typeof(CSharpierCliAssembly)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CSharpierCorePath")
            .Value!;
        var toolFolder = Path.GetDirectoryName(corePath)!;
        var context = new AssemblyLoadContext("csharpier-cli", isCollectible: false);
        context.Resolving += (ctx, name) =>
        {
            var candidate = Path.Combine(toolFolder, name.Name + ".dll");
            return File.Exists(candidate) ? ctx.LoadFromAssemblyPath(candidate) : null;
        };
        return context.LoadFromAssemblyPath(Path.Combine(toolFolder, "CSharpier.dll"));
    }
}
