using Groundwork.Engine.DeadCode;

namespace Groundwork.Engine.Tests.DeadCode;

public class DeadCodeRuleSetTests
{
    [TestCase(null, DeadCodeRules.Usings | DeadCodeRules.Locals | DeadCodeRules.Members)]
    [TestCase("", DeadCodeRules.Usings | DeadCodeRules.Locals | DeadCodeRules.Members)]
    [TestCase(" ; ", DeadCodeRules.Usings | DeadCodeRules.Locals | DeadCodeRules.Members)]
    [TestCase("Members", DeadCodeRules.Members)]
    [TestCase("usings", DeadCodeRules.Usings)]
    [TestCase("Locals", DeadCodeRules.Locals)]
    [TestCase("usings;LOCALS", DeadCodeRules.Usings | DeadCodeRules.Locals)]
    [TestCase(" locals , usings ", DeadCodeRules.Usings | DeadCodeRules.Locals)]
    public void Names_separated_by_semicolons_or_commas_in_any_case(
        string? value,
        DeadCodeRules expected
    )
    {
        Assert.That(DeadCodeRuleSet.TryParse(value, out var rules, out _), Is.True);
        Assert.That(rules, Is.EqualTo(expected));
    }

    [TestCase("usings;local", "local")]
    [TestCase("usings;member", "member")]
    [TestCase("all", "all")]
    public void An_unknown_name_is_refused_and_named(string value, string unknown)
    {
        Assert.That(DeadCodeRuleSet.TryParse(value, out _, out var named), Is.False);
        Assert.That(named, Is.EqualTo(unknown));
        Assert.That(
            Engine
                .Diagnostics.Findings.InvalidDeadCodeRules(
                    "p.csproj",
                    DeadCodeRuleSet.PropertyName,
                    value,
                    named,
                    DeadCodeRuleSet.Names
                )
                .ToString(),
            Is.EqualTo(
                $"p.csproj: error GW0005: The property GroundworkDeadCodeRules has the value '{value}': '{unknown}' is not a DeadCode rule. Allowed names, separated by ; or ,: usings, locals, members (empty: all of them)."
            )
        );
    }

    [Test]
    public void The_canonical_form_lists_the_rules() =>
        Assert.That(DeadCodeRuleSet.Format(DeadCodeRules.All), Is.EqualTo("usings;locals;members"));
}
