using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.DeadCode;

/// <summary>
/// A project on disk for the DeadCode engine: source files in a temp folder, compiled against the real
/// reference assemblies of the .NET runtime pack the tests run on.
/// </summary>
public sealed class TestProject : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Directory => _folder.Path;
    public string ProjectPath => System.IO.Path.Combine(_folder.Path, "Sample.csproj");

    public string Write(string relativePath, string text) =>
        _folder.Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string Read(string relativePath) =>
        File.ReadAllText(System.IO.Path.Combine(_folder.Path, relativePath));

    public string PathOf(string relativePath) => System.IO.Path.Combine(_folder.Path, relativePath);

    public BuildInputs Build(string defineConstants = "", params string[] sources) =>
        new()
        {
            ProjectPath = ProjectPath,
            AssemblyName = "Sample",
            TargetFramework = "net10.0",
            SourceFiles = sources.Length > 0 ? [.. sources.Select(PathOf)] : AllSources(),
            References = ReferenceAssemblies.Paths,
            DefineConstants = defineConstants,
            Nullable = "enable",
            LangVersion = "latest",
        };

    /// <summary>The rules the runs make (default: every rule).</summary>
    public DeadCodeRules Rules { get; set; } = DeadCodeRules.All;

    /// <summary>The Format stage's rewriter, when the runs keep formatted files formatted (default: none).</summary>
    public ISourceRewriter? Formatter { get; set; }

    /// <summary>Other projects compiled in memory for project references (default: none, references are files).</summary>
    public ProjectCompilations? ProjectCompilations { get; set; }

    public StageReport Run(StageMode mode, params BuildInputs[] builds) =>
        DeadCodeStage.Run(
            new DeadCodeRequest(
                builds.Length > 0 ? builds : [Build()],
                AllSources(),
                mode,
                FindingSeverity.Error,
                Directory,
                Rules: Rules,
                Formatter: Formatter
            )
            {
                ProjectCompilations = ProjectCompilations,
            },
            CancellationToken.None
        );

    public StageReport Fix(params BuildInputs[] builds) => Run(StageMode.Fix, builds);

    public StageReport Check(params BuildInputs[] builds) => Run(StageMode.Check, builds);

    private string[] AllSources() =>
        [
            .. System
                .IO.Directory.EnumerateFiles(_folder.Path, "*.cs", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal),
        ];

    public void Dispose() => _folder.Dispose();
}

/// <summary>The reference assemblies of the runtime the tests run on, from the SDK's targeting pack.</summary>
public static class ReferenceAssemblies
{
    public static IReadOnlyList<string> Paths { get; } = Find();

    private static string[] Find()
    {
        var runtimeDirectory = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = new DirectoryInfo(runtimeDirectory).Name;
        var dotnetRoot = System.IO.Path.GetFullPath(
            System.IO.Path.Combine(runtimeDirectory, "..", "..", "..")
        );
        var packs = System.IO.Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var pack = System.IO.Directory.Exists(System.IO.Path.Combine(packs, version))
            ? System.IO.Path.Combine(packs, version)
            : System.IO.Directory.EnumerateDirectories(packs).Order().Last();
        var refDirectory = System
            .IO.Directory.EnumerateDirectories(System.IO.Path.Combine(pack, "ref"))
            .Single();
        return [.. System.IO.Directory.EnumerateFiles(refDirectory, "*.dll")];
    }
}
