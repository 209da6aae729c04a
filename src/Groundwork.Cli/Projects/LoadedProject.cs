using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Projects;

/// <summary>The place in a project file (or an imported file) where a property is set.</summary>
public sealed record PropertyLocation(string File, int Line, int Column);

/// <summary>
/// A project as MSBuild evaluated it: its Groundwork properties and the source files the stages may touch
/// (the Compile items of every target framework, selected as the build selects them, less GroundworkExclude).
/// </summary>
/// <param name="PropertyLocations">
/// Where each Groundwork property got its value (file, line, column), when an XML element set it; a property
/// from the command line or the environment has none, and is reported at the project file.
/// </param>
/// <param name="GlobalProperties">
/// The command line's MSBuild global properties (-p, -c, -f), which the evaluation used and the DeadCode stage's
/// builds use too.
/// </param>
/// <param name="UsesStyleCop">
/// Whether the build runs StyleCop.Analyzers: an <c>Analyzer</c> item from that package
/// (<c>StyleCop.Analyzers*.dll</c>), or a <c>PackageReference</c> to it that does not exclude its analyzers.
/// </param>
/// <param name="AnalyzerConfigFiles">
/// The analyzer config files the project hands the compiler itself (its evaluated <c>EditorConfigFiles</c> and
/// <c>GlobalAnalyzerConfigFiles</c> items, such as a shared <c>.globalconfig</c>), full paths.
/// </param>
public sealed record LoadedProject(
    string FullPath,
    IReadOnlyList<string> TargetFrameworks,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> SourceFiles,
    IReadOnlyDictionary<string, PropertyLocation>? PropertyLocations = null,
    IReadOnlyDictionary<string, string>? GlobalProperties = null,
    bool UsesStyleCop = false,
    IReadOnlyList<string>? AnalyzerConfigFiles = null
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

    /// <summary>
    /// A GW0005 for each Groundwork property whose value is not one it takes, the same rules the build checks
    /// (<see cref="GroundworkProperties"/>), at the line that set it.
    /// </summary>
    public IReadOnlyList<Finding> InvalidProperties() =>
        [
            .. GroundworkProperties
                .Rules.Where(rule => !GroundworkProperties.IsAllowed(rule, Property(rule.Name)))
                .Select(rule =>
                {
                    var at =
                        PropertyLocations?.GetValueOrDefault(rule.Name)
                        ?? new PropertyLocation(FullPath, 0, 0);
                    return Findings.InvalidProperty(
                        at.File,
                        at.Line,
                        at.Column,
                        rule.Name,
                        Property(rule.Name),
                        rule.Described
                    );
                }),
        ];

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
