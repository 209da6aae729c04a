using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Usings;

namespace Groundwork.Engine.Tests.Usings;

/// <summary>
/// The Usings and Format stages never fight: on every sample, ordering then formatting gives the same text as
/// formatting then ordering, and a second run of either stage changes nothing.
/// </summary>
public class UsingsStabilityTests
{
    private static readonly FormatRewriter Format = new(new CSharpierOptionsProvider());
    private static readonly UsingsRewriter Usings = new(new UsingsOptionsProvider());

    // A path with no .editorconfig or .csharpierrc above it: both stages use their defaults.
    private static readonly string VirtualPath = Path.Combine(
        Path.GetTempPath(),
        "groundwork-stability",
        "Sample.cs"
    );

    private static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static IEnumerable<string> Samples() =>
        Directory
            .EnumerateFiles(SamplesFolder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SamplesFolder, f))
            .Order(StringComparer.Ordinal);

    private static string Run(ISourceRewriter stage, string text)
    {
        var result = stage.Rewrite(VirtualPath, text, CancellationToken.None);
        Assert.That(result.Findings, Is.Empty, $"{stage.StageName} reported findings");
        return result.NewText ?? text;
    }

    [TestCaseSource(nameof(Samples))]
    public void Ordering_and_formatting_commute_and_each_is_idempotent(string sample)
    {
        var original = File.ReadAllText(Path.Combine(SamplesFolder, sample));

        var ordered = Run(Usings, original);
        var formatted = Run(Format, original);
        var orderedThenFormatted = Run(Format, ordered);

        Assert.That(
            Run(Usings, formatted),
            Is.EqualTo(orderedThenFormatted),
            "Usings(Format(x)) == Format(Usings(x))"
        );
        Assert.That(Run(Usings, ordered), Is.EqualTo(ordered), "Usings is idempotent");
        Assert.That(Run(Format, formatted), Is.EqualTo(formatted), "Format is idempotent");
        Assert.That(
            Run(Usings, orderedThenFormatted),
            Is.EqualTo(orderedThenFormatted),
            "both together are stable"
        );
    }

    [Test]
    public void There_are_usings_samples_to_check()
    {
        Assert.That(
            Samples().Count(s => s.StartsWith("Usings", StringComparison.Ordinal)),
            Is.GreaterThanOrEqualTo(6)
        );
    }
}
