namespace Groundwork.Cli.Tests;

/// <summary>--diff: the unified diff of each change, nothing written; the diff applies to give the fix.</summary>
public class DiffTests
{
    [Test]
    public void Diff_prints_a_unified_diff_and_writes_nothing()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var before = sample.Snapshot();

        var result = sample.Run("fix", "Lib", "--diff");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                """
                --- a/Lib/Library.cs
                +++ b/Lib/Library.cs
                @@ -1,5 +1,6 @@
                 namespace Lib;
                 
                -public static class Library {
                -    public static string Describe( int value ) => value.ToString();
                +public static class Library
                +{
                +    public static string Describe(int value) => value.ToString();
                 }

                """.Replace("\r\n", "\n")
            ),
            result.ToString()
        );
        foreach (var (file, state) in before)
            Assert.That(SampleCopy.SameFile(state, sample.Snapshot()[file]), Is.True, file);
    }

    [Test]
    public void The_diff_applied_with_git_gives_what_fix_writes()
    {
        using var sample = SampleCopy.Of("CliSolution");
        using var fixedCopy = SampleCopy.Of("CliSolution");

        var diff = sample.Run("verify", "--diff", "--verbosity", "quiet");
        var patch = Path.Combine(sample.Directory, "..", "format.patch");
        File.WriteAllText(
            patch,
            string.Concat(
                    diff.Output.Split('\n')
                        .Where(l => !l.Contains(" GW1001: "))
                        .Select(l => l + "\n")
                )
                .TrimEnd('\n') + "\n"
        );
        var apply = Tool.Process(
            sample.Directory,
            new Dictionary<string, string?>(),
            "git",
            "apply",
            "--unsafe-paths",
            patch
        );
        var fix = fixedCopy.Run("fix");

        Assert.That(apply.ExitCode, Is.Zero, apply.ToString() + "\n" + File.ReadAllText(patch));
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        foreach (var file in new[] { "App/Program.cs", "Lib/Library.cs", "Lib/Legacy/OldApi.cs" })
            Assert.That(sample.Read(file), Is.EqualTo(fixedCopy.Read(file)), file);
    }
}
