namespace Groundwork.Engine.Files;

/// <summary>
/// Symbolic links among the sources. A link is a statement that the file lives elsewhere: a stage edits the file
/// it leads to and keeps the link, never replacing the link with a copy (which would silently fork the file).
/// </summary>
public static class SymbolicLink
{
    /// <summary>The path a write to <paramref name="path"/> must replace: the path itself, or the final target
    /// of a link (or of a chain of links). Null when the path is a link that leads nowhere.</summary>
    /// <param name="problem">Why a link leads nowhere: its target is missing, or the links form a loop.</param>
    public static string? FinalTarget(string path, out string? problem)
    {
        problem = null;
        var info = new FileInfo(path);
        if (info.LinkTarget is null)
            return info.FullName;
        FileSystemInfo? target;
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            problem = $"it is a symbolic link to '{info.LinkTarget}', and the links form a loop";
            return null;
        }
        if (target is null || !target.Exists)
        {
            problem = $"it is a symbolic link to '{info.LinkTarget}', which does not exist";
            return null;
        }
        return target.FullName;
    }

    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
