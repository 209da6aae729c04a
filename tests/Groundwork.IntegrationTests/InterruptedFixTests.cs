using System.Diagnostics;
using System.Text;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Usings;

namespace Groundwork.IntegrationTests;

/// <summary>
/// Fault injection: `dotnet build` with Format and Usings on fix over a few hundred files is killed (SIGKILL, the
/// whole process tree) at a random moment while it writes them, several times. After every kill each file must be
/// whole: its original bytes, the Format stage's output, or the final output (Format then Usings), never a mix or
/// a truncated file; and the next build must complete the work.
/// </summary>
[NonParallelizable]
[Category("Reliability")]
public class InterruptedFixTests
{
    private const int Files = 300;
    private const int Kills = 5;

    /// <summary>Fixed, so that a failure names the delays it used; the moments themselves still vary with the machine.</summary>
    private const int Seed = 20261202;

    private static string Source(int i) =>
        $$"""
            using System.Text;
            using System.Collections.Generic;
            using System;
            using System.Linq;
            namespace Interrupted.Part{{i % 7}};
            public sealed class Item{{i}} {
              private readonly List<int> _values = new List<int>{ {{i}}, {{i + 1}}, {{i + 2}} };
              public int Total( int factor ) { return _values.Where(v => v % 2 == {{i
                % 2}}).Select(v => v * factor).Sum() + {{i}}; }
              public string Describe() => new StringBuilder().Append("Item{{i}}: ").Append(Total(  3 )).Append(Math.Max({{i}}, 7)).ToString();
            }

            """;

    private sealed record Expected(byte[] Original, byte[] Formatted, byte[] Final);

