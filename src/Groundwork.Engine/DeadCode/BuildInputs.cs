namespace Groundwork.Engine.DeadCode;

/// <summary>
/// What the C# compiler gets in one build of a project (one target framework): the same values MSBuild passes to
/// the <c>Csc</c> task in <c>CoreCompile</c>. Paths are absolute. List-valued MSBuild properties
/// (<see cref="DefineConstants"/>, <see cref="NoWarn"/>, <see cref="WarningsAsErrors"/>) keep MSBuild's own
/// text, separators included, because the compiler's command-line parser reads them as csc does.
/// </summary>
/// <remarks>
/// Two adapters fill this record: the <c>RunDeadCodeStage</c> task, from the items the
/// <c>_GroundworkCompilationInputs</c> target returns, and the <c>dotnet groundwork</c> CLI, from a
/// <c>ProjectInstance</c> after running the same targets. Nothing else about the build is needed.
/// </remarks>
public sealed record BuildInputs
{
    /// <summary>The project file, for messages and to resolve relative paths.</summary>
    public required string ProjectPath { get; init; }

    /// <summary>The assembly's name: <c>InternalsVisibleTo</c> grants in references are matched against it.</summary>
    public string AssemblyName { get; init; } = "";

    /// <summary>The target framework of this build (<c>net8.0</c>), or empty for a project without one.</summary>
    public string TargetFramework { get; init; } = "";

    /// <summary>The <c>Compile</c> items, generated ones under obj/ included (GlobalUsings.g.cs, AssemblyInfo).</summary>
    public IReadOnlyList<string> SourceFiles { get; init; } = [];

    /// <summary><c>ReferencePathWithRefAssemblies</c>: the metadata references the compiler gets.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>
    /// The <c>Aliases</c> of the references that have them (<c>extern alias</c>), by reference path: a
    /// comma-separated list, in which <c>global</c> stands for the global namespace.
    /// </summary>
    public IReadOnlyDictionary<string, string> ReferenceAliases { get; init; } =
        new Dictionary<string, string>();

    /// <summary>
    /// The references that come from project references, by reference path: what
    /// <see cref="ProjectCompilations"/> can compile in memory instead of reading the referenced project's
    /// assembly. Empty when the referenced projects were built first (a build, or a project outside the run).
    /// </summary>
    public IReadOnlyDictionary<string, ReferencedBuild> ProjectReferences { get; init; } =
        new Dictionary<string, ReferencedBuild>();

    /// <summary>The assembly this build writes (<c>TargetPath</c>): how a referencing build names it.</summary>
    public string OutputAssembly { get; init; } = "";

    /// <summary><c>Analyzer</c> items: analyzer and source generator assemblies.</summary>
    public IReadOnlyList<string> Analyzers { get; init; } = [];

    /// <summary><c>EditorConfigFiles</c>: .editorconfig files and global analyzer config files.</summary>
    public IReadOnlyList<string> AnalyzerConfigFiles { get; init; } = [];

    /// <summary><c>AdditionalFiles</c> items, which source generators may read.</summary>
    public IReadOnlyList<string> AdditionalFiles { get; init; } = [];

    public string DefineConstants { get; init; } = "";
    public string LangVersion { get; init; } = "";
    public string Nullable { get; init; } = "";
    public bool AllowUnsafeBlocks { get; init; }

    /// <summary>MSBuild's <c>OutputType</c>: Exe, WinExe, Library, Module, AppContainerExe, WinMDObj.</summary>
    public string OutputType { get; init; } = "Library";

    public string NoWarn { get; init; } = "";
    public string WarningsAsErrors { get; init; } = "";
    public string WarningsNotAsErrors { get; init; } = "";
    public bool TreatWarningsAsErrors { get; init; }
    public string WarningLevel { get; init; } = "";
    public bool CheckForOverflowUnderflow { get; init; }

    /// <summary>MSBuild's <c>Features</c> (<c>name=value;flag</c>), the compiler's feature flags.</summary>
    public string Features { get; init; } = "";

    /// <summary>MSBuild's <c>InterceptorsNamespaces</c>: where generated interceptors may live.</summary>
    public string InterceptorsNamespaces { get; init; } = "";

    /// <summary>MSBuild's <c>InterceptorsPreviewNamespaces</c>, the older name of the same setting.</summary>
    public string InterceptorsPreviewNamespaces { get; init; } = "";

    /// <summary>
    /// The strong-name key the assembly is signed with (<c>KeyOriginatorFile</c>, resolved from
    /// <c>AssemblyOriginatorKeyFile</c> when <c>SignAssembly</c> is true), or empty. The compiler needs it to
    /// know the assembly's public key, which an <c>InternalsVisibleTo</c> grant with a public key checks.
    /// </summary>
    public string KeyFile { get; init; } = "";

    /// <summary><c>KeyContainerName</c>: the key container the assembly is signed with, or empty.</summary>
    public string KeyContainer { get; init; } = "";

    public bool DelaySign { get; init; }
    public bool PublicSign { get; init; }

    /// <summary>
    /// True when the build writes an XML documentation file: the compiler then reports documentation-comment
    /// warnings, which the analysis must count as the build would (and must ignore otherwise).
    /// </summary>
    public bool GeneratesDocumentationFile { get; init; }

    /// <summary>A short name for messages: the target framework, or the project's file name.</summary>
    public string DisplayName =>
        TargetFramework.Length > 0 ? TargetFramework : Path.GetFileName(ProjectPath);
}
