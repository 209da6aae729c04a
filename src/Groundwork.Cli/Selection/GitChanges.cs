using System.Diagnostics;
using Groundwork.Cli.Commands;

namespace Groundwork.Cli.Selection;

/// <summary>
/// The files changed since a git ref, asked of the git CLI: the diff from the merge base of the ref and HEAD
/// to the working tree (committed, staged and unstaged changes), plus untracked files.
/// </summary>
public static class GitChanges
{
    public static IReadOnlySet<string> Since(string directory, string gitRef)
    {
        var top = Git(directory, "rev-parse", "--show-toplevel").Trim();
        var mergeBase = Git(top, "merge-base", gitRef, "HEAD").Trim();
        var changed = Git(top, "diff", "--name-only", "-z", mergeBase, "--");
        var untracked = Git(top, "ls-files", "--others", "--exclude-standard", "-z");
        return (changed + untracked)
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(relative => Path.GetFullPath(Path.Combine(top, relative)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UsageException($"--changed-since needs the git command line: {e.Message}");
        }
        using (process)
        {
            var errorTask = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = errorTask.Result.Trim();
                throw new UsageException(
                    $"--changed-since: 'git {string.Join(' ', arguments)}' failed in '{directory}': {message}"
                );
            }
            return output;
        }
    }
}