    [Test]
    public void Killing_the_build_while_it_fixes_files_never_leaves_a_broken_file_and_the_next_build_completes()
    {
        var random = new Random(Seed);
        var figures = new List<string>();
        var corrupted = 0;
        var temporaryLeft = 0;
        var sample = SampleProject.Copy("Interrupted");
        var expected = WriteFiles(sample);
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = GroundworkPackage.PackagesFolder,
        };
        // Restore once, so that the kills land in the stages, not in a restore; each run starts again from the
        // original files (the stages' caches do not know their bytes).
        var restore = Dotnet.Run(sample.Directory, environment, "restore", "-nodeReuse:false");
        Assert.That(restore.ExitCode, Is.Zero, restore.ToString());
        for (var run = 1; run <= Kills; run++)
        {
            foreach (var (path, e) in expected)
                File.WriteAllBytes(path, e.Original);

            // The moment is a point of progress, not of time, so that it falls inside the writes on any machine:
            // 1 to 300 is while Format writes (that many files formatted), 301 to 600 while Usings writes; the
            // runs take turns.
            var target = random.Next(1, Files + 1) + (run % 2 == 0 ? Files : 0);
            var killedWhileWriting = KillAtProgress(sample, expected, target);

            var states = expected.Select(e => State(e.Key, e.Value)).ToList();
            var broken = states.Count(s => s == "broken");
            corrupted += broken;
            var leftAfterKill = TemporaryFiles(sample);
            temporaryLeft += leftAfterKill;
            figures.Add(
                $"run {run}: killed at progress {target} of {2 * Files} ({(killedWhileWriting ? "while writing" : "after the writes")}): "
                    + $"{states.Count(s => s == "original")} original, {states.Count(s => s == "formatted")} formatted, "
                    + $"{states.Count(s => s == "final")} final, {broken} broken; {leftAfterKill} temporary files"
            );
            Assert.That(broken, Is.Zero, string.Join("\n", figures));

            // A leftover younger than 10 seconds may be a parallel build's write in progress, so the stages leave
            // it; the next build here comes sooner than a user's would, so the leftovers' times are moved back.
            AgeTemporaryFiles(sample);
            // The next build completes the work: the stages alone (`-t:Groundwork`), and a whole build at the end.
            var next =
                run < Kills
                    ? Dotnet.Run(
                        sample.Directory,
                        environment,
                        "msbuild",
                        "-t:Groundwork",
                        "-nodeReuse:false"
                    )
                    : sample.Build("--no-restore");
            Assert.That(next.ExitCode, Is.Zero, next.ToString());
            foreach (var (path, e) in expected)
                Assert.That(File.ReadAllBytes(path), Is.EqualTo(e.Final), $"run {run}: {path}");
            // The next build removes the killed run's temporary files and leaves none of its own.
            Assert.That(TemporaryFiles(sample), Is.Zero, $"run {run}");
        }
        TestContext.Out.WriteLine(string.Join("\n", figures));
        TestContext.Out.WriteLine(
            $"{Kills} kills, {Files} files each: {corrupted} broken files, {temporaryLeft} temporary files left by the kills, all removed by the next build"
        );
    }

    private static Dictionary<string, Expected> WriteFiles(SampleProject sample)
    {
        var format = new FormatRewriter(new CSharpierOptionsProvider());
        var usings = new UsingsRewriter(new UsingsOptionsProvider());
        var expected = new Dictionary<string, Expected>(StringComparer.Ordinal);
        for (var i = 0; i < Files; i++)
        {
            var path = sample.PathOf($"Part{i % 7}/Item{i:000}.cs");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = Source(i);
            File.WriteAllText(path, text);
            // What the stages make of the file, computed in memory with the engine the package ships.
            var formatted = format.Rewrite(path, text, CancellationToken.None).NewText!;
            var final = usings.Rewrite(path, formatted, CancellationToken.None).NewText!;
            Assert.That(final, Is.Not.EqualTo(formatted), "the Usings stage has work too");
            expected[path] = new Expected(
                Encoding.UTF8.GetBytes(text),
                Encoding.UTF8.GetBytes(formatted),
                Encoding.UTF8.GetBytes(final)
            );
        }
        return expected;
    }

    /// <summary>Which whole version of the file is on disk; "broken" for anything else.</summary>
    private static string State(string path, Expected expected)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().SequenceEqual(expected.Original))
            return "original";
        if (bytes.AsSpan().SequenceEqual(expected.Formatted))
            return "formatted";
        if (bytes.AsSpan().SequenceEqual(expected.Final))
            return "final";
        return "broken";
    }

    private static int TemporaryFiles(SampleProject sample)
    {
        var files = Directory
            .EnumerateFiles(sample.Directory, "*.gwtmp", SearchOption.AllDirectories)
            .ToList();
        // Named so that a cleanup can tell them from anything else: a dot, the file's name, a GUID.
        foreach (var file in files)
            Assert.That(
                Path.GetFileName(file),
                Does.Match(@"^\.Item\d{3}\.cs\.[0-9a-f]{32}\.gwtmp$")
            );
        return files.Count;
    }

    private static void AgeTemporaryFiles(SampleProject sample)
    {
        foreach (
            var file in Directory.EnumerateFiles(
                sample.Directory,
                "*.gwtmp",
                SearchOption.AllDirectories
            )
        )
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
    }

    /// <summary>Files formatted, plus files final: 0 before the build, 2 × Files when it is done.</summary>
    private static int Progress(Dictionary<string, Expected> expected) =>
        expected.Sum(e =>
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(e.Key);
            }
            catch (IOException)
            {
                return 0;
            }
            return bytes.AsSpan().SequenceEqual(e.Value.Final) ? 2
                : bytes.AsSpan().SequenceEqual(e.Value.Original) ? 0
                : 1;
        });

    /// <summary>
    /// Starts the build and kills its whole process tree as soon as the stages' progress reaches
    /// <paramref name="target"/>. True when some file was still to be written at the kill.
    /// </summary>
    private static bool KillAtProgress(
        SampleProject sample,
        Dictionary<string, Expected> expected,
        int target
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = sample.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "--no-restore", "-nodeReuse:false" })
            start.ArgumentList.Add(argument);
        foreach (
            var name in start
                .Environment.Keys.Where(k =>
                    k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                )
                .ToList()
        )
            start.Environment.Remove(name);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["NUGET_PACKAGES"] = GroundworkPackage.PackagesFolder;
        start.Environment["CI"] = "false";
        // The kill takes the whole process tree: a compiler server this build started would go with it, under
        // the other tests' builds.
        start.Environment["UseSharedCompilation"] = "false";

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!process.HasExited && DateTime.UtcNow < deadline && Progress(expected) < target)
                Thread.Sleep(2);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        return expected.Any(e => !File.ReadAllBytes(e.Key).AsSpan().SequenceEqual(e.Value.Final));
    }
}
