using System.Reflection;
using System.Runtime.Loader;

namespace Groundwork.Cli.Projects;

/// <summary>
/// Chooses which copy of the C# compiler (Microsoft.CodeAnalysis and Microsoft.CodeAnalysis.CSharp) the tool
/// loads. The tool's deps.json leaves them out, so the runtime asks this resolver for them: it gives the copy of
/// the SDK that <see cref="MsBuildRegistration"/> chose, when that copy is at least the version the tool was built
/// against (it is precompiled, and it is the compiler that builds the projects), else the tool's own copy in
/// <c>compiler/</c>. The choice is made once, at the first request, for both assemblies together: a request
/// before an SDK was chosen gets the tool's own copy for the rest of the run.
/// </summary>
public static class CompilerAssemblies
{
    private static readonly string[] Names =
    [
        "Microsoft.CodeAnalysis",
        "Microsoft.CodeAnalysis.CSharp",
    ];
    private static readonly object Gate = new();
    private static string? _sdkDirectory;
    private static string? _chosenDirectory;

    /// <summary>The folder of the tool's own copy.</summary>
    public static string OwnDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "compiler");

    /// <summary>Call first thing in <c>Main</c>, before any compiler type is touched.</summary>
    public static void Register() => AssemblyLoadContext.Default.Resolving += Resolve;

    /// <summary>Offers the compiler of the SDK whose MSBuild the tool uses (its MSBuild folder).</summary>
    public static void OfferSdk(string msBuildDirectory)
    {
        lock (Gate)
            _sdkDirectory ??= msBuildDirectory;
    }

    /// <summary>The folder the compiler assemblies are (or will be) loaded from.</summary>
    public static string ChosenDirectory
    {
        get
        {
            lock (Gate)
                return _chosenDirectory ??= Choose(_sdkDirectory, OwnDirectory);
        }
    }

    /// <summary>The SDK's folder when it holds both assemblies, each at least the version of the own copy.</summary>
    public static string Choose(string? sdkDirectory, string ownDirectory)
    {
        if (sdkDirectory is null)
            return ownDirectory;
        foreach (var name in Names)
        {
            var own = VersionOf(Path.Combine(ownDirectory, name + ".dll"));
            var sdk = VersionOf(Path.Combine(sdkDirectory, name + ".dll"));
            if (sdk is null || (own is not null && sdk < own))
                return ownDirectory;
        }
        return sdkDirectory;
    }

    private static Version? VersionOf(string path) =>
        File.Exists(path) ? AssemblyName.GetAssemblyName(path).Version : null;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (!Names.Contains(name.Name, StringComparer.OrdinalIgnoreCase))
            return null;
        var path = Path.Combine(ChosenDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
