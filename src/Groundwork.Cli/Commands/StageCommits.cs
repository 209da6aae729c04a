using Groundwork.Cli.Git;
using Groundwork.Cli.Stages;

namespace Groundwork.Cli.Commands;

/// <summary>
/// <c>fix --commit</c>: one git commit per stage that changed files, holding exactly that stage's changes, then
/// one commit that lists them in <c>.git-blame-ignore-revs</c>, so <c>git blame</c> (and GitHub, GitLab) look
/// through them to the commits before.
/// </summary>
public sealed class StageCommits
{
    public const string Option = "--commit";
    public const string BlameIgnoreFile = ".git-blame-ignore-revs";

    private readonly GitRepository _repository;
    private readonly string _commandLine;
    private readonly List<(StageInfo Stage, string Id)> _commits = [];

    private StageCommits(GitRepository repository, string commandLine)
    {
        _repository = repository;
        _commandLine = commandLine;
    }

    public IReadOnlyList<(StageInfo Stage, string Id)> Commits => _commits;

    /// <summary>
    /// Checks everything a commit needs before any stage writes a file: git, a repository, an identity to
    /// commit with, and no uncommitted change to a file the stages may touch (the commit would take the
    /// user's change in with the stage's, or the stage would mix its change into the user's).
    /// </summary>
    public static StageCommits Prepare(
        string directory,
        IEnumerable<string> filesTheStagesMayTouch,
        string commandLine
    )
    {
        var repository = GitRepository.Open(directory, Option);
        // Fails when user.name or user.email is not configured, with git's own advice.
        repository.Git("var", "GIT_COMMITTER_IDENT");
        var touched = filesTheStagesMayTouch
            .Append(repository.FullPath(BlameIgnoreFile))
            .ToHashSet(StringComparer.Ordinal);
        var dirty = repository
            .UncommittedFiles()
            .Where(touched.Contains)
            .Select(repository.Relative)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (dirty.Count > 0)
            throw new UsageException(
                $"{Option} commits each stage's changes alone, but {(dirty.Count == 1 ? "a file" : $"{dirty.Count} files")} it would touch {(dirty.Count == 1 ? "has" : "have")} uncommitted changes: {string.Join(", ", dirty.Take(10))}{(dirty.Count > 10 ? ", ..." : "")}. Commit or stash {(dirty.Count == 1 ? "it" : "them")} first; nothing was changed."
            );
        return new StageCommits(repository, commandLine);
    }

    /// <summary>Commits the files one stage changed, if any; returns the commit's id, or null.</summary>
    public string? CommitStage(
        StageInfo stage,
        IReadOnlyCollection<string> changedFiles,
        int projects
    )
    {
        if (changedFiles.Count == 0)
            return null;
        var message = $"""
            {Subject(stage)}

            {Risk(stage)}
            {changedFiles.Count} {(changedFiles.Count == 1 ? "file" : "files")} in {projects} {(
                projects == 1 ? "project" : "projects"
            )}.

            Made by {ToolInfo.Name} {ToolInfo.Version}:
                {_commandLine}
            Recorded in {BlameIgnoreFile}, so that git blame skips it.
            """;
        var id = _repository.CommitOnly(changedFiles, message.ReplaceLineEndings("\n"));
        _commits.Add((stage, id));
        return id;
    }

    /// <summary>
    /// Appends the stage commits to .git-blame-ignore-revs, each under a comment line, and commits that file
    /// alone. A commit cannot list itself (its id is a hash of its content), so this is a commit of its own,
    /// one for all the stage commits of the run. Returns its id, or null when no stage committed.
    /// </summary>
    public string? CommitBlameIgnoreList()
    {
        if (_commits.Count == 0)
            return null;
        var path = _repository.FullPath(BlameIgnoreFile);
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        var lines = new List<string>();
        if (existing.Length > 0 && !existing.EndsWith('\n'))
            lines.Add("");
        foreach (var (stage, id) in _commits)
        {
            lines.Add($"# {Subject(stage)} ({ToolInfo.Name} {ToolInfo.Version}: {_commandLine})");
            lines.Add(id);
        }
        File.WriteAllText(path, existing + string.Join('\n', lines) + "\n");
        // Staged first: the file may be new, and --only takes only files git already knows.
        _repository.Git("add", "--", BlameIgnoreFile);
        return _repository.CommitOnly(
            [path],
            $"""
            Groundwork: git blame skips the stage {(_commits.Count == 1 ? "commit" : "commits")}

            {string.Join("\n", _commits.Select(c => $"{c.Id} {Subject(c.Stage)}"))}

            GitHub and GitLab read {BlameIgnoreFile} by themselves; for git blame on your machine:
                git config blame.ignoreRevsFile {BlameIgnoreFile}
            """.ReplaceLineEndings("\n")
        );
    }

    public static string Subject(StageInfo stage) =>
        stage.Key switch
        {
            "format" => "Groundwork Format: format the C# sources",
            "usings" => "Groundwork Usings: order the using directives",
            "deadcode" => "Groundwork DeadCode: remove unneeded code",
            _ => $"Groundwork {stage.Name}",
        };

    /// <summary>What a reviewer needs to know about the change: what kind of change a stage can make.</summary>
    public static string Risk(StageInfo stage) =>
        stage.Key switch
        {
            "format" =>
                "Layout only: whitespace, line breaks, modifier order; the same tokens, proven before each file was written.",
            "usings" => "Order only: the same using directives, sorted and grouped.",
            "deadcode" =>
                "Removes code the compiler proved unneeded in every target framework and #if branch; review it.",
            _ => "",
        };
}
