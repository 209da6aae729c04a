using System.Text.RegularExpressions;

namespace Groundwork.IntegrationTests;

/// <summary>
/// A no-op build skips the stage targets without loading the tasks, a check that found something runs again,
/// and what a stage depends on (sources, .editorconfig, its mode) makes it run again without recompiling.
/// </summary>
public class IncrementalBuildTests
{
    private static readonly string[] Stages = ["Format", "Usings", "DeadCode"];

    private static string Skipped(string stage) =>
        $"Skipping target \"Groundwork{stage}\" because all output files are up-to-date";

    private static readonly Regex TaskLoaded = new(@"Using ""Run\w+Stage"" task from assembly");

    private static string[] All(string mode) =>
        [.. Stages.Select(stage => $"-p:Groundwork{stage}={mode}")];

    [Test]
    public void A_no_op_build_of_a_multi_targeting_project_skips_every_stage_and_a_mode_change_does_not_recompile()
    {
        var sample = SampleProject.Copy("MultiTarget");
        var fix = sample.Build(All("fix"));
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());

        // fix -> check on the command line: each stage runs (its settings changed), the compiler does not.
        var check = sample.Build([.. All("check"), "-v:d"]);

        Assert.That(check.ExitCode, Is.Zero, check.ToString());
        foreach (var stage in Stages)
        {
            Assert.That(check.Output, Does.Not.Contain(Skipped(stage)), stage);
            Assert.That(check.Output, Does.Contain($"Groundwork {stage}: 0 of"), stage);
        }
        Assert.That(check.Output, Does.Not.Contain("Building target \"CoreCompile\""));
        Assert.That(
            Regex.Matches(
                check.Output,
                "Skipping target \"CoreCompile\" because all output files are up-to-date"
            ),
            Has.Count.EqualTo(2),
            "one CoreCompile per target framework, both skipped"
        );

        var noOp = sample.Build([.. All("check"), "-v:d"]);

        Assert.That(noOp.ExitCode, Is.Zero, noOp.ToString());
        foreach (var stage in Stages)
        {
            Assert.That(noOp.Output, Does.Contain(Skipped(stage)), stage);
            Assert.That(noOp.Output, Does.Not.Contain($"Groundwork {stage}:"), stage);
        }
        Assert.That(TaskLoaded.IsMatch(noOp.Output), Is.False, "the task assembly is not loaded");
        Assert.That(
            noOp.Output,
            Does.Not.Contain("Target \"_GroundworkCollectCompilationInputs\""),
            "a skipped DeadCode stage does not gather the compiler's inputs"
        );
    }

    [Test]
    public void A_check_that_found_something_runs_again_on_the_next_build_as_an_error_or_as_a_warning()
    {
        var sample = SampleProject.Copy("Messy");
        var program = $"{sample.PathOf("Program.cs")}(3,1)";

        foreach (var build in new[] { 1, 2 })
        {
            var result = sample.Build("-p:GroundworkFormat=check");
            Assert.That(result.ExitCode, Is.Not.Zero, $"build {build}: {result}");
            Assert.That(result.Output, Does.Contain($"{program}: error GW1001:"), $"build {build}");
        }
        foreach (var build in new[] { 3, 4 })
        {
            var result = sample.Build(
                "-p:GroundworkFormat=check",
                "-p:GroundworkCheckSeverity=warning"
            );
            Assert.That(result.ExitCode, Is.Zero, $"build {build}: {result}");
            Assert.That(
                result.Output,
                Does.Contain($"{program}: warning GW1001:"),
                $"build {build}"
            );
        }
    }

    [Test]
    public void Editing_a_source_file_or_adding_an_editorconfig_runs_the_stage_again()
    {
        var sample = SampleProject.Copy("Messy");
        string[] format = ["-t:Groundwork", "-p:GroundworkFormat=fix", "-v:d"];

        var fix = sample.Build(format);
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(fix.Output, Does.Contain("Groundwork Format: changed 2 of 3 files."));

        var noOp = sample.Build(format);
        Assert.That(noOp.Output, Does.Contain(Skipped("Format")), noOp.ToString());

        File.SetLastWriteTimeUtc(sample.PathOf("Shapes.cs"), DateTime.UtcNow);
        var edited = sample.Build(format);
        Assert.That(
            edited.Output,
            Does.Contain("Groundwork Format: changed 0 of 3 files."),
            edited.ToString()
        );

        File.WriteAllText(sample.PathOf("Geometry/.editorconfig"), "[*.md]\nindent_size = 2\n");
        var configured = sample.Build(format);
        Assert.That(
            configured.Output,
            Does.Contain("Groundwork Format: changed 0 of 3 files."),
            configured.ToString()
        );
        Assert.That(configured.ExitCode, Is.Zero, configured.ToString());
    }

    [Test]
    public void A_csharpierignore_leaves_a_file_out_of_Format_and_a_change_to_it_runs_the_stage_again()
    {
        var sample = SampleProject.Copy("Messy");
        var shapes = File.ReadAllBytes(sample.PathOf("Shapes.cs"));
        File.WriteAllText(sample.PathOf(".csharpierignore"), "# hand-formatted\nShapes.cs\n");
        string[] format = ["-t:Groundwork", "-p:GroundworkFormat=fix", "-v:d"];

        var fix = sample.Build(format);
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(fix.Output, Does.Contain("Groundwork Format: changed 1 of 3 files."));
        Assert.That(File.ReadAllBytes(sample.PathOf("Shapes.cs")), Is.EqualTo(shapes));

        var noOp = sample.Build(format);
        Assert.That(noOp.Output, Does.Contain(Skipped("Format")), noOp.ToString());

        File.WriteAllText(sample.PathOf(".csharpierignore"), "# hand-formatted\n");
        var unignored = sample.Build(format);
        Assert.That(unignored.ExitCode, Is.Zero, unignored.ToString());
        Assert.That(
            unignored.Output,
            Does.Contain("Groundwork Format: changed 1 of 3 files."),
            unignored.ToString()
        );
        Assert.That(File.ReadAllBytes(sample.PathOf("Shapes.cs")), Is.Not.EqualTo(shapes));
    }
}
