using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;

namespace Groundwork.Cli.Tests;

/// <summary>dotnet groundwork fix: the same Format stage as the build, in fix mode.</summary>
public class FixTests
{
    private static string Formatted(string path) =>
        new FormatRewriter(new CSharpierOptionsProvider())
            .Rewrite(path, File.ReadAllText(path), CancellationToken.None)
            .NewText
        ?? throw new AssertionException($"{path} was expected to need formatting");

    [Test]
    public void Fix_formats_the_enabled_projects_and_then_verify_is_clean()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var expected = new[]
        {
            "App/Program.cs",
            "Lib/Library.cs",
            "Lib/Legacy/OldApi.cs",
        }.ToDictionary(f => f, f => Formatted(sample.PathOf(f)));
        var before = sample.Snapshot();

        var fix = sample.Run("fix");
        var verify = sample.Run("verify");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(
            fix.Output,
            Does.Contain("Groundwork fix: clean (3 projects, 3 files changed).")
        );
        Assert.That(fix.Output, Does.Match(@"App\s+2 files, 1 changed, 0 findings"));
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
}
