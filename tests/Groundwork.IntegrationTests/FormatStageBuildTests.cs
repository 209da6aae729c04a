using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;

namespace Groundwork.IntegrationTests;

/// <summary>Real `dotnet build` runs of the samples with the packed Groundwork package.</summary>
public class FormatStageBuildTests
{
    private static string Expected(string path) =>
        new FormatRewriter(new CSharpierOptionsProvider())
            .Rewrite(path, File.ReadAllText(path), CancellationToken.None)
            .NewText
        ?? throw new AssertionException($"{path} was expected to need formatting");

    [Test]
    public void Check_reports_each_unformatted_file_at_its_first_different_line_and_writes_nothing()
    {
        var sample = SampleProject.Copy("Messy");
        var before = sample.Snapshot();

        var result = sample.Build("-p:GroundworkFormat=check");

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Program.cs")}(3,1): error GW1001:")
        );
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Shapes.cs")}(9,1): error GW1001:")
        );
        Assert.That(result.Output, Does.Not.Contain("Point.cs(").And.Not.Contain("Settings.g.cs("));
        Assert.That(
            sample.Snapshot(),
            Is.EquivalentTo(before).Using<KeyValuePair<string, (byte[], DateTime)>>(SameFile)
        );
    }

    // The YAML case also proves that YamlDotNet, packed next to the task, loads in MSBuild.
    [TestCase(".csharpierrc.json", "{\n  \"printWidth\": 70\n  \"useTabs\": true\n}\n", "(3,3)")]
    [TestCase(".csharpierrc.yaml", "printWidth: 70\nuseTabs: maybe\n", "(2,10)")]
    public void A_broken_csharpierrc_is_one_error_in_msbuilds_count_at_its_line_and_column(
        string name,
        string content,
        string position
    )
    {
        var sample = SampleProject.Copy("Messy");
        var config = sample.PathOf(name);
        File.WriteAllText(config, content);

        var result = sample.Build("-p:GroundworkFormat=check");

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        // MSBuild repeats each error in its summary; the count is what it makes of the message.
        Assert.That(result.Output, Does.Contain("1 Error(s)"), result.ToString());
        Assert.That(result.Output, Does.Contain($"{config}{position}: error GW0006:"));
    }

    [Test]
    public void Check_reports_only_the_findings_the_baseline_does_not_accept()
    {
        var sample = SampleProject.Copy("Messy");
        // As 'dotnet groundwork baseline' writes it, accepting Program.cs's finding and not Shapes.cs's.
        Baseline
            .Of(
                sample.Directory,
                [Findings.NotFormatted(sample.PathOf("Program.cs"), 3, FindingSeverity.Error)]
            )
            .Save(sample.PathOf(Baseline.FileName));

        var result = sample.Build("-p:GroundworkFormat=check");
        var elsewhere = sample.Build(
            "-p:GroundworkFormat=check",
            $"-p:GroundworkBaseline={sample.PathOf("none.json")}"
        );

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Shapes.cs")}(9,1): error GW1001:")
        );
        Assert.That(result.Output, Does.Not.Contain("Program.cs(3,1): error GW1001"));
        Assert.That(elsewhere.Output, Does.Contain("Program.cs(3,1): error GW1001"));
    }

    [Test]
    public void Check_findings_can_be_warnings_while_a_team_rolls_out()
    {
        var sample = SampleProject.Copy("Messy");

        var result = sample.Build(
            "-p:GroundworkFormat=check",
            "-p:GroundworkCheckSeverity=warning"
        );

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Program.cs(3,1): warning GW1001:"));
    }

    [Test]
    public void Fix_formats_what_needs_it_and_a_second_build_changes_nothing()
    {
        var sample = SampleProject.Copy("Messy");
        var expectedProgram = Expected(sample.PathOf("Program.cs"));
        var expectedShapes = Expected(sample.PathOf("Shapes.cs"));
        var before = sample.Snapshot();

        // At the default verbosity: a fix that changed files says so to whoever runs the build.
        var first = sample.Build("-p:GroundworkFormat=fix");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(first.Output, Does.Contain("Groundwork Format: changed 2 of 3 files."));
        Assert.That(File.ReadAllText(sample.PathOf("Program.cs")), Is.EqualTo(expectedProgram));
        Assert.That(File.ReadAllText(sample.PathOf("Shapes.cs")), Is.EqualTo(expectedShapes));
        foreach (var untouched in new[] { "Geometry/Point.cs", "Settings.g.cs" })
            Assert.That(
                SameFile(
                    before[sample.PathOf(untouched)],
                    sample.Snapshot()[sample.PathOf(untouched)]
                ),
                Is.True,
                untouched
            );

        var afterFirst = sample.Snapshot();
        // The fix stamped the stage after its writes: the next build skips it.
        var second = sample.Build("-p:GroundworkFormat=fix", "-v:d");

        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(
            second.Output,
            Does.Contain(
                "Skipping target \"GroundworkFormat\" because all output files are up-to-date"
            )
        );
        Assert.That(
            sample.Snapshot(),
            Is.EquivalentTo(afterFirst).Using<KeyValuePair<string, (byte[], DateTime)>>(SameFile)
        );
    }

    [Test]
    public void A_multi_targeting_project_is_formatted_once_with_the_files_of_every_framework()
    {
        var sample = SampleProject.Copy("MultiTarget");

        var result = sample.Build("-p:GroundworkFormat=fix", "-v:n");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var summaries = Regex.Matches(
            result.Output,
            @"Groundwork Format: changed (\d+) of (\d+) files\."
        );
        Assert.That(summaries, Has.Count.EqualTo(1), result.Output);
        Assert.That(
            summaries[0].Groups[1].Value,
            Is.EqualTo("2"),
            "Library.cs and the net10.0-only file"
        );
        Assert.That(
            File.ReadAllText(sample.PathOf("Net10Only.cs")),
            Does.Contain("public static int Answer()\n    {\n        return 42;\n    }")
        );

        var inner = sample.Build("-p:GroundworkFormat=check", "-f", "net8.0");
        Assert.That(
            inner.ExitCode,
            Is.Zero,
            "an inner build on its own still runs the stage, and finds nothing: " + inner
        );
    }

    [Test]
    public void An_invalid_stage_value_fails_the_build_with_a_clear_message()
    {
        var sample = SampleProject.Copy("Messy");

        var result = sample.Build("-p:GroundworkFormat=yes");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(
            result.Output,
            Does.Contain(
                "error GW0005: The property GroundworkFormat has the value 'yes'. Allowed values: off, check, fix, true"
            )
        );
    }

    [Test]
    [UnsupportedOSPlatform("windows")] // file modes are a Unix notion
    public void A_read_only_file_is_an_error_naming_it_and_the_other_files_are_still_formatted()
    {
        var sample = SampleProject.Copy("Messy");
        var program = sample.PathOf("Program.cs");
        var original = File.ReadAllText(program);
        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var result = sample.Build("-p:GroundworkFormat=fix");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(
            result.Output,
            Does.Contain($"{program} : error GW0003:").And.Contain("read-only")
        );
        Assert.That(File.ReadAllText(program), Is.EqualTo(original));
        Assert.That(
            File.ReadAllText(sample.PathOf("Shapes.cs")),
            Does.Contain("public enum ShapeKind\n    {")
        );
    }

    [TestCase("true", StageExpectation.Check)]
    [TestCase("false", StageExpectation.Fix)]
    public void True_means_check_in_CI_and_fix_on_a_developer_machine(
        string ci,
        StageExpectation expected
    )
    {
        var sample = SampleProject.Copy("Messy");
        var before = File.ReadAllText(sample.PathOf("Program.cs"));

        var result = sample.Build(
            new Dictionary<string, string?> { ["CI"] = ci },
            "-p:GroundworkFormat=true"
        );

        if (expected == StageExpectation.Check)
        {
            Assert.That(result.Output, Does.Contain("error GW1001"));
            Assert.That(File.ReadAllText(sample.PathOf("Program.cs")), Is.EqualTo(before));
        }
        else
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(File.ReadAllText(sample.PathOf("Program.cs")), Is.Not.EqualTo(before));
        }
    }

    public enum StageExpectation
    {
        Check,
        Fix,
    }

    [Test]
    public void Excluded_files_are_left_out_and_the_stage_is_off_by_default()
    {
        var sample = SampleProject.Copy(
            "Messy",
            "<ItemGroup><GroundworkExclude Include=\"Shapes.cs\" /></ItemGroup>"
        );

        var off = sample.Build();
        Assert.That(off.ExitCode, Is.Zero, "the package alone changes nothing: " + off);
        Assert.That(off.Output, Does.Not.Contain("GW1001"));

        var check = sample.Build("-p:GroundworkFormat=check");
        Assert.That(check.Output, Does.Contain("Program.cs(3,1): error GW1001"));
        Assert.That(check.Output, Does.Not.Contain("Shapes.cs("));
    }

    private static bool SameFile(
        KeyValuePair<string, (byte[] Bytes, DateTime Written)> a,
        KeyValuePair<string, (byte[] Bytes, DateTime Written)> b
    ) => a.Key == b.Key && SameFile(a.Value, b.Value);

    private static bool SameFile(
        (byte[] Bytes, DateTime Written) a,
        (byte[] Bytes, DateTime Written) b
    ) => a.Bytes.AsSpan().SequenceEqual(b.Bytes) && a.Written == b.Written;
}
