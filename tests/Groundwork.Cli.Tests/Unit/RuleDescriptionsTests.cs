using System.Reflection;
using Groundwork.Cli.Reports;
using Groundwork.Engine.Diagnostics;

namespace Groundwork.Cli.Tests.Unit;

public class RuleDescriptionsTests
{
    private static IEnumerable<string> Codes() =>
        typeof(Findings)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!);

    // A SARIF rule without its own description reads "Groundwork diagnostic GWxxxx." in a code-scanning UI.
    [TestCaseSource(nameof(Codes))]
    public void Every_code_of_the_catalogue_has_its_own_description(string code) =>
        Assert.That(RuleDescriptions.For(code), Does.Not.Contain(code));

    [Test]
    public void GW1002_says_what_CSharpier_could_not_do() =>
        Assert.That(
            RuleDescriptions.For(Findings.TooDeeplyNestedCode),
            Does.Contain("nested too deeply")
        );
}
