namespace Groundwork.Cli.Reports;

/// <summary>Paths as reports show them: relative to the current folder when under it, else absolute.</summary>
public static class DisplayPath
{
    public static string Relative(string fullPath, string? baseDirectory = null)
    {
        var root = baseDirectory ?? Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(root, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            return fullPath.Replace('\\', '/');
        return relative.Replace('\\', '/');
    }
}
