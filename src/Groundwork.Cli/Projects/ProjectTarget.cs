using Groundwork.Cli.Commands;

namespace Groundwork.Cli.Projects;

/// <summary>What the PATH argument names: a solution (.sln, .slnx) or a project file.</summary>
public sealed record ProjectTarget(string FullPath, bool IsSolution)
{
    /// <summary>The folder that relative globs and reports are based on.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(FullPath)!;

    /// <summary>Finds the solution or project as <c>dotnet build</c> does: a file, or the one in a folder.</summary>
    public static ProjectTarget Resolve(string? path)
    {
        var full = System.IO.Path.GetFullPath(
            string.IsNullOrEmpty(path) ? System.IO.Directory.GetCurrentDirectory() : path
        );
        if (System.IO.Directory.Exists(full))
            return FromFolder(full);
        if (!File.Exists(full))
            throw new UsageException(
                path!.StartsWith('-')
                    ? $"Unknown option '{path}'. Run 'dotnet groundwork --help' for usage."
                    : $"The path '{path}' does not exist."
            );
        if (IsSolutionFile(full))
            return new ProjectTarget(full, IsSolution: true);
        if (IsProjectFile(full))
            return new ProjectTarget(full, IsSolution: false);
        throw new UsageException(
            $"'{path}' is neither a solution (.sln, .slnx) nor a project file (.csproj)."
        );
    }

    private static ProjectTarget FromFolder(string folder)
    {
        var files = System.IO.Directory.EnumerateFiles(folder).ToList();
        var solutions = files.Where(IsSolutionFile).Order(StringComparer.Ordinal).ToList();
        var projects = files.Where(IsProjectFile).Order(StringComparer.Ordinal).ToList();
        if (solutions.Count == 1)
            return new ProjectTarget(solutions[0], IsSolution: true);
        if (solutions.Count == 0 && projects.Count == 1)
            return new ProjectTarget(projects[0], IsSolution: false);
        if (solutions.Count == 0 && projects.Count == 0)
            throw new UsageException(
                $"The folder '{folder}' contains no solution (.sln, .slnx) or project file. Name one as PATH."
            );
        var names = string.Join(
            ", ",
            (solutions.Count > 1 ? solutions : projects).Select(System.IO.Path.GetFileName)
        );
        throw new UsageException(
            $"The folder '{folder}' contains more than one {(solutions.Count > 1 ? "solution" : "project")} file ({names}). Name the one to use as PATH."
        );
    }

    private static bool IsSolutionFile(string path) =>
        path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

    private static bool IsProjectFile(string path) =>
        System.IO.Path.GetExtension(path).EndsWith("proj", StringComparison.OrdinalIgnoreCase);
}
