using System.Runtime.CompilerServices;
using Groundwork.Engine.DeadCode;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using Microsoft.Build.Framework;

namespace Groundwork.Cli.Projects;

/// <summary>
/// The compiler's inputs of each target framework of a project, for a stage that judges the whole project
/// (DeadCode): it runs the targets the build runs before CoreCompile (reference resolution, generated
/// sources, the generated .editorconfig), the same ones the DeadCode task's target runs, and reads what the
/// Csc task would get. A project that was never restored is restored first, as <c>dotnet build</c> would.
/// When that fails, <see cref="CompilerInputsUnavailableException"/> says which build and why.
/// </summary>
public static class CompilationInputsReader
{
    /// <summary>
    /// What runs before the compiler's inputs are read, in CoreBuild's order: the same list as the DeadCode
    /// target's <c>_GroundworkCompilationInputs</c> in build/Groundwork.targets (a test compares them).
    /// PrepareResources adds the strongly typed classes of <c>.resx</c> files to Compile.
    /// </summary>
    public const string PrepareTargets =
        "ResolveReferences;FindReferenceAssembliesForReferences;PrepareResources;ResolveKeySource;_GenerateCompileInputs;BeforeCompile";

    /// <summary>Metadata of a <c>ProjectReference</c> that builds the referenced project otherwise than the run loads it.</summary>
    private static readonly string[] OtherBuildMetadata =
    [
        "SetConfiguration",
        "SetPlatform",
        "AdditionalProperties",
        "Properties",
        "GlobalPropertiesToRemove",
        "UndefineProperties",
        "Targets",
    ];

