namespace Groundwork.Cli.Tests;

/// <summary>dotnet groundwork plan: what each stage that is not on yet would change, as a table and Markdown.</summary>
public class PlanTests
{
    [Test]
    public void Plan_lists_each_stage_not_yet_on_with_files_lines_findings_and_risk_and_writes_no_source()
    {
        using var sample = SampleCopy.Of("CliSolution");
        // App turns on Format only: Usings would order these, then DeadCode would remove both (and the blank line).
        File.WriteAllText(
            sample.PathOf("App/Extra.cs"),
            """
            using System.Text;
            using System.Linq;

            namespace App;

            public static class Extra
            {
                public static int Two() => 2;
            }

            """
        );
        var before = sample.Snapshot();

        var result = sample.Run("plan", "--report", "plan.md");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Project ", StringComparison.Ordinal));
        Assert.That(header, Is.Not.Negative, result.ToString());
        Assert.That(
            lines[header],
            Does.Match(@"^Project\s+Stage\s+Files\s+Lines\s+Findings\s+Risk$")
        );
        Assert.That(
            lines.Skip(header + 2).Take(5),
            Has.Exactly(1)
                .Match(@"^App\s+Usings\s+1\s+\+1 -1\s+1\s+order only$")
                .And.Exactly(1)
                .Match(@"^App\s+DeadCode\s+1\s+\+0 -3\s+2\s+removes code$")
                .And.Exactly(1)
                .Match(@"^Quiet\s+Format\s+1\s+\+5 -1\s+1\s+layout only$"),
            result.ToString()
        );
        Assert.That(result.Output, Does.Contain("Lib: every stage is on already."));
        Assert.That(
            sample.Read("plan.md"),
            Does.Contain("| Project | Stage | Files | Lines | Findings | Risk |")
                .And.Contain("| App | DeadCode | 1 | +0 -3 | 2 | removes code |")
                .And.Contain("- **DeadCode**: Removes code")
        );
        var after = sample.Snapshot();
        after.Remove(sample.PathOf("plan.md"));
        Assert.That(
            after,
            Is.EquivalentTo(before)
                .Using<KeyValuePair<string, (byte[], DateTime)>>(
                    (a, b) => a.Key == b.Key && SampleCopy.SameFile(a.Value, b.Value)
                )
        );
    }

    [Test]
    public void A_project_DeadCode_cannot_judge_is_planned_as_not_analysed_with_the_reason()
    {
        using var sample = SampleCopy.Of("CliSolution");
        // A type error: the file parses, the build does not compile.
        File.WriteAllText(
            sample.PathOf("Quiet/Broken.cs"),
            "namespace Quiet;\n\npublic static class Broken\n{\n    public static int Value => \"text\";\n}\n"
        );

        var result = sample.Run("plan", "Quiet");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            result.Output,
            Does.Match(
                @"\nQuiet\s+DeadCode\s+0\s+\+0 -0\s+not analysed \(GW3901\)\s+removes code\n"
            ),
            result.ToString()
        );
        Assert.That(
            result.Output,
            Does.Contain("Quiet: The DeadCode stage cannot judge the net10.0 build (")
                .And.Contain("CS0029"),
            result.ToString()
        );
    }
}
