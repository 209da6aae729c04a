using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Usings;
using Groundwork.Tests.Shared;

namespace Groundwork.Engine.Tests.Usings;

/// <summary>
/// The Usings and Format stages never fight: on every sample, ordering then formatting gives the same text as
/// formatting then ordering, and a second run of either stage changes nothing.
/// </summary>
public class UsingsStabilityTests
{
    // A folder per set of options, with an .editorconfig that names only the two Usings options; CSharpier
    // then uses its defaults, as it does with no .editorconfig at all.
    private static readonly Dictionary<string, string> Folders = new()
    {
        ["defaults"] = "",
        ["system-among-the-rest"] = "dotnet_sort_system_directives_first = false\n",
        ["separate-groups"] = "dotnet_separate_import_directive_groups = true\n",
        ["both"] =
            "dotnet_sort_system_directives_first = false\ndotnet_separate_import_directive_groups = true\n",
    };

    private static readonly string Root = Path.Combine(
        Path.GetTempPath(),
        "groundwork-stability",
        Guid.NewGuid().ToString("N")
    );

    [OneTimeSetUp]
    public void WriteTheEditorConfigs()
    {
        foreach (var (name, options) in Folders)
        {
            Directory.CreateDirectory(Path.Combine(Root, name));
            File.WriteAllText(
                Path.Combine(Root, name, ".editorconfig"),
                "root = true\n[*.cs]\n" + options
            );
        }
    }

    [OneTimeTearDown]
    public void RemoveThem() => Directory.Delete(Root, recursive: true);

    private static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static IEnumerable<string> Samples() =>
        Directory
            .EnumerateFiles(SamplesFolder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SamplesFolder, f))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<TestCaseData> SamplesWithEachOptionSet() =>
        Folders.Keys.SelectMany(options =>
            Samples().Select(sample => new TestCaseData(sample, options))
        );

    /// <summary>
    /// The stage's output. It must report nothing, except the one finding <paramref name="allowed"/> names, which
    /// leaves the text as it is (a sample the Format stage refuses; see <see cref="SampleExpectations"/>).
    /// </summary>
    private static string Run(
        ISourceRewriter stage,
        string text,
        string options,
        string? allowed = null
    )
    {
        var result = stage.Rewrite(
            Path.Combine(Root, options, "Sample.cs"),
            text,
            CancellationToken.None
        );
        if (allowed is not null && result.Findings.Count > 0)
        {
            Assert.That(result.Findings.Select(f => f.Code), Is.EqualTo(new[] { allowed }));
            Assert.That(result.NewText, Is.Null);
            return text;
        }
        Assert.That(result.Findings, Is.Empty, $"{stage.StageName} reported findings");
        return result.NewText ?? text;
    }

    [TestCaseSource(nameof(SamplesWithEachOptionSet))]
    public void Ordering_and_formatting_commute_and_each_is_idempotent(
        string sample,
        string options
    )
    {
        var original = File.ReadAllText(Path.Combine(SamplesFolder, sample));
        var format = new FormatRewriter(new CSharpierOptionsProvider());
        var usings = new UsingsRewriter(new UsingsOptionsProvider());
        var key = SampleExpectations.Key(sample);
        var formatRefuses = SampleExpectations.ExpectedFormatFinding(key);
        string Format(string text) => Run(format, text, options, formatRefuses);

        var formatted = Format(original);
        if (SampleExpectations.UsingsNeedFormatFirst.Contains(key))
        {
            // Two usings share a line: Usings alone leaves the file with GW2002, after Format it orders them.
            var alone = usings.Rewrite(
                Path.Combine(Root, options, "Sample.cs"),
                original,
                CancellationToken.None
            );
            Assert.That(
                alone.Findings.Select(f => f.Code),
                Is.EqualTo(new[] { Findings.UsingsNotSortableCode })
            );
            var both = Run(usings, formatted, options);
            Assert.That(Format(both), Is.EqualTo(both), "both together are stable");
            Assert.That(Run(usings, both, options), Is.EqualTo(both), "Usings is idempotent");
            return;
        }

        var ordered = Run(usings, original, options);
        var orderedThenFormatted = Format(ordered);

        Assert.That(
            Run(usings, formatted, options),
            Is.EqualTo(orderedThenFormatted),
            "Usings(Format(x)) == Format(Usings(x))"
        );
        Assert.That(Run(usings, ordered, options), Is.EqualTo(ordered), "Usings is idempotent");
        Assert.That(Format(formatted), Is.EqualTo(formatted), "Format is idempotent");
        Assert.That(
            Run(usings, orderedThenFormatted, options),
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
