namespace Groundwork.Cli.Tests;

/// <summary>--diff: the unified diff of each change, nothing written; the diff applies to give the fix.</summary>
public class DiffTests
{
    [Test]
    public void Diff_prints_a_unified_diff_and_writes_nothing()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var before = sample.Snapshot();

        var result = sample.Run("fix", "Lib", "--diff");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                """
                --- a/Lib/Library.cs
                +++ b/Lib/Library.cs
                @@ -1,5 +1,6 @@
                 namespace Lib;
                 
                -public static class Library {
                -    public static string Describe( int value ) => value.ToString();
                +public static class Library
                +{
                +    public static string Describe(int value) => value.ToString();
                 }

                """.Replace("\r\n", "\n")
            ),
            result.ToString()
        );
        Assert.That(result.Output, Does.Not.Contain("GW1001"), "only diffs on standard output");
        Assert.That(result.Error, Does.Contain("Lib/Library.cs(3,1): error GW1001:"));
        Assert.That(
            result.Error,
            Does.Contain("Groundwork fix: 5 findings in 4 files (1 project).")
        );
        foreach (var (file, state) in before)
            Assert.That(SampleCopy.SameFile(state, sample.Snapshot()[file]), Is.True, file);
    }

    [Test]
    public void The_standard_output_of_diff_is_a_patch_that_git_applies_to_give_what_fix_writes()
    {
        using var sample = SampleCopy.Of("CliSolution");
        using var fixedCopy = SampleCopy.Of("CliSolution");

        var diff = sample.Run("verify", "--diff");
        var patch = Path.Combine(sample.Directory, "..", "format.patch");
        File.WriteAllText(patch, diff.Output);
        var apply = Tool.Process(
            sample.Directory,
            new Dictionary<string, string?>(),
            "git",
            "apply",
            "--unsafe-paths",
            patch
        );
        var fix = fixedCopy.Run("fix");

        Assert.That(apply.ExitCode, Is.Zero, apply.ToString() + "\n" + File.ReadAllText(patch));
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        foreach (
            var file in new[]
            {
                "App/Program.cs",
                "Lib/Library.cs",
                "Lib/Legacy/OldApi.cs",
                "Lib/Ordering.cs",
            }
        )
            Assert.That(sample.Read(file), Is.EqualTo(fixedCopy.Read(file)), file);
    }

    [Test]
    public void Diff_shows_the_using_directives_the_DeadCode_stage_would_remove()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var before = sample.Read("Lib/Unneeded.cs");

        var result = sample.Run("verify", "Lib", "--stage", "deadcode", "--diff");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Is.EqualTo(
                "--- a/Lib/Unneeded.cs\n+++ b/Lib/Unneeded.cs\n@@ -1,6 +1,3 @@\n"
                    + "-using System.Collections.Generic;\n-using System.Linq;\n-\n"
                    + " namespace Lib;\n \n public static class Unneeded\n"
            ),
            result.ToString()
        );
        Assert.That(sample.Read("Lib/Unneeded.cs"), Is.EqualTo(before));
    }

    /// <summary>A file that Format, Usings and DeadCode all change, in a project that turns no stage on.</summary>
    private const string EveryStageChanges =
        "using System.Text;\nusing System;\nusing System.Collections.Generic;\nnamespace Quiet;\npublic class All { public string S => new StringBuilder().Append(Environment.NewLine).ToString(); }\n";

    [Test]
    public void With_all_stages_the_diff_is_one_patch_per_file_from_the_original_to_the_final_text()
    {
        using var sample = SampleCopy.Of("CliSolution");
        using var fixedCopy = SampleCopy.Of("CliSolution");
        File.WriteAllText(sample.PathOf("Quiet/All.cs"), EveryStageChanges);
        File.WriteAllText(fixedCopy.PathOf("Quiet/All.cs"), EveryStageChanges);

        var diff = sample.Run("verify", "Quiet", "--all-stages", "--diff");
        var patch = Path.Combine(sample.Directory, "..", "all-stages.patch");
        File.WriteAllText(patch, diff.Output);
        var check = Tool.Process(
            sample.Directory,
            new Dictionary<string, string?>(),
            "git",
            "apply",
            "--check",
            "--unsafe-paths",
            patch
        );
        var apply = Tool.Process(
            sample.Directory,
            new Dictionary<string, string?>(),
            "git",
            "apply",
            "--unsafe-paths",
            patch
        );
        var fix = fixedCopy.Run("fix", "Quiet", "--all-stages");

        Assert.That(diff.ExitCode, Is.EqualTo(1), diff.ToString());
        Assert.That(
            diff.Output.Split('\n').Count(l => l == "--- a/Quiet/All.cs"),
            Is.EqualTo(1),
            "one diff for the file, not one per stage: " + diff.Output
        );
        Assert.That(check.ExitCode, Is.Zero, check + "\n" + diff.Output);
        Assert.That(apply.ExitCode, Is.Zero, apply.ToString());
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        var expected = fixedCopy.Read("Quiet/All.cs");
        Assert.That(
            expected,
            Does.StartWith("using System;\nusing System.Text;\n\nnamespace Quiet;")
        );
        Assert.That(expected, Does.Not.Contain("Collections"), "DeadCode removed the unused using");
        Assert.That(sample.Read("Quiet/All.cs"), Is.EqualTo(expected));
    }
}
