using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Tests.Diagnostics;

/// <summary>The baseline's keys, order and matching: rule, file and the flagged line's text, one finding per entry.</summary>
public class BaselineTests
{
    private static string TempFolder()
    {
        var folder = Path.Combine(
            Path.GetTempPath(),
            "groundwork-baseline-" + Guid.NewGuid().ToString("N")
        );
        Directory.CreateDirectory(Path.Combine(folder, "src"));
        return folder;
    }

    [Test]
    public void An_entry_is_keyed_by_the_lines_text_not_its_number_and_accepts_one_finding()
    {
        var folder = TempFolder();
        var file = Path.Combine(folder, "src", "A.cs");
        File.WriteAllText(file, "using System;\nusing System;\nclass A { }\n");
        var baseline = Baseline.Of(
            folder,
            [Findings.UnneededUsing(file, 1, 1, "using System;", FindingSeverity.Error)]
        );
        // The same directive, two lines further down after an edit above it.
        File.WriteAllText(file, "// new\n// lines\nusing System;\nusing System;\nclass A { }\n");
        var lines = new LineTexts();

        var moved = Findings.UnneededUsing(file, 3, 1, "using System;", FindingSeverity.Error);
        var second = Findings.UnneededUsing(file, 4, 1, "using System;", FindingSeverity.Error);

        Assert.That(baseline.Entries.Single().File, Is.EqualTo("src/A.cs"));
        Assert.That(baseline.Accepts(moved, lines), Is.True);
        Assert.That(baseline.Accepts(second, lines), Is.False, "an entry accepts one finding");
        Assert.That(baseline.Unused(_ => true), Is.Empty);
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void The_file_is_stable_and_unused_entries_are_pruned_only_when_judged()
    {
        var folder = TempFolder();
        var a = Path.Combine(folder, "src", "A.cs");
        var b = Path.Combine(folder, "src", "B.cs");
        File.WriteAllText(a, "x\n");
        File.WriteAllText(b, "y\n");
        var path = Path.Combine(folder, Baseline.FileName);
        Baseline
            .Of(
                folder,
                [
                    Findings.NotFormatted(b, 1, FindingSeverity.Error),
                    Findings.NotFormatted(a, 1, FindingSeverity.Error),
                ]
            )
            .Save(path);
        var written = File.ReadAllText(path);

        var loaded = Baseline.Load(path);
        var pruned = loaded.Pruned(e => e.File == "src/A.cs");

        Assert.That(
            written.IndexOf("src/A.cs", StringComparison.Ordinal),
            Is.LessThan(written.IndexOf("src/B.cs", StringComparison.Ordinal))
        );
        Assert.That(
            loaded.Entries.Select(e => e.File),
            Is.EqualTo(new[] { "src/A.cs", "src/B.cs" })
        );
        Assert.That(pruned.Entries.Select(e => e.File), Is.EqualTo(new[] { "src/B.cs" }));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void A_file_that_is_not_a_baseline_says_so()
    {
        var folder = TempFolder();
        var path = Path.Combine(folder, Baseline.FileName);
        File.WriteAllText(path, "{ \"findings\": [ { \"rule\": \"GW1001\" } ] }");

        Assert.That(
            () => Baseline.Load(path),
            Throws
                .InstanceOf<InvalidDataException>()
                .With.Message.Contains("an entry without \"file\"")
        );
        Directory.Delete(folder, recursive: true);
    }
}
