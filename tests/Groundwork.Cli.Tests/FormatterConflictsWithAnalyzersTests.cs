using System.Text.RegularExpressions;
using Groundwork.Cli.Stages;

namespace Groundwork.Cli.Tests;

/// <summary>
/// The catalogue of analyzer rules that fight the formatter, against the real analyzers: StyleCop.Analyzers and
/// the SDK's code-style rules, in a real build, before and after the Format stage.
/// </summary>
public partial class FormatterConflictsWithAnalyzersTests
{
    [Test]
    public void The_rules_the_Format_stage_makes_the_analyzers_report_are_the_ones_plan_lists()
    {
        using var sample = SampleCopy.Of("FormatterConflicts");

        var before = Build(sample);
        var plan = sample.Run("plan");
        var fix = sample.Run("fix", "--stage", "format");
        var after = Build(sample);

        Assert.That(plan.ExitCode, Is.Zero, plan.ToString());
        var listed = Regex
            .Match(plan.Output, @"\nStyled: (?<rules>[A-Z0-9, ]+)\n")
            .Groups["rules"]
            .Value;
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(fix.Output, Does.Contain("2 files, 2 changed"), fix.ToString());
        Assert.That(
            after.Except(before).Order(StringComparer.Ordinal),
            Is.EqualTo(listed.Split(", ")),
            $"plan: {plan.Output}\nreported after the Format stage: {string.Join(", ", after)}"
        );
        // The sample turns every rule of the catalogue on, so each one is shown to fire.
        Assert.That(listed.Split(", "), Is.EqualTo(FormatterConflicts.Rules.Select(r => r.Id)));
    }

    [Test]
    public void The_README_lists_the_rules_of_the_catalogue()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"))
            .ReplaceLineEndings("\n");
        var table = readme[
            readme.IndexOf(
                "| Rule | What in CSharpier's layout it reports |",
                StringComparison.Ordinal
            )..
        ];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];

        Assert.That(
            TableRule().Matches(table).Select(m => m.Groups["id"].Value),
            Is.EqualTo(FormatterConflicts.Rules.Select(r => r.Id))
        );
    }

    /// <summary>The ids of the rules a build of the sample reports, in any of its files.</summary>
    private static IReadOnlySet<string> Build(SampleCopy sample)
    {
        var build = Tool.Process(
            sample.Directory,
            new Dictionary<string, string?>(),
            "dotnet",
            "build",
            "Styled.csproj",
            "-nodeReuse:false",
            "--no-incremental"
        );
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        return Reported()
            .Matches(build.Output)
            .Where(m =>
                m.Groups["file"].Value.StartsWith(sample.Directory, StringComparison.Ordinal)
            )
            .Select(m => m.Groups["id"].Value)
            .ToHashSet();
    }

    [GeneratedRegex(
        @"^(?<file>[^(\n]+)\(\d+,\d+\): warning (?<id>[A-Z]+\d+):",
        RegexOptions.Multiline
    )]
    private static partial Regex Reported();

    [GeneratedRegex(@"^\| (?<id>[A-Z]+\d+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRule();
}
