namespace Groundwork.Cli.Tests;

/// <summary>
/// dotnet groundwork baseline: verify then reports only new findings; the baseline survives unrelated edits,
/// and it is a ratchet (fixed findings fail verify until baseline --prune removes them; prune adds nothing).
/// </summary>
public class BaselineTests
{
    private const string File = ".groundwork-baseline.json";

    private static SampleCopy Repository()
    {
        var sample = SampleCopy.Of("CliSolution");
        // The baseline lives at the top of the git repository: a .git folder marks it.
        Directory.CreateDirectory(sample.PathOf(".git"));
        return sample;
    }

    [Test]
    public void Baseline_accepts_todays_findings_and_verify_reports_only_new_ones()
    {
        using var sample = Repository();

        var write = sample.Run("baseline");
        var verify = sample.Run("verify");
        // Unrelated edits: a line above the flagged usings, and a change elsewhere in the file.
        System.IO.File.WriteAllText(
            sample.PathOf("Lib/Unneeded.cs"),
            "// A comment that moves every line down.\n"
                + sample.Read("Lib/Unneeded.cs").Replace("values.Length", "values.Length + 0")
        );
        var edited = sample.Run("verify");
        // A new finding of the same rule in the same file.
        System.IO.File.WriteAllText(
            sample.PathOf("Lib/Unneeded.cs"),
            "using System.IO;\n" + sample.Read("Lib/Unneeded.cs")
        );
        var added = sample.Run("verify");

        Assert.That(write.ExitCode, Is.Zero, write.ToString());
        Assert.That(write.Output, Does.Contain($"Wrote 6 findings to {sample.PathOf(File)}."));
        var baseline = sample.Read(File);
        Assert.That(
            baseline,
            Does.Contain("\"rule\": \"GW3001\",\n      \"file\": \"Lib/Unneeded.cs\",")
        );
        Assert.That(
            baseline,
            Does.Not.Contain("\"line\""),
            "keyed by the line's text, not its number"
        );
        Assert.That(verify.ExitCode, Is.Zero, verify.ToString());
        Assert.That(verify.Output, Does.Contain("6 findings accepted by the baseline"));
        Assert.That(edited.ExitCode, Is.Zero, edited.ToString());
        Assert.That(added.ExitCode, Is.EqualTo(1), added.ToString());
        Assert.That(
            added.Output,
            Does.Contain("error GW3001: The using directive 'using System.IO;'")
        );
        Assert.That(added.Output, Does.Not.Contain("'using System.Linq;'"));
    }

    [Test]
    public void A_fixed_finding_fails_verify_until_prune_removes_it_and_prune_adds_nothing()
    {
        using var sample = Repository();
        sample.Run("baseline");
        var before = sample.Read(File);

        var fix = sample.Run("fix", "Lib/Lib.csproj", "--stage", "format");
        var verify = sample.Run("verify");
        // A new finding: prune must not accept it.
        System.IO.File.WriteAllText(
            sample.PathOf("Lib/Unneeded.cs"),
            "using System.IO;\n" + sample.Read("Lib/Unneeded.cs")
        );
        var prune = sample.Run("baseline", "--prune");
        var after = sample.Read(File);
        var verifyAfter = sample.Run("verify");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.ToString());
        Assert.That(
            verify.Output,
            Does.Contain(
                $"{sample.PathOf(File)}: error GW0009: The baseline accepts a GW1001 finding in Lib/Library.cs that is fixed; run 'dotnet groundwork baseline --prune'"
            )
        );
        Assert.That(verify.Output, Does.Contain("GW1001 finding in Lib/Legacy/OldApi.cs"));
        Assert.That(prune.ExitCode, Is.Zero, prune.ToString());
        Assert.That(prune.Output, Does.Contain("Pruned 2 fixed findings"));
        Assert.That(before, Does.Contain("Lib/Library.cs"));
        Assert.That(after, Does.Not.Contain("Lib/Library.cs"));
        Assert.That(after, Does.Contain("App/Program.cs"), "not fixed: kept");
        Assert.That(after.Split("\"rule\"").Length - 1, Is.EqualTo(4));
        Assert.That(verifyAfter.ExitCode, Is.EqualTo(1), verifyAfter.ToString());
        Assert.That(verifyAfter.Output, Does.Contain("'using System.IO;'"));
        Assert.That(verifyAfter.Output, Does.Not.Contain("GW0009"));
    }

    [Test]
    public void A_run_over_part_of_the_solution_does_not_call_the_rest_of_the_baseline_fixed()
    {
        using var sample = Repository();
        sample.Run("baseline");

        var result = sample.Run("verify", "App/App.csproj");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("GW0009"));
    }

    [Test]
    public void Prune_without_a_baseline_is_a_usage_error()
    {
        using var sample = Repository();

        var result = sample.Run("baseline", "--prune");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("There is no baseline to prune"));
    }
}
