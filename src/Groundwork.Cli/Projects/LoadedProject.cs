namespace Groundwork.Cli.Projects;

/// <summary>
/// A project as MSBuild evaluated it: its Groundwork properties and the source files the stages may touch
/// (the Compile items of every target framework, selected as the build selects them, less GroundworkExclude).
/// </summary>
public sealed record LoadedProject(
    string FullPath,
    IReadOnlyList<string> TargetFrameworks,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> SourceFiles
)
{
    public string Name => Path.GetFileNameWithoutExtension(FullPath);

    public string Directory => Path.GetDirectoryName(FullPath)!;

    public string Property(string name) => Properties.TryGetValue(name, out var v) ? v : "";

    public bool IncludesLinkedFiles =>
        string.Equals(
            Property("GroundworkIncludeLinkedFiles"),
            "true",
            StringComparison.OrdinalIgnoreCase
        );

    public bool IsSkipped =>
        string.Equals(Property("GroundworkSkip"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the build keeps the stages' caches (obj/groundwork/): the CLI shares them.</summary>
    public string StateDirectory
    {
        get
        {
            // MSBuild writes obj\ with a backslash on every platform.
            var obj = Property("BaseIntermediateOutputPath")
                .Replace('\\', Path.DirectorySeparatorChar);
            return Path.GetFullPath(
                Path.Combine(Directory, obj.Length > 0 ? obj : "obj", "groundwork")
            );
        }
    }
}
