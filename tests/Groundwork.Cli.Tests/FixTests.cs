using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Usings;

namespace Groundwork.Cli.Tests;

/// <summary>dotnet groundwork fix: the same stages as the build, in fix mode, in order.</summary>
public class FixTests
{
    private static string Formatted(string path) =>
        new FormatRewriter(new CSharpierOptionsProvider())
            .Rewrite(path, File.ReadAllText(path), CancellationToken.None)
            .NewText
        ?? throw new AssertionException($"{path} was expected to need formatting");

    [Test]
    public void Fix_runs_the_enabled_stages_of_each_project_and_then_verify_is_clean()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var expected = new[]
        {
            "App/Program.cs",
            "Lib/Library.cs",
            "Lib/Legacy/OldApi.cs",
        }.ToDictionary(f => f, f => Formatted(sample.PathOf(f)));
        expected["Lib/Ordering.cs"] = sample
            .Read("Lib/Ordering.cs")
            .Replace("using System.Text;\nusing System;\n", "using System;\nusing System.Text;\n");
        expected["Lib/Unneeded.cs"] = sample
            .Read("Lib/Unneeded.cs")
            .Replace("using System.Collections.Generic;\nusing System.Linq;\n\n", "");
        var before = sample.Snapshot();

        var fix = sample.Run("fix");
        var verify = sample.Run("verify");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(
            fix.Output,
            Does.Contain("Groundwork fix: clean (3 projects, 5 files changed).")
        );
        Assert.That(fix.Output, Does.Match(@"App\s+2 files, 1 changed, 0 findings\s+-\s+-\n"));
        Assert.That(
            fix.Output,
            Does.Match(
                @"Lib\s+4 files, 2 changed, 0 findings\s+4 files, 1 changed, 0 findings\s+4 files, 1 changed, 0 findings\n"
            )
        );
        foreach (var (file, text) in expected)
            Assert.That(sample.Read(file), Is.EqualTo(text), file);
        foreach (
            var untouched in new[] { "App/Tidy.cs", "App/VendoredParser.cs", "Quiet/Untouched.cs" }
        )
            Assert.That(
                SampleCopy.SameFile(
                    before[sample.PathOf(untouched)],
                    sample.Snapshot()[sample.PathOf(untouched)]
                ),
                Is.True,
                untouched
            );
        Assert.That(verify.ExitCode, Is.Zero, verify.ToString());
        Assert.That(verify.Output, Does.Contain("Groundwork verify: clean (3 projects)."));
    }

    [Test]
    public void Fix_with_a_stage_named_runs_it_on_a_project_whose_properties_leave_it_off()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("fix", "Quiet", "--stage", "format");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            sample.Read("Quiet/Untouched.cs"),
            Is.EqualTo(
                "namespace Quiet;\n\npublic class Untouched\n{\n    public int Value { get; set; }\n}\n"
            )
        );
    }

    [Test]
    public void Fix_runs_format_then_usings_on_the_same_file_as_the_build_would()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var path = sample.PathOf("Quiet/Both.cs");
        File.WriteAllText(
            path,
            "using System.Text;\nusing System;\nnamespace Quiet;\npublic class Both { public string S => new StringBuilder().Append(Environment.NewLine).ToString(); }\n"
        );
        var formatted = new FormatRewriter(new CSharpierOptionsProvider())
            .Rewrite(path, File.ReadAllText(path), CancellationToken.None)
            .NewText!;
        var expected = new UsingsRewriter(new UsingsOptionsProvider())
            .Rewrite(path, formatted, CancellationToken.None)
            .NewText!;

        var fix = sample.Run("fix", "Quiet", "--all-stages");
        var verify = sample.Run("verify", "Quiet", "--all-stages");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(File.ReadAllText(path), Is.EqualTo(expected));
        Assert.That(expected, Does.StartWith("using System;\nusing System.Text;\n"));
        Assert.That(verify.ExitCode, Is.Zero, verify.ToString());
    }

    [Test]
    public void Fix_with_every_stage_is_done_in_one_run_when_a_removal_shortens_a_wrapped_line()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var path = sample.PathOf("Quiet/Wrapped.cs");
        File.WriteAllText(
            path,
            "namespace Quiet;\npublic static class Wrapped {\n public static object Map(object source, System.Type from, System.Type to) => source;\n"
                + " public static void Run(object source) { DestinationType mapped = (DestinationType)Map(source, source.GetType(), typeof(DestinationType)); }\n}\n"
                + "public sealed class DestinationType { }\n"
        );

        var fix = sample.Run("fix", "Quiet", "--all-stages");
        var afterFix = File.ReadAllText(path);
        var verify = sample.Run("verify", "Quiet", "--all-stages");
        var again = sample.Run("fix", "Quiet", "--all-stages");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(
            afterFix,
            Does.Contain(
                "        _ = (DestinationType)Map(source, source.GetType(), typeof(DestinationType));\n"
            )
        );
        Assert.That(verify.ExitCode, Is.Zero, verify.ToString());
        Assert.That(File.ReadAllText(path), Is.EqualTo(afterFix), again.ToString());
    }

    [Test]
    public void A_stage_named_on_the_command_line_runs_alone()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify", "--stage", "usings");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var findings = result.Output.Split('\n').Where(l => l.Contains(": error GW")).ToList();
        Assert.That(findings, Has.Count.EqualTo(1), result.ToString());
        Assert.That(
            findings[0],
            Does.StartWith($"{sample.PathOf("Lib/Ordering.cs")}(1,1): error GW2001:")
        );
        Assert.That(result.Output, Does.Match(@"Quiet\s+1 file, 0 findings"));
    }

    [Test]
    public void Fix_counts_a_file_that_every_stage_changed_once_in_the_total()
    {
        using var sample = SampleCopy.Of("CliSolution");
        File.WriteAllText(
            sample.PathOf("Quiet/All.cs"),
            "using System.Text;\nusing System;\nusing System.Collections.Generic;\nnamespace Quiet;\npublic class All { public string S => new StringBuilder().Append(Environment.NewLine).ToString(); }\n"
        );

        var fix = sample.Run("fix", "Quiet", "--all-stages");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(
            fix.Output,
            Does.Match(
                @"Quiet\s+2 files, 2 changed, 0 findings\s+2 files, 1 changed, 0 findings\s+2 files, 1 changed, 0 findings\n"
            ),
            "the table keeps each stage's count"
        );
        // All.cs (every stage) and Untouched.cs (Format): 2 files, not 4 changes.
        Assert.That(
            fix.Output,
            Does.Contain("Groundwork fix: clean (1 project, 2 files changed).")
        );
    }

    [Test]
    [Platform(Exclude = "Win")] // creating symbolic links on Windows needs a privilege test machines lack
    public void Fix_writes_through_a_symbolic_link_and_keeps_it_a_link()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var target = sample.PathOf("Shared/Real.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "namespace Quiet;\npublic class Real { }\n");
        var link = sample.PathOf("Quiet/Real.cs");
        File.CreateSymbolicLink(link, "../Shared/Real.cs");
        var project = sample.PathOf("Quiet/Quiet.csproj");

        var outside = sample.Run("fix", "Quiet", "--stage", "format");
        var linkedBefore = File.ReadAllText(target);
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "</PropertyGroup>",
                    "<GroundworkIncludeLinkedFiles>true</GroundworkIncludeLinkedFiles></PropertyGroup>"
                )
        );
        var included = sample.Run("fix", "Quiet", "--stage", "format");

        Assert.That(outside.ExitCode, Is.Zero, outside.ToString());
        Assert.That(
            linkedBefore,
            Is.EqualTo("namespace Quiet;\npublic class Real { }\n"),
            "a link to a file outside the project is a linked file: left alone by default"
        );
        Assert.That(included.ExitCode, Is.Zero, included.ToString());
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo("../Shared/Real.cs"), "still a link");
        Assert.That(
            File.ReadAllText(target),
            Is.EqualTo("namespace Quiet;\n\npublic class Real { }\n")
        );
        Assert.That(
            Directory.EnumerateFiles(sample.Directory, "*.gwtmp", SearchOption.AllDirectories),
            Is.Empty
        );
    }
}
