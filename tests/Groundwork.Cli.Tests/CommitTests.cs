namespace Groundwork.Cli.Tests;

/// <summary>
/// fix --commit on real git repositories made in temp folders: one commit per stage holding only that stage's
/// changes, then .git-blame-ignore-revs, which git blame honours.
/// </summary>
public class CommitTests
{
    private static string Git(SampleCopy sample, params string[] arguments)
    {
        var result = Tool.Process(
            sample.Directory,
            new Dictionary<string, string?>(),
            "git",
            arguments
        );
        Assert.That(result.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)}: {result}");
        return result.Output;
    }

    /// <summary>The sample as the first commit of a new repository, with a local identity.</summary>
    private static SampleCopy Repository()
    {
        var sample = SampleCopy.Of("CliSolution");
        Git(sample, "init", "--quiet", "--initial-branch=main");
        Git(sample, "config", "user.name", "Test");
        Git(sample, "config", "user.email", "test@example.com");
        Git(sample, "config", "commit.gpgsign", "false");
        File.WriteAllText(sample.PathOf(".gitignore"), "bin/\nobj/\n");
        Git(sample, "add", "--all");
        Git(sample, "commit", "--quiet", "-m", "Initial");
        return sample;
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string[] FilesOf(SampleCopy sample, string commit) =>
        [.. Lines(Git(sample, "show", "--format=", "--name-only", commit)).Order()];

    [Test]
    public void Fix_commit_makes_one_commit_with_only_the_stages_changes_and_one_for_blame()
    {
        using var sample = Repository();
        var initial = Git(sample, "rev-parse", "HEAD").Trim();
        // A change of the user's, staged, to a file no stage touches: it must stay staged and out of the commits.
        File.WriteAllText(sample.PathOf("notes.txt"), "work in progress\n");
        Git(sample, "add", "notes.txt");

        var result = sample.Run("fix", "--stage", "format", "--commit");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var log = Lines(Git(sample, "log", "--format=%H %s"));
        Assert.That(log, Has.Length.EqualTo(3), string.Join('\n', log));
        Assert.That(log[1], Does.EndWith(" Groundwork Format: format the C# sources"));
        Assert.That(log[0], Does.Contain(" Groundwork: git blame skips the stage commit"));
        var format = log[1].Split(' ')[0];

        Assert.That(
            FilesOf(sample, format),
            // --stage runs Format on every project, Quiet too, whatever its properties say.
            Is.EqualTo(
                new[]
                {
                    "App/Program.cs",
                    "Lib/Legacy/OldApi.cs",
                    "Lib/Library.cs",
                    "Quiet/Untouched.cs",
                }
            )
        );
        Assert.That(FilesOf(sample, "HEAD"), Is.EqualTo(new[] { ".git-blame-ignore-revs" }));
        var message = Git(sample, "show", "--no-patch", "--format=%B", format);
        Assert.That(message, Does.Contain("Layout only"));
        Assert.That(message, Does.Contain("4 files in 3 projects."));
        Assert.That(message, Does.Contain($"Made by dotnet-groundwork "));
        Assert.That(message, Does.Contain("dotnet groundwork fix --stage format --commit"));

        var ignored = File.ReadAllLines(sample.PathOf(".git-blame-ignore-revs"));
        Assert.That(ignored, Has.Length.EqualTo(2));
        Assert.That(ignored[0], Does.StartWith("# Groundwork Format: format the C# sources"));
        Assert.That(ignored[1], Is.EqualTo(format));

        // Nothing left uncommitted but the user's own staged change.
        Assert.That(
            Lines(Git(sample, "status", "--porcelain")),
            Is.EqualTo(new[] { "A  notes.txt" })
        );

        // "public static class Library {" became two lines: blame sees through the format commit to Initial.
        var blamed = Git(sample, "blame", "-l", "-L", "3,3", "Lib/Library.cs");
        var seenThrough = Git(
            sample,
            "blame",
            "-l",
            "--ignore-revs-file",
            ".git-blame-ignore-revs",
            "-L",
            "3,3",
            "Lib/Library.cs"
        );
        Assert.That(blamed, Does.StartWith(format));
        Assert.That(seenThrough, Does.StartWith(initial).Or.StartWith("^" + initial[..39]));
    }

    [Test]
    public void Several_stages_make_one_commit_each_in_stage_order()
    {
        using var sample = Repository();

        var result = sample.Run("fix", "Lib/Lib.csproj", "--stage", "usings,format", "--commit");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var log = Lines(Git(sample, "log", "--format=%H %s"));
        Assert.That(log, Has.Length.EqualTo(4), string.Join('\n', log));
        var (usings, format) = (log[1].Split(' ')[0], log[2].Split(' ')[0]);
        Assert.That(log[2], Does.EndWith("Groundwork Format: format the C# sources"));
        Assert.That(log[1], Does.EndWith("Groundwork Usings: order the using directives"));
        Assert.That(
            FilesOf(sample, format),
            Is.EqualTo(new[] { "Lib/Legacy/OldApi.cs", "Lib/Library.cs" })
        );
        Assert.That(FilesOf(sample, usings), Is.EqualTo(new[] { "Lib/Ordering.cs" }));
        // The format commit left the usings' order alone; the usings commit changed only their order.
        Assert.That(
            Git(sample, "show", $"{format}:Lib/Ordering.cs"),
            Does.StartWith("using System.Text;\nusing System;")
        );
        Assert.That(
            Git(sample, "show", $"{usings}:Lib/Ordering.cs"),
            Does.StartWith("using System;\nusing System.Text;")
        );
        Assert.That(
            File.ReadAllLines(sample.PathOf(".git-blame-ignore-revs"))
                .Where(l => !l.StartsWith('#')),
            Is.EqualTo(new[] { format, usings })
        );
    }

    [Test]
    public void Fix_commit_refuses_to_start_when_a_file_it_would_touch_has_uncommitted_changes()
    {
        using var sample = Repository();
        File.AppendAllText(sample.PathOf("Lib/Library.cs"), "// mine\n");
        var library = sample.Read("Lib/Library.cs");
        var program = sample.Read("App/Program.cs");

        var result = sample.Run("fix", "--stage", "format", "--commit");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(
            result.Error,
            Does.Contain(
                "--commit commits each stage's changes alone, but a file it would touch has uncommitted changes: Lib/Library.cs. Commit or stash it first; nothing was changed."
            )
        );
        Assert.That(sample.Read("Lib/Library.cs"), Is.EqualTo(library));
        Assert.That(sample.Read("App/Program.cs"), Is.EqualTo(program));
        Assert.That(Lines(Git(sample, "log", "--format=%H")), Has.Length.EqualTo(1));
    }

    [Test]
    public void Fix_commit_outside_a_git_repository_is_a_usage_error()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var program = sample.Read("App/Program.cs");

        var result = sample.Run(
            new Dictionary<string, string?> { ["GIT_CEILING_DIRECTORIES"] = Path.GetTempPath() },
            "fix",
            "--commit"
        );

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(
            result.Error,
            Does.Contain($"--commit needs a git repository, and '{sample.Directory}' is not in one")
        );
        Assert.That(sample.Read("App/Program.cs"), Is.EqualTo(program));
    }

    [Test]
    public void Fix_commit_without_git_on_the_path_says_so()
    {
        using var sample = Repository();
        // Only the folder of the dotnet host that runs the tool: no git there.
        var dotnet = Path.GetDirectoryName(
            Environment.ProcessPath is { } host
            && Path.GetFileNameWithoutExtension(host) == "dotnet"
                ? host
                : Path.Combine(
                    Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? "/usr/share/dotnet",
                    "dotnet"
                )
        )!;
        Assume.That(File.Exists(Path.Combine(dotnet, "git")), Is.False);

        var result = sample.Run(
            new Dictionary<string, string?> { ["PATH"] = dotnet },
            "fix",
            "--commit"
        );

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("--commit needs the git command line"));
    }

    [Test]
    public void Commit_is_not_an_option_of_verify_and_does_not_go_with_diff()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var verify = sample.Run("verify", "--commit");
        var diff = sample.Run("fix", "--commit", "--diff");

        Assert.That(verify.ExitCode, Is.EqualTo(2), verify.ToString());
        Assert.That(diff.ExitCode, Is.EqualTo(2), diff.ToString());
        Assert.That(diff.Error, Does.Contain("--diff writes nothing"));
    }
}