    /// <param name="project">The project whose inputs are read.</param>
    /// <param name="inMemory">
    /// The projects (full paths) the run compiles in memory (<see cref="ProjectCompilations"/>). When each project
    /// reference is one of them, the referenced projects are not built (<c>BuildProjectReferences=false</c>, as a
    /// design-time build does) and <see cref="BuildInputs.ProjectReferences"/> names them; otherwise they are
    /// built first, as <c>dotnet build</c> would, and their assemblies are the references.
    /// </param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IReadOnlyList<BuildInputs> Read(
        LoadedProject project,
        IReadOnlySet<string>? inMemory = null
    )
    {
        EnsureRestored(project);
        using var collection = new ProjectCollection(
            GlobalProperties.With(project.GlobalProperties)
        );
        var frameworks = project.TargetFrameworks.Count > 0 ? project.TargetFrameworks : [""];
        return [.. frameworks.Select(f => ReadOne(collection, project, f, inMemory))];
    }

    private static void EnsureRestored(LoadedProject project)
    {
        // Restore covers every target framework whatever -f says (as dotnet build -f restores), so
        // TargetFramework is not passed on; the other global properties can change the references.
        var restoreProperties = GlobalProperties.With(project.GlobalProperties);
        restoreProperties.Remove("TargetFramework");
        using (var collection = new ProjectCollection(restoreProperties))
        {
            // Where restore writes project.assets.json (obj/), as NuGet's targets define it.
            var evaluated = collection.LoadProject(project.FullPath);
            var extensions = evaluated.GetPropertyValue("MSBuildProjectExtensionsPath");
            var assets = Path.Combine(
                evaluated.DirectoryPath,
                extensions.Replace('\\', Path.DirectorySeparatorChar),
                "project.assets.json"
            );
            if (File.Exists(assets))
                return;
        }
        using var restoreCollection = new ProjectCollection();
        var restore = new ProjectInstance(
            project.FullPath,
            GlobalProperties.With(
                restoreProperties,
                ("MSBuildRestoreSessionId", Guid.NewGuid().ToString("D")),
                ("ExcludeRestorePackageImports", "true")
            ),
            toolsVersion: null,
            restoreCollection
        );
        var errors = new ErrorCollector();
        if (!restore.Build(["Restore"], [errors]))
            throw new CompilerInputsUnavailableException(
                project.Name,
                $"the project cannot be restored: {errors.Summary()}"
            );
    }

    private static BuildInputs ReadOne(
        ProjectCollection collection,
        LoadedProject project,
        string framework,
        IReadOnlySet<string>? inMemory
    )
    {
        var referencesInMemory = inMemory is { Count: > 0 };
        var instance = Prepare(
            collection,
            project,
            framework,
            buildReferences: !referencesInMemory
        );
        if (referencesInMemory && !AllReferencesIn(instance, inMemory!))
        {
            referencesInMemory = false;
            instance = Prepare(collection, project, framework, buildReferences: true);
        }
        string Property(string name) => instance.GetPropertyValue(name);
        bool Flag(string name) =>
            string.Equals(Property(name).Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return new BuildInputs
        {
            ProjectPath = project.FullPath,
            AssemblyName = Property("AssemblyName"),
            TargetFramework = framework,
            SourceFiles = FullPaths(instance, "Compile"),
            References = FullPaths(instance, "ReferencePathWithRefAssemblies"),
            ReferenceAliases = instance
                .GetItems("ReferencePathWithRefAssemblies")
                .Where(i => i.GetMetadataValue("Aliases") != "")
                .GroupBy(
                    i => Path.GetFullPath(i.GetMetadataValue("FullPath")),
                    StringComparer.Ordinal
                )
                .ToDictionary(
                    g => g.Key,
                    g => g.First().GetMetadataValue("Aliases"),
                    StringComparer.Ordinal
                ),
            ProjectReferences = referencesInMemory
                ? ProjectReferencesOf(instance)
                : new Dictionary<string, ReferencedBuild>(),
            OutputAssembly = Property("TargetPath"),
            Analyzers = FullPaths(instance, "Analyzer"),
            AnalyzerConfigFiles = FullPaths(instance, "EditorConfigFiles"),
            AdditionalFiles = FullPaths(instance, "AdditionalFiles"),
            DefineConstants = Property("DefineConstants"),
            LangVersion = Property("LangVersion"),
            Nullable = Property("Nullable"),
            AllowUnsafeBlocks = Flag("AllowUnsafeBlocks"),
            OutputType = Property("OutputType"),
            // CoreCompile adds these itself (assembly unification, strong names on .NET).
            NoWarn = Property("NoWarn") + ";1701;1702;8002",
            WarningsAsErrors = Property("WarningsAsErrors"),
            WarningsNotAsErrors = Property("WarningsNotAsErrors"),
            TreatWarningsAsErrors = Flag("TreatWarningsAsErrors"),
            WarningLevel = Property("WarningLevel"),
            CheckForOverflowUnderflow = Flag("CheckForOverflowUnderflow"),
            Features = Property("Features"),
            InterceptorsNamespaces = Property("InterceptorsNamespaces"),
            InterceptorsPreviewNamespaces = Property("InterceptorsPreviewNamespaces"),
            GeneratesDocumentationFile = instance.GetItems("DocFileItem").Count > 0,
            KeyFile = Property("KeyOriginatorFile"),
            KeyContainer = Property("KeyContainerName"),
            DelaySign = Flag("DelaySign"),
            PublicSign = Flag("PublicSign"),
        };
    }

    private static ProjectInstance Prepare(
        ProjectCollection collection,
        LoadedProject project,
        string framework,
        bool buildReferences
    )
    {
        var global = GlobalProperties.With(project.GlobalProperties, ("GroundworkSkip", "true"));
        if (framework != "")
            global["TargetFramework"] = framework;
        if (!buildReferences)
            global["BuildProjectReferences"] = "false";
        var instance = new ProjectInstance(
            project.FullPath,
            global,
            toolsVersion: null,
            collection
        );
        var errors = new ErrorCollector();
        if (!instance.Build(PrepareTargets.Split(';'), [errors]))
        {
            var name = framework == "" ? project.Name : $"{project.Name} ({framework})";
            throw new CompilerInputsUnavailableException(
                name,
                $"the targets that prepare its compilation failed: {errors.Summary()}"
            );
        }
        return instance;
    }

    /// <summary>
    /// Whether every project reference is a plain reference to a project the run compiles in memory: not an
    /// analyzer or other output (which must be built), not a build with other properties.
    /// </summary>
    private static bool AllReferencesIn(ProjectInstance instance, IReadOnlySet<string> inMemory)
    {
        foreach (var reference in instance.GetItems("ProjectReference"))
        {
            var outputType = reference.GetMetadataValue("OutputItemType");
            var referencesAssembly = !string.Equals(
                reference.GetMetadataValue("ReferenceOutputAssembly"),
                "false",
                StringComparison.OrdinalIgnoreCase
            );
            if (!referencesAssembly && outputType == "")
                continue;
            if (
                outputType != ""
                || OtherBuildMetadata.Any(m => reference.GetMetadataValue(m) != "")
                || !inMemory.Contains(Path.GetFullPath(reference.GetMetadataValue("FullPath")))
            )
                return false;
        }
        return instance
            .GetItems("ReferencePathWithRefAssemblies")
            .Select(i => i.GetMetadataValue("MSBuildSourceProjectFile"))
            .Where(p => p != "")
            .All(p => inMemory.Contains(Path.GetFullPath(p)));
    }

    /// <summary>The references that come from project references, with the build each names.</summary>
    private static Dictionary<string, ReferencedBuild> ProjectReferencesOf(ProjectInstance instance)
    {
        var result = new Dictionary<string, ReferencedBuild>(StringComparer.Ordinal);
        foreach (var item in instance.GetItems("ReferencePathWithRefAssemblies"))
        {
            var project = item.GetMetadataValue("MSBuildSourceProjectFile");
            if (project == "")
                continue;
            // OriginalPath is the referenced build's TargetPath when the reference is its reference assembly.
            var output = item.GetMetadataValue("OriginalPath") is { Length: > 0 } original
                ? original
                : item.GetMetadataValue("FullPath");
            result.TryAdd(
                Path.GetFullPath(item.GetMetadataValue("FullPath")),
                new ReferencedBuild(Path.GetFullPath(project), Path.GetFullPath(output))
            );
        }
        return result;
    }

    private static List<string> FullPaths(ProjectInstance instance, string itemType) =>
        [
            .. instance
                .GetItems(itemType)
                .Select(i => Path.GetFullPath(i.GetMetadataValue("FullPath")))
                .Distinct(StringComparer.Ordinal),
        ];

    /// <summary>Keeps the errors of a target run, to say why it failed.</summary>
    private sealed class ErrorCollector : ILogger
    {
        private readonly List<string> _messages = [];

        public LoggerVerbosity Verbosity { get; set; } = LoggerVerbosity.Quiet;
        public string? Parameters { get; set; }

        public void Initialize(IEventSource eventSource) =>
            eventSource.ErrorRaised += (_, e) =>
                _messages.Add(
                    $"{e.File}({e.LineNumber},{e.ColumnNumber}): error {e.Code}: {e.Message}"
                );

        public string Summary() =>
            _messages.Count == 0
                ? "MSBuild reported no error."
                : string.Join(" ", _messages.Take(3));

        public void Shutdown() { }
    }
}
