using System.ComponentModel;
using System.Diagnostics;
using Groundwork.Cli.Commands;

namespace Groundwork.Cli.Git;

/// <summary>
/// A git working tree, driven through the git command line (the user's git, with the user's config, hooks and
/// identity, as a commit made by hand would be). Every failure is a <see cref="UsageException"/> that says
/// what was asked and what git answered.
/// </summary>
public sealed class GitRepository
{
    private readonly string _purpose;

    private GitRepository(string root, string purpose)
    {
        Root = root;
        _purpose = purpose;
    }

    /// <summary>The top folder of the working tree.</summary>
    public string Root { get; }

    /// <summary>The repository that holds <paramref name="directory"/>; <paramref name="purpose"/> names the option that needs it.</summary>
    public static GitRepository Open(string directory, string purpose)
    {
        var top = Run(directory, purpose, null, "rev-parse", "--show-toplevel");
        if (top.ExitCode != 0)
            throw new UsageException(
                $"{purpose} needs a git repository, and '{directory}' is not in one ({top.Error.Trim()})."
            );
        return new GitRepository(Path.GetFullPath(top.Output.Trim()), purpose);
    }

    /// <summary>The output of a git command that must succeed.</summary>
    public string Git(params string[] arguments) => GitWithInput(null, arguments);

    public string GitWithInput(string? input, params string[] arguments)
    {
        var result = Run(Root, _purpose, input, arguments);
        if (result.ExitCode != 0)
            throw new UsageException(
                $"{_purpose}: 'git {string.Join(' ', arguments)}' failed in '{Root}': {result.Error.Trim()}"
            );
        return result.Output;
    }

    /// <summary>
    /// The files git reports as not committed (modified, staged, deleted, untracked, in conflict), as full
    /// paths. Ignored files are not listed.
    /// </summary>
    public IReadOnlySet<string> UncommittedFiles()
    {
        var entries = Git("status", "--porcelain=v1", "-z", "--untracked-files=all")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var files = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Length < 4)
                continue;
            files.Add(FullPath(entry[3..]));
            // A rename or copy is followed by its original path, which the change touches too.
            if (entry[0] is 'R' or 'C' && i + 1 < entries.Length)
                files.Add(FullPath(entries[++i]));
        }
        return files;
    }

    public string FullPath(string relative) =>
        Path.GetFullPath(Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar)));

    public string Relative(string fullPath) =>
        Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// Commits exactly these files as they are in the working tree (<c>git commit --only</c>): whatever else is
    /// staged stays staged and out of the commit. Returns the new commit's id.
    /// </summary>
    public string CommitOnly(IReadOnlyCollection<string> fullPaths, string message)
    {
        // The paths go through standard input, NUL-separated: no command-line length limit, no quoting.
        GitWithInput(
            string.Join('\0', fullPaths.Select(Relative)),
            "commit",
            "--only",
            "--quiet",
            "--pathspec-from-file=-",
            "--pathspec-file-nul",
            "--message",
            message
        );
        return Git("rev-parse", "HEAD").Trim();
    }

    private static (int ExitCode, string Output, string Error) Run(
        string directory,
        string purpose,
        string? input,
        params string[] arguments
    )
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Messages in English whatever the user's locale, since they are quoted in ours.
        start.Environment["LC_ALL"] = "C";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new UsageException(
                $"{purpose} needs the git command line, and 'git' cannot be started ({e.Message}). Install git, or put it on the PATH."
            );
        }
        using (process)
        {
            var errorTask = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, errorTask.Result);
        }
    }
}
