using System.Runtime.CompilerServices;
using Groundwork.Cli.Commands;
using Groundwork.Engine.Files;
using Groundwork.Engine.Stages;
using Microsoft.Build.Construction;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Exceptions;

namespace Groundwork.Cli.Projects;

/// <summary>
/// Evaluates projects with the SDK's MSBuild (no build, no restore): reads the Groundwork properties of the
/// project and collects the Compile items of each of its target frameworks. Call it only after
/// <see cref="MsBuildRegistration"/>.
/// </summary>
public static class ProjectLoader
{
    /// <summary>The properties the stages read, and those needed to find the project's cache.</summary>
    public static readonly string[] PropertyNames =
    [
        "GroundworkFormat",
        "GroundworkUsings",
        "GroundworkDeadCode",
        "GroundworkDeadCodeRules",
        "GroundworkCheckSeverity",
        "GroundworkIncludeLinkedFiles",
        "GroundworkSkip",
        "GroundworkUseTaskHost",
        "NoWarn",
        "BaseIntermediateOutputPath",
        "Configuration",
        "EnforceCodeStyleInBuild",
        "RunAnalyzers",
        "RunAnalyzersDuringBuild",
    ];

    /// <summary>The projects a solution or project file names, in the solution's order.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IReadOnlyList<string> ProjectFiles(ProjectTarget target)
    {
        if (!target.IsSolution)
            return [target.FullPath];
        SolutionFile solution;
        try
        {
            solution = SolutionFile.Parse(target.FullPath);
        }
        catch (Exception e) when (e is InvalidProjectFileException or IOException)
        {
            throw new UsageException($"Cannot read the solution '{target.FullPath}': {e.Message}");
        }
        var projects = solution
            .ProjectsInOrder.Where(p => p.ProjectType == SolutionProjectType.KnownToBeMSBuildFormat)
            .Select(p => Path.GetFullPath(p.AbsolutePath))
            .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var missing = projects.FirstOrDefault(p => !File.Exists(p));
        if (missing is not null)
            throw new UsageException(
                $"The solution '{target.FullPath}' names the project '{missing}', which does not exist."
            );
        return projects;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IReadOnlyList<LoadedProject> Load(
        IReadOnlyList<string> projectFiles,
        IReadOnlyDictionary<string, string>? globalProperties,
        Action<LoadedProject> loaded
    )
    {
        // Global properties of the collection apply to every project it loads, and win over the project's
        // own values; -f sets TargetFramework, so a multi-targeting project is then evaluated for it alone.
        using var collection = new ProjectCollection(GlobalProperties.With(globalProperties));
        // Evaluation is most of a run's start-up on a solution, and projects evaluate independently (the
        // collection and its cache of imports are thread-safe), so they are evaluated side by side. They are
        // still reported, and returned, in the solution's order; the first failure in that order is the one
        // thrown, as a sequential load would.
        var results = new LoadedProject?[projectFiles.Count];
        var failures = new Exception?[projectFiles.Count];
        var reported = 0;
        var gate = new object();
        Parallel.For(
            0,
            projectFiles.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            (i, state) =>
            {
                try
                {
                    results[i] = LoadOne(collection, projectFiles[i], globalProperties);
                }
                catch (Exception e)
                {
                    failures[i] = e;
                    state.Break(); // projects after this one need not start; those before it finish
                }
                lock (gate)
                {
                    while (reported < results.Length && results[reported] is { } next)
                    {
                        loaded(next);
                        reported++;
                    }
                }
            }
        );
        for (var i = 0; i < projectFiles.Count; i++)
        {
            if (failures[i] is { } failure)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        return [.. results.Select(r => r!)];
    }

    private static LoadedProject LoadOne(
        ProjectCollection collection,
        string file,
        IReadOnlyDictionary<string, string>? globalProperties
    )
    {
        try
        {
            var outer = collection.LoadProject(file);
            var properties = PropertyNames.ToDictionary(
                name => name,
                name => outer.GetPropertyValue(name),
                StringComparer.OrdinalIgnoreCase
            );
            var frameworks = TargetFrameworks(outer);
            var compileItems = new List<string>();
            if (outer.GetPropertyValue("TargetFramework") == "" && frameworks.Count > 0)
            {
                // A multi-targeting project: its Compile items can differ per target framework.
                foreach (var framework in frameworks)
                {
                    var inner = collection.LoadProject(
                        file,
                        GlobalProperties.With(globalProperties, ("TargetFramework", framework)),
                        toolsVersion: null
                    );
                    compileItems.AddRange(FullPaths(inner, "Compile"));
                    collection.UnloadProject(inner);
                }
            }
            else
                compileItems.AddRange(FullPaths(outer, "Compile"));

            var excluded = FullPaths(outer, "GroundworkExclude").ToHashSet(StringComparer.Ordinal);
            var selection = new SourceSelection(
                outer.DirectoryPath,
                string.Equals(
                    properties["GroundworkIncludeLinkedFiles"],
                    "true",
                    StringComparison.OrdinalIgnoreCase
                )
            );
            var sources = compileItems
                .Where(f => !excluded.Contains(f) && selection.Includes(f))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            var locations = new Dictionary<string, PropertyLocation>(
                StringComparer.OrdinalIgnoreCase
            );
            foreach (var rule in GroundworkProperties.Rules)
            {
                // The element that gave the property its final value; none for a global or environment property.
                if (outer.GetProperty(rule.Name)?.Xml?.Location is { } at)
                    locations[rule.Name] = new PropertyLocation(at.File, at.Line, at.Column);
            }
            var usesStyleCop = UsesStyleCop(outer);
            var analyzerConfigFiles = AnalyzerConfigFiles(outer);
            collection.UnloadProject(outer);
            return new LoadedProject(
                Path.GetFullPath(file),
                frameworks,
                properties,
                sources,
                locations,
                globalProperties,
                usesStyleCop,
                analyzerConfigFiles
            );
        }
        catch (InvalidProjectFileException e)
        {
            throw new UsageException($"Cannot load the project '{file}': {e.Message}");
        }
    }

    private static List<string> TargetFrameworks(Project project)
    {
        var single = project.GetPropertyValue("TargetFramework");
        if (single != "")
            return [single];
        return
        [
            .. project
                .GetPropertyValue("TargetFrameworks")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase),
        ];
    }

    /// <summary>
    /// The analyzer config files the project adds itself: <c>EditorConfigFiles</c> and
    /// <c>GlobalAnalyzerConfigFiles</c> items that evaluation gives (the SDK adds the .editorconfig files it finds,
    /// and its analysis-level configs, only when the build runs its targets).
    /// </summary>
    private static List<string> AnalyzerConfigFiles(Project project) =>
        [
            .. new[] { "EditorConfigFiles", "GlobalAnalyzerConfigFiles" }
                .SelectMany(project.GetItems)
                .Select(i => Path.GetFullPath(i.EvaluatedInclude, project.DirectoryPath))
                .Where(File.Exists)
                .Distinct(StringComparer.Ordinal),
        ];

    /// <summary>
    /// StyleCop.Analyzers runs in the build: an evaluated <c>Analyzer</c> item is one of its files, or (for a
    /// package whose analyzers restore adds only when the build runs its targets) a <c>PackageReference</c> names
    /// it without <c>ExcludeAssets</c> that leave its analyzers out.
    /// </summary>
    private static bool UsesStyleCop(Project project) =>
        project
            .GetItems("Analyzer")
            .Any(i =>
                Path.GetFileName(i.EvaluatedInclude)
                    .StartsWith("StyleCop.Analyzers", StringComparison.OrdinalIgnoreCase)
                && i.EvaluatedInclude.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            )
        || project
            .GetItems("PackageReference")
            .Any(i =>
                i.EvaluatedInclude.StartsWith(
                    "StyleCop.Analyzers",
                    StringComparison.OrdinalIgnoreCase
                )
                && !i.GetMetadataValue("ExcludeAssets")
                    .Split(';', StringSplitOptions.TrimEntries)
                    .Any(a =>
                        a.Equals("analyzers", StringComparison.OrdinalIgnoreCase)
                        || a.Equals("all", StringComparison.OrdinalIgnoreCase)
                    )
            );

    private static IEnumerable<string> FullPaths(Project project, string itemType) =>
        project.GetItems(itemType).Select(i => Path.GetFullPath(i.GetMetadataValue("FullPath")));
}
