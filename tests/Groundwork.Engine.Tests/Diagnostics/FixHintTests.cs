using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Tests.Diagnostics;

/// <summary>One finding, its fix worded by the adapter that prints it: the build's property or the CLI's command.</summary>
public class FixHintTests
{
    private static IEnumerable<TestCaseData> FixableFindings()
    {
        yield return new TestCaseData(
            Findings.NotFormatted("/src/A.cs", 3, FindingSeverity.Error),
            "Build with GroundworkFormat=fix to format it.",
            "Run 'dotnet groundwork fix --stage format' to format it."
        ).SetName("GW1001");
        yield return new TestCaseData(
            Findings.UsingsOutOfOrder("/src/A.cs", 1, FindingSeverity.Error),
            "Build with GroundworkUsings=fix to order them.",
            "Run 'dotnet groundwork fix --stage usings' to order them."
        ).SetName("GW2001");
        yield return new TestCaseData(
            Findings.UnneededUsing("/src/A.cs", 1, 1, "using System;", FindingSeverity.Error),
            "Build with GroundworkDeadCode=fix to remove it.",
            "Run 'dotnet groundwork fix --stage deadcode' to remove it."
        ).SetName("GW3001");
    }

    [TestCaseSource(nameof(FixableFindings))]
    public void The_build_names_the_property_and_the_command_line_names_its_command(
        Finding finding,
        string build,
        string commandLine
    )
    {
        var printed = finding.WithFixVia(FixVia.CommandLine);

        Assert.That(finding.Message, Does.EndWith(" " + build));
        Assert.That(printed.Message, Is.EqualTo($"{finding.Text} {commandLine}"));
        Assert.That(printed.Message, Does.Not.Contain("Groundwork" + "Format="));
        Assert.That(printed.ToString(), Does.EndWith(commandLine));
        Assert.That(printed.WithFixVia(FixVia.Build), Is.EqualTo(finding));
    }

    [Test]
    public void A_finding_no_stage_fixes_has_no_hint_in_either_wording()
    {
        var finding = Findings.SyntaxError("/src/A.cs", 1, 1, "CS1002");

        Assert.That(finding.Fix, Is.Null);
        Assert.That(finding.WithFixVia(FixVia.CommandLine), Is.EqualTo(finding));
        Assert.That(finding.Message, Is.EqualTo(finding.Text));
    }
}
