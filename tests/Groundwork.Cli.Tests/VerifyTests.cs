namespace Groundwork.Cli.Tests;

/// <summary>dotnet groundwork verify over the CliSolution sample: check mode, exit codes, nothing written.</summary>
public class VerifyTests
{
    private const string NotFormatted = "error GW1001:";

    [Test]
    public void Verify_reports_the_enabled_stages_findings_with_exit_code_1_and_writes_nothing()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var before = sample.Snapshot();

        var result = sample.Run("verify");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("App/Program.cs")}(7,1): {NotFormatted}")
        );
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Lib/Library.cs")}(3,1): {NotFormatted}")
        );
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Lib/Ordering.cs")}(1,1): error GW2001:")
        );
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Lib/Unneeded.cs")}(1,1): error GW3001:")
                .And.Contain($"{sample.PathOf("Lib/Unneeded.cs")}(2,1): error GW3001:")
        );
        Assert.That(result.Output, Does.Not.Contain("Tidy.cs("), "a formatted file");
        Assert.That(result.Output, Does.Not.Contain("VendoredParser.cs"), "GroundworkExclude");
        Assert.That(result.Output, Does.Not.Contain("Untouched.cs"), "a project with no stage on");
        Assert.That(
            sample.Snapshot(),
            Is.EquivalentTo(before)
                .Using<KeyValuePair<string, (byte[], DateTime)>>(
                    (a, b) => a.Key == b.Key && SampleCopy.SameFile(a.Value, b.Value)
                )
        );
    }

    [Test]
    public void Verify_sees_the_compile_items_of_every_target_framework()
    {
        using var sample = SampleCopy.Of("CliSolution");

        // Legacy/ compiles only for net8.0: an evaluation without a target framework would not list it.
        var result = sample.Run("verify", "Lib/Lib.csproj");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Lib/Legacy/OldApi.cs")}(5,1): {NotFormatted}")
        );
        Assert.That(result.Output, Does.Contain("Lib (net10.0, net8.0)"));
    }

    [Test]
    public void Verify_prints_a_summary_table_with_one_row_per_project_and_one_column_per_stage()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify");

        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Project ", StringComparison.Ordinal));
        Assert.That(header, Is.Not.Negative, result.ToString());
        Assert.That(lines[header], Does.Match(@"^Project\s+Format\s+Usings\s+DeadCode$"));
        Assert.That(lines[header + 2], Does.Match(@"^App\s+2 files, 1 finding\s+-\s+-$"));
        Assert.That(
            lines[header + 3],
            Does.Match(@"^Lib\s+4 files, 2 findings\s+4 files, 1 finding\s+4 files, 2 findings$")
        );
        Assert.That(lines[header + 4], Does.Match(@"^Quiet\s+-\s+-\s+-$"));
        Assert.That(
            result.Output,
            Does.Contain("Groundwork verify: 6 findings in 5 files (3 projects).")
        );
    }

    [Test]
    public void A_clean_project_gives_exit_code_0()
    {
        using var sample = SampleCopy.Of("CliSolution");
        File.Delete(sample.PathOf("App/Program.cs"));

        var result = sample.Run("verify", "App");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Groundwork verify: clean (1 project)."));
    }

    [Test]
    public void NoWarn_suppresses_a_code_as_in_the_build()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace("</PropertyGroup>", "<NoWarn>$(NoWarn);GW1001</NoWarn></PropertyGroup>")
        );

        var result = sample.Run("verify", "App");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("GW1001"));
    }

    [Test]
    public void An_invalid_stage_property_is_reported_as_GW0005()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace("<GroundworkFormat>check<", "<GroundworkFormat>maybe<")
        );

        var result = sample.Run("verify", "App");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{project}: error GW0005: The property GroundworkFormat has the value 'maybe'."
            )
        );
    }

    [Test]
    public void An_unknown_deadcode_rule_in_the_project_is_reported_as_GW0005()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("Lib/Lib.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "<GroundworkDeadCode>check</GroundworkDeadCode>",
                    "<GroundworkDeadCode>check</GroundworkDeadCode><GroundworkDeadCodeRules>usings,field</GroundworkDeadCodeRules>"
                )
        );

        var result = sample.Run("verify", "Lib", "--stage", "deadcode");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{project}: error GW0005: The property GroundworkDeadCodeRules has the value 'usings,field': 'field' is not a DeadCode rule."
            )
        );
    }

    [Test]
    public void The_check_severity_property_makes_findings_warnings_but_still_exit_1()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "</PropertyGroup>",
                    "<GroundworkCheckSeverity>warning</GroundworkCheckSeverity></PropertyGroup>"
                )
        );

        var result = sample.Run("verify", "App");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("Program.cs(7,1): warning GW1001:"));
    }

    [Test]
    public void Quiet_verbosity_prints_the_findings_and_nothing_else()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify", "-v", "q");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(6), result.ToString());
        Assert.That(lines, Has.All.Match(" error GW(1001|2001|3001): "));
    }

    [Test]
    public void Redirected_output_shows_progress_as_plain_lines_and_detailed_adds_the_settings()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var normal = sample.Run("verify");
        var detailed = sample.Run("verify", "--verbosity", "detailed");

        Assert.That(normal.Output, Does.Not.Contain("\r"));
        Assert.That(
            normal.Output,
            Does.Contain("Loaded 2/3: Lib (net10.0, net8.0), 4 source files\n")
        );
        Assert.That(normal.Output, Does.Contain("[1/3] App: Format: 2 files, 1 finding\n"));
        Assert.That(normal.Output, Does.Not.Contain("GroundworkFormat='check'"));
        Assert.That(
            detailed.Output,
            Does.Contain(
                "App: GroundworkFormat='check', GroundworkUsings='', GroundworkDeadCode=''"
            )
        );
    }

    [Test]
    public void A_project_with_GroundworkSkip_runs_no_stage_even_when_one_is_asked_for()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "</PropertyGroup>",
                    "<GroundworkSkip>true</GroundworkSkip></PropertyGroup>"
                )
        );

        var result = sample.Run("verify", "App", "--stage", "format");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("GW1001"));
    }

    [Test]
    public void A_report_that_cannot_be_written_is_a_usage_error()
    {
        using var sample = SampleCopy.Of("CliSolution");
        Directory.CreateDirectory(sample.PathOf("taken.json"));

        var result = sample.Run("verify", "--report", "taken.json");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("error: Cannot write the report 'taken.json':"));
    }

    [Test]
    public void Informational_findings_are_shown_but_neither_counted_nor_failing()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var shared = sample.PathOf("Quiet/Shared.cs");
        File.WriteAllText(
            shared,
            "using System.Text; using System;\n\nnamespace Quiet;\n\npublic class Shared\n{\n    public string S => new StringBuilder().Append(Environment.NewLine).ToString();\n}\n"
        );

        var normal = sample.Run("verify", "Quiet", "--stage", "usings");
        var quiet = sample.Run("verify", "Quiet", "--stage", "usings", "-v", "quiet");

        Assert.That(normal.ExitCode, Is.Zero, normal.ToString());
        Assert.That(normal.Output, Does.Contain($"{shared}(1,1): info GW2002:"));
        Assert.That(normal.Output, Does.Match(@"Quiet\s+2 files, 0 findings"));
        Assert.That(normal.Output, Does.Contain("Groundwork verify: clean (1 project)."));
        Assert.That(quiet.ExitCode, Is.Zero, quiet.ToString());
        Assert.That(quiet.Output, Is.Empty);
    }
}
