using System.Text.Json;

namespace Groundwork.Cli.Tests;

/// <summary>--report in JSON, SARIF 2.1.0 and Markdown, and the GitHub Actions job summary.</summary>
public class ReportTests
{
    [Test]
    public void The_json_report_lists_every_project_stage_and_finding()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var report = sample.PathOf("out/report.json");

        var result = sample.Run("verify", "--report", report);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var root = json.RootElement;
        Assert.That(root.GetProperty("command").GetString(), Is.EqualTo("verify"));
        Assert.That(root.GetProperty("exitCode").GetInt32(), Is.EqualTo(1));
        var projects = root.GetProperty("projects").EnumerateArray().ToList();
        Assert.That(
            projects.Select(p => p.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "App", "Lib", "Quiet" })
        );
        var lib = projects[1];
        Assert.That(
            lib.GetProperty("targetFrameworks").EnumerateArray().Select(t => t.GetString()),
            Is.EqualTo(new[] { "net10.0", "net8.0" })
        );
        var stages = lib.GetProperty("stages").EnumerateArray().ToList();
        Assert.That(
            stages.Select(s => s.GetProperty("stage").GetString()),
            Is.EqualTo(new[] { "format", "usings", "deadcode" })
        );
        Assert.That(stages[0].GetProperty("mode").GetString(), Is.EqualTo("check"));
        Assert.That(stages[0].GetProperty("filesExamined").GetInt32(), Is.EqualTo(4));
        Assert.That(stages[0].GetProperty("findings").GetInt32(), Is.EqualTo(2));
        Assert.That(stages[1].GetProperty("findings").GetInt32(), Is.EqualTo(1));
        Assert.That(stages[2].GetProperty("findings").GetInt32(), Is.EqualTo(2));
        Assert.That(projects[2].GetProperty("stages").GetArrayLength(), Is.Zero);
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(findings, Has.Count.EqualTo(6));
        Assert.That(
            findings.Select(f => f.GetProperty("stage").GetString()),
            Is.EqualTo(new[] { "format", "format", "format", "usings", "deadcode", "deadcode" })
        );
        var first = findings[0];
        Assert.That(
            first.GetProperty("file").GetString(),
            Is.EqualTo(sample.PathOf("App/Program.cs"))
        );
        Assert.That(first.GetProperty("line").GetInt32(), Is.EqualTo(7));
        Assert.That(first.GetProperty("code").GetString(), Is.EqualTo("GW1001"));
        Assert.That(first.GetProperty("stage").GetString(), Is.EqualTo("format"));
        Assert.That(first.GetProperty("severity").GetString(), Is.EqualTo("error"));
    }

    [Test]
    public void The_sarif_report_has_the_fields_sarif_2_1_0_requires()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var report = sample.PathOf("groundwork.sarif");

        var result = sample.Run("verify", "--report", report, "--report-format", "sarif");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var root = json.RootElement;
        Assert.That(root.GetProperty("$schema").GetString(), Does.Contain("sarif-2.1.0"));
        Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("Groundwork"));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.That(
            rules.Select(r => r.GetProperty("id").GetString()),
            Is.EqualTo(new[] { "GW1001", "GW2001", "GW3001" })
        );
        foreach (var rule in rules)
            Assert.That(
                rule.GetProperty("shortDescription").GetProperty("text").GetString(),
                Is.Not.Empty
            );

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.That(results, Has.Count.EqualTo(6));
        foreach (var sarifResult in results)
        {
            var ruleIndex = sarifResult.GetProperty("ruleIndex").GetInt32();
            Assert.That(
                sarifResult.GetProperty("ruleId").GetString(),
                Is.EqualTo(rules[ruleIndex].GetProperty("id").GetString())
            );
            Assert.That(sarifResult.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(
                sarifResult.GetProperty("message").GetProperty("text").GetString(),
                Is.Not.Empty
            );
            var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.That(
                location.GetProperty("region").GetProperty("startLine").GetInt32(),
                Is.Positive
            );
            Assert.That(
                location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString(),
                Is.EqualTo("%SRCROOT%")
            );
        }
        Assert.That(
            results.Select(r =>
                r.GetProperty("locations")[0]
                    .GetProperty("physicalLocation")
                    .GetProperty("artifactLocation")
                    .GetProperty("uri")
                    .GetString()
            ),
            Is.EqualTo(
                new[]
                {
                    "App/Program.cs",
                    "Lib/Legacy/OldApi.cs",
                    "Lib/Library.cs",
                    "Lib/Ordering.cs",
                    "Lib/Unneeded.cs",
                    "Lib/Unneeded.cs",
                }
            )
        );
        var srcRoot = run.GetProperty("originalUriBaseIds")
            .GetProperty("%SRCROOT%")
            .GetProperty("uri")
            .GetString();
        Assert.That(new Uri(srcRoot!).LocalPath.TrimEnd('/'), Is.EqualTo(sample.Directory));
    }

    [Test]
    public void The_report_format_follows_the_file_extension()
    {
        using var sample = SampleCopy.Of("CliSolution");

        sample.Run("verify", "--report", "r.sarif");
        sample.Run("verify", "--report", "r.md");

        Assert.That(sample.Read("r.sarif"), Does.Contain("\"version\": \"2.1.0\""));
        Assert.That(sample.Read("r.md"), Does.StartWith("## Groundwork verify: 6 findings"));
    }

    [Test]
    public void The_markdown_report_is_appended_to_the_github_step_summary()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var summary = sample.PathOf("step-summary.md");
        File.WriteAllText(summary, "earlier step\n");

        var result = sample.Run(
            new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary },
            "verify"
        );

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var text = File.ReadAllText(summary);
        Assert.That(text, Does.StartWith("earlier step\n## Groundwork verify: 6 findings\n"));
        Assert.That(text, Does.Contain("| Project | Format | Usings | DeadCode |"));
        Assert.That(
            text,
            Does.Contain("| Lib | 4 files, 2 findings | 4 files, 1 finding | 4 files, 2 findings |")
        );
        Assert.That(text, Does.Contain("| Quiet | - | - | - |"));
        Assert.That(text, Does.Contain("| `App/Program.cs` | 7 | GW1001 |"));
    }
}
