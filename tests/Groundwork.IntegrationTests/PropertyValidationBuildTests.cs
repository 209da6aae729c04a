using System.Text.RegularExpressions;
using System.Xml.Linq;
using Groundwork.Engine.Stages;

namespace Groundwork.IntegrationTests;

/// <summary>
/// Every public Groundwork property's value is checked by the real build: a wrong one is one GW0005 at the
/// project file, naming the property, the value and the allowed values; the right words pass in any case.
/// </summary>
public class PropertyValidationBuildTests
{
    private static SampleProject WithProperties(string properties)
    {
        var sample = SampleProject.Copy("Messy");
        var project = sample.PathOf("Messy.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project).Replace("</PropertyGroup>", properties + "</PropertyGroup>")
        );
        return sample;
    }

    [TestCase("GroundworkCheckSeverity", "loud", "error, warning")]
    [TestCase("GroundworkSkip", "yes", "true, false")]
    [TestCase("GroundworkIncludeLinkedFiles", "maybe", "true, false")]
    [TestCase("GroundworkUseTaskHost", "on", "true, false")]
    [TestCase("GroundworkFormat", "no", "off, check, fix, true (fix, or check in CI), false (off)")]
    public void A_wrong_value_is_one_GW0005_at_the_project_file_and_nothing_is_changed(
        string property,
        string value,
        string allowed
    )
    {
        var stages =
            property == "GroundworkFormat" ? "" : "<GroundworkFormat>fix</GroundworkFormat>";
        var sample = WithProperties($"{stages}<{property}>{value}</{property}>");
        var before = sample.Snapshot();

        var result = sample.Build();

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        var errors = result
            .Output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Contains(": error "))
            .Distinct()
            .ToList();
        Assert.That(
            errors,
            Is.EqualTo(
                new[]
                {
                    $"{sample.PathOf("Messy.csproj")} : error GW0005: The property {property} has the value '{value}'. Allowed values: {allowed}.",
                }
            ),
            result.ToString()
        );
        Assert.That(result.Output, Does.Not.Contain("MSB4030"));
        Assert.That(
            sample.Snapshot().Where(f => !SameFile(f.Value, before[f.Key])).Select(f => f.Key),
            Is.Empty,
            "no stage ran"
        );
    }

    [Test]
    public void The_allowed_words_pass_in_any_case_as_MSBuild_users_expect()
    {
        var sample = WithProperties(
            "<GroundworkFormat>FIX</GroundworkFormat><GroundworkCheckSeverity>Warning</GroundworkCheckSeverity>"
                + "<GroundworkSkip>False</GroundworkSkip><GroundworkIncludeLinkedFiles>True</GroundworkIncludeLinkedFiles>"
        );

        var result = sample.Build("-v:n");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Groundwork Format: changed 2 of 3 files."));
    }

    [Test]
    public void GroundworkSkip_true_in_any_case_skips_everything_even_the_checks()
    {
        var sample = WithProperties(
            "<GroundworkSkip>TRUE</GroundworkSkip><GroundworkFormat>fix</GroundworkFormat><GroundworkCheckSeverity>loud</GroundworkCheckSeverity>"
        );
        var before = sample.Snapshot();

        var result = sample.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            sample.Snapshot().Where(f => !SameFile(f.Value, before[f.Key])).Select(f => f.Key),
            Is.Empty
        );
    }

    [Test]
    public void The_targets_check_the_same_properties_and_words_as_the_CLI()
    {
        var targets = XDocument.Load(Path.Combine(Repository.Root, "build", "Groundwork.targets"));
        var settings = targets
            .Descendants("_GroundworkSetting")
            .ToDictionary(
                e => (string)e.Attribute("Include")!,
                e =>
                    (
                        Pattern: (string)e.Attribute("Pattern")!,
                        Allowed: (string)e.Attribute("Allowed")!
                    )
            );

        Assert.That(settings.Keys, Is.EquivalentTo(GroundworkProperties.Rules.Select(r => r.Name)));
        foreach (var rule in GroundworkProperties.Rules)
        {
            var (pattern, allowed) = settings[rule.Name];
            Assert.That(allowed, Is.EqualTo(rule.Described), rule.Name);
            var words = Regex.Match(pattern, @"\(\?i:([^)]*)\)").Groups[1].Value.Split('|');
            Assert.That(words, Is.EqualTo(rule.Values), rule.Name);
            Assert.That(
                pattern.StartsWith(@"\s*", StringComparison.Ordinal),
                Is.EqualTo(rule.Trimmed),
                rule.Name
            );
        }
    }

    private static bool SameFile(
        (byte[] Bytes, DateTime Written) a,
        (byte[] Bytes, DateTime Written) b
    ) => a.Bytes.AsSpan().SequenceEqual(b.Bytes) && a.Written == b.Written;
}
