namespace Groundwork.Cli.Tests;

/// <summary>Which projects, stages and files run: PATH forms, --stage, --include/--exclude, --changed-since.</summary>
public class SelectionTests
{
    private static List<string> Findings(ToolResult result) =>
        [
            .. result
                .Output.Split('\n')
                .Where(l => l.Contains(" GW1001: "))
                .Select(l => l[..l.IndexOf('(')]),
        ];

    [Test]
    public void A_slnx_solution_is_loaded_like_a_sln()
    {
        using var sample = SampleCopy.Of("CliSolution");
        File.Delete(sample.PathOf("CliSolution.sln"));
        File.WriteAllText(
            sample.PathOf("CliSolution.slnx"),
            """
            <Solution>
              <Project Path="App/App.csproj" />
              <Project Path="Lib/Lib.csproj" />
            </Solution>
            """
        );

        var result = sample.Run("verify");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(Findings(result), Has.Count.EqualTo(3), result.ToString());
        Assert.That(result.Output, Does.Contain("(2 projects)"));
    }

    [Test]
    public void All_stages_runs_every_available_stage_on_every_project()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify", "--all-stages");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(Findings(result), Does.Contain(sample.PathOf("Quiet/Untouched.cs")));
        Assert.That(Findings(result), Has.Count.EqualTo(4));
    }

    [Test]
    public void Include_and_exclude_globs_narrow_the_files_relative_to_the_solution_folder()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var included = sample.Run("verify", "--include", "Lib/**/*.cs");
        var folder = sample.Run("verify", "--include", "Lib", "--exclude", "**/Legacy/**");
        var excluded = sample.Run("verify", "--exclude", "App/*.cs");

        Assert.That(
            Findings(included),
            Is.EquivalentTo(
                new[] { sample.PathOf("Lib/Library.cs"), sample.PathOf("Lib/Legacy/OldApi.cs") }
            )
        );
        Assert.That(Findings(folder), Is.EqualTo(new[] { sample.PathOf("Lib/Library.cs") }));
        Assert.That(Findings(excluded), Has.Count.EqualTo(2));
        Assert.That(Findings(excluded), Does.Not.Contain(sample.PathOf("App/Program.cs")));
    }

    [Test]
    public void Include_never_brings_in_a_file_the_project_excludes()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify", "--include", "App/VendoredParser.cs");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Match(@"App\s+0 files, 0 findings"));
    }

    [Test]
    public void Changed_since_looks_only_at_files_changed_since_the_ref_and_untracked_files()
    {
        using var sample = SampleCopy.Of("CliSolution");
        Git(sample, "init", "-q", "-b", "main");
        Git(sample, "add", "-A");
        Git(sample, "commit", "-q", "-m", "initial");
        Git(sample, "checkout", "-q", "-b", "feature");
        File.AppendAllText(sample.PathOf("Lib/Library.cs"), "\n// touched\n");
        File.WriteAllText(sample.PathOf("App/New.cs"), "namespace App;\npublic class New {   }\n");

        var result = sample.Run("verify", "--changed-since", "main");

        Assert.That(
            Findings(result),
            Is.EquivalentTo(new[] { sample.PathOf("Lib/Library.cs"), sample.PathOf("App/New.cs") }),
            result.ToString()
        );
        Assert.That(result.ExitCode, Is.EqualTo(1));

        var badRef = sample.Run("verify", "--changed-since", "no-such-branch");
        Assert.That(badRef.ExitCode, Is.EqualTo(2), badRef.ToString());
        Assert.That(
            badRef.Error,
            Does.Contain("error: --changed-since: 'git merge-base no-such-branch HEAD' failed")
        );
    }

    private static void Git(SampleCopy sample, params string[] arguments)
    {
        var result = Tool.Process(
            sample.Directory,
            new Dictionary<string, string?>
            {
                ["GIT_AUTHOR_NAME"] = "Test",
                ["GIT_AUTHOR_EMAIL"] = "test@example.com",
                ["GIT_COMMITTER_NAME"] = "Test",
                ["GIT_COMMITTER_EMAIL"] = "test@example.com",
            },
            "git",
            arguments
        );
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }
}
