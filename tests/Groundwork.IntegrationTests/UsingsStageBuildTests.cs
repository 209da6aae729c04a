using System.Text.RegularExpressions;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Usings;

namespace Groundwork.IntegrationTests;

/// <summary>Real `dotnet build` runs of the UsingsSample project with the packed Groundwork package.</summary>
public class UsingsStageBuildTests
{
    private static string Ordered(string path, string text) =>
        new UsingsRewriter(new UsingsOptionsProvider())
            .Rewrite(path, text, CancellationToken.None)
            .NewText
        ?? throw new AssertionException($"{path} was expected to need ordering");

    private static string Formatted(string path, string text) =>
        new FormatRewriter(new CSharpierOptionsProvider())
            .Rewrite(path, text, CancellationToken.None)
            .NewText
        ?? text;

    [Test]
    public void Check_reports_the_first_misplaced_directive_and_writes_nothing()
    {
        var sample = SampleProject.Copy("UsingsSample");
        var before = sample.Snapshot();

        var result = sample.Build("-p:GroundworkUsings=check");

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Program.cs")}(2,1): error GW2001:")
        );
        Assert.That(
            result.Output,
            Does.Not.Contain("Ordered.cs(")
                .And.Not.Contain("Settings.g.cs(")
                .And.Not.Contain("GW1001")
        );
        Assert.That(Changed(before, sample.Snapshot()), Is.Empty);
    }

    [Test]
    public void Fix_orders_the_usings_with_Format_off_and_a_second_build_changes_nothing()
    {
        var sample = SampleProject.Copy("UsingsSample");
        var program = sample.PathOf("Program.cs");
        var expected = Ordered(program, File.ReadAllText(program));
        var before = sample.Snapshot();

        var first = sample.Build("-p:GroundworkUsings=fix", "-v:n");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(first.Output, Does.Contain("Groundwork Usings: changed 1 of 3 files."));
        Assert.That(first.Output, Does.Not.Contain("Groundwork Format:"));
        Assert.That(File.ReadAllText(program), Is.EqualTo(expected));
        Assert.That(
            File.ReadAllText(program),
            Does.StartWith(
                "// A sample whose usings are out of order (and whose code is not formatted).\n"
                    + "// Console comes from here.\nusing System;\nusing System.Collections.Generic;\n"
                    + "using System.Text;\nusing UsingsSample.Models;\nusing static System.Math;\n"
            )
        );
        Assert.That(
            File.ReadAllText(program),
            Does.Contain("var text = new StringBuilder(); text.Append"),
            "the code is not formatted"
        );
        Assert.That(Changed(before, sample.Snapshot()), Is.EquivalentTo(new[] { program }));

        var afterFirst = sample.Snapshot();
        // The fix stamped the stage after its writes: the next build skips it.
        var second = sample.Build("-p:GroundworkUsings=fix", "-v:d");

        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(
            second.Output,
            Does.Contain(
                "Skipping target \"GroundworkUsings\" because all output files are up-to-date"
            )
        );
        Assert.That(Changed(afterFirst, sample.Snapshot()), Is.Empty);
    }

    [Test]
    public void With_Format_on_both_stages_run_in_order_and_agree()
    {
        var sample = SampleProject.Copy("UsingsSample");
        var program = sample.PathOf("Program.cs");
        var original = File.ReadAllText(program);
        var expected = Ordered(program, Formatted(program, original));

        var first = sample.Build("-p:GroundworkFormat=fix", "-p:GroundworkUsings=fix", "-v:n");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        var format = first.Output.IndexOf(
            "Groundwork Format: changed 1 of 3 files.",
            StringComparison.Ordinal
        );
        var usings = first.Output.IndexOf(
            "Groundwork Usings: changed 1 of 3 files.",
            StringComparison.Ordinal
        );
        Assert.That(format, Is.GreaterThanOrEqualTo(0), first.Output);
        Assert.That(usings, Is.GreaterThan(format), "Usings runs after Format");
        Assert.That(File.ReadAllText(program), Is.EqualTo(expected));
        Assert.That(
            Formatted(program, Ordered(program, original)),
            Is.EqualTo(expected),
            "the other order gives the same file"
        );

        var afterFirst = sample.Snapshot();
        var check = sample.Build("-p:GroundworkFormat=check", "-p:GroundworkUsings=check");
        Assert.That(check.ExitCode, Is.Zero, "both stages find nothing left to do: " + check);
        Assert.That(Changed(afterFirst, sample.Snapshot()), Is.Empty);
    }

    [Test]
    public void The_editorconfig_options_are_honoured()
    {
        var sample = SampleProject.Copy("UsingsSample");
        File.WriteAllText(
            sample.PathOf(".editorconfig"),
            "root = true\n\n[*.cs]\ndotnet_sort_system_directives_first = false\ndotnet_separate_import_directive_groups = true\n"
        );

        var result = sample.Build("-p:GroundworkUsings=fix", "-v:n");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Groundwork Usings: changed 2 of 3 files."));
        Assert.That(
            File.ReadAllText(sample.PathOf("Ordered.cs")),
            Does.StartWith("using System;\n\nusing UsingsSample.Models;\n\nnamespace"),
            "a blank line between groups"
        );
        Assert.That(
            File.ReadAllText(sample.PathOf("Program.cs")),
            Does.Contain(
                "using System;\nusing System.Collections.Generic;\nusing System.Text;\n\n"
                    + "using UsingsSample.Models;\n\nusing static System.Math;\n"
            )
        );
    }

    [Test]
    public void System_usings_sort_among_the_rest_when_the_editorconfig_says_so()
    {
        var sample = SampleProject.Copy("UsingsSample");
        File.WriteAllText(
            sample.PathOf("Models/Zebra.cs"),
            "using UsingsSample.Models;\nusing Microsoft.Win32.SafeHandles;\nusing System;\n\nnamespace UsingsSample.Models;\n\npublic static class Zebra\n{\n    public static Type[] Types => [typeof(Shape), typeof(SafeFileHandle)];\n}\n"
        );
        File.WriteAllText(
            sample.PathOf(".editorconfig"),
            "root = true\n[*.cs]\ndotnet_sort_system_directives_first = false\n"
        );

        var result = sample.Build("-p:GroundworkUsings=fix");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            File.ReadAllText(sample.PathOf("Models/Zebra.cs")),
            Does.StartWith(
                "using Microsoft.Win32.SafeHandles;\nusing System;\nusing UsingsSample.Models;\n"
            )
        );
    }

    [Test]
    public void A_file_that_cannot_be_sorted_safely_is_left_alone_with_an_informational_GW2002()
    {
        var sample = SampleProject.Copy("UsingsSample");
        var oneLine = sample.PathOf("Models/OneLine.cs");
        File.WriteAllText(
            oneLine,
            "using UsingsSample.Models; using System;\n\nnamespace UsingsSample.Models;\n\npublic static class OneLine\n{\n    public static Shape Make() => new(Math.Abs(1));\n}\n"
        );
        var before = File.ReadAllBytes(oneLine);

        var result = sample.Build("-p:GroundworkUsings=fix");

        Assert.That(
            result.ExitCode,
            Is.Zero,
            "an informational message does not fail the build: " + result
        );
        Assert.That(result.Output, Does.Contain($"{oneLine}(1,1): message GW2002:"));
        Assert.That(result.Output, Does.Contain("shares its line"));
        Assert.That(File.ReadAllBytes(oneLine), Is.EqualTo(before));
    }

    [Test]
    public void Check_findings_can_be_warnings_while_a_team_rolls_out()
    {
        var sample = SampleProject.Copy("UsingsSample");

        var result = sample.Build(
            "-p:GroundworkUsings=check",
            "-p:GroundworkCheckSeverity=warning"
        );

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Program.cs(2,1): warning GW2001:"));
    }

    [Test]
    public void A_multi_targeting_project_is_ordered_once()
    {
        var sample = SampleProject.Copy("MultiTarget");
        var added = sample.PathOf("Ordering.cs");
        File.WriteAllText(
            added,
            "using System.Text;\nusing System;\n\nnamespace MultiTarget;\n\npublic static class Ordering\n{\n    public static string Text => new StringBuilder(nameof(Math)).ToString();\n}\n"
        );

        var result = sample.Build("-p:GroundworkUsings=fix", "-v:n");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var summaries = Regex.Matches(
            result.Output,
            @"Groundwork Usings: changed (\d+) of (\d+) files\."
        );
        Assert.That(summaries, Has.Count.EqualTo(1), result.Output);
        Assert.That(summaries[0].Groups[1].Value, Is.EqualTo("1"));
        Assert.That(File.ReadAllText(added), Does.StartWith("using System;\nusing System.Text;\n"));
        Assert.That(
            File.ReadAllText(sample.PathOf("Library.cs")),
            Does.StartWith(
                "namespace MultiTarget;\n#if NET10_0_OR_GREATER\nusing System.Buffers;\n#endif\nusing System.Text;"
            ),
            "nothing moves across an #if"
        );
    }

    [Test]
    public void An_invalid_stage_value_fails_the_build_with_GW0005()
    {
        var sample = SampleProject.Copy("UsingsSample");

        var result = sample.Build("-p:GroundworkUsings=sorted");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(
            result.Output,
            Does.Contain(
                "error GW0005: The property GroundworkUsings has the value 'sorted'. Allowed values: off, check, fix, true"
            )
        );
    }

    /// <summary>The files whose bytes or write time differ between two snapshots.</summary>
    private static IEnumerable<string> Changed(
        Dictionary<string, (byte[] Bytes, DateTime Written)> before,
        Dictionary<string, (byte[] Bytes, DateTime Written)> after
    ) =>
        after
            .Where(a =>
                !before.TryGetValue(a.Key, out var b)
                || !b.Bytes.AsSpan().SequenceEqual(a.Value.Bytes)
                || b.Written != a.Value.Written
            )
            .Select(a => a.Key)
            .ToList();
}
