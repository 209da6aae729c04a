using System.Diagnostics;
using System.Text;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Usings;

namespace Groundwork.Cli.Tests;

/// <summary>
/// Fault injection, the CLI's side: `dotnet groundwork fix` over a few hundred files is killed (SIGKILL) at a
/// random point of its writes, a few times. Every file must be whole (original, formatted, or final) after each
/// kill, and the next `fix` must complete the work and exit 0.
/// </summary>
[NonParallelizable]
[Category("Reliability")]
public class InterruptedFixTests
{
    private const int Files = 200;
    private const int Kills = 3;
    private const int Seed = 20261203;

    private sealed record Expected(byte[] Original, byte[] Formatted, byte[] Final);

    private static string Source(int i) =>
        $$"""
            using System.Text;
            using System;
            using System.Linq;
            namespace Interrupted.Cli{{i % 5}};
            public sealed class Item{{i}} {
              public int Total( int[] values ) { return values.Where(v => v % 2 == {{i
                % 2}}).Sum() + {{i}}; }
              public string Describe() => new StringBuilder().Append("Item{{i}}: ").Append(Math.Max({{i}}, 7)).ToString();
            }

            """;

    [Test]
    public void Killing_fix_never_leaves_a_broken_file_and_the_next_fix_completes()
    {
        using var sample = SampleCopy.Of("Interrupted");
        var format = new FormatRewriter(new CSharpierOptionsProvider());
        var usings = new UsingsRewriter(new UsingsOptionsProvider());
        var expected = new Dictionary<string, Expected>(StringComparer.Ordinal);
        for (var i = 0; i < Files; i++)
        {
            var path = sample.PathOf($"Cli{i % 5}/Item{i:000}.cs");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = Source(i);
            var formatted = format.Rewrite(path, text, CancellationToken.None).NewText!;
            var final = usings.Rewrite(path, formatted, CancellationToken.None).NewText!;
            expected[path] = new(
                Encoding.UTF8.GetBytes(text),
                Encoding.UTF8.GetBytes(formatted),
                Encoding.UTF8.GetBytes(final)
            );
        }

        var random = new Random(Seed);
        var figures = new List<string>();
        for (var run = 1; run <= Kills; run++)
        {
            foreach (var (path, e) in expected)
                File.WriteAllBytes(path, e.Original);
            // A point of progress, not of time: formatted files count 1, final files 2; the runs take turns
            // between the Format stage's writes and the Usings stage's.
            var target = random.Next(1, Files + 1) + (run % 2 == 0 ? Files : 0);
            KillAtProgress(sample, expected, target);

            var states = expected
                .Select(e =>
                {
                    var bytes = File.ReadAllBytes(e.Key);
                    return bytes.AsSpan().SequenceEqual(e.Value.Original) ? "original"
                        : bytes.AsSpan().SequenceEqual(e.Value.Formatted) ? "formatted"
                        : bytes.AsSpan().SequenceEqual(e.Value.Final) ? "final"
                        : "broken";
                })
                .ToList();
            figures.Add(
                $"run {run}: killed at progress {target} of {2 * Files}: "
                    + string.Join(
                        ", ",
                        states
                            .GroupBy(s => s)
                            .OrderBy(g => g.Key)
                            .Select(g => $"{g.Count()} {g.Key}")
                    )
                    + $"; {Directory.EnumerateFiles(sample.Directory, "*.gwtmp", SearchOption.AllDirectories).Count()} temporary files"
            );
            Assert.That(states, Has.None.EqualTo("broken"), string.Join("\n", figures));

            // A leftover younger than 10 seconds may be a parallel run's write in progress, so the stages leave it;
            // the next run here comes sooner than a user's would, so the leftovers' times are moved back.
            foreach (
                var file in Directory.EnumerateFiles(
                    sample.Directory,
                    "*.gwtmp",
                    SearchOption.AllDirectories
                )
            )
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
            var next = sample.Run("fix");
            Assert.That(next.ExitCode, Is.Zero, next.ToString());
            foreach (var (path, e) in expected)
                Assert.That(File.ReadAllBytes(path), Is.EqualTo(e.Final), $"run {run}: {path}");
            Assert.That(
                Directory.EnumerateFiles(sample.Directory, "*.gwtmp", SearchOption.AllDirectories),
                Is.Empty,
                $"run {run}: the next fix removes the leftovers"
            );
        }
        TestContext.Out.WriteLine(string.Join("\n", figures));
    }

    private static int Progress(Dictionary<string, Expected> expected) =>
        expected.Sum(e =>
        {
            try
            {
                var bytes = File.ReadAllBytes(e.Key);
                return bytes.AsSpan().SequenceEqual(e.Value.Final) ? 2
                    : bytes.AsSpan().SequenceEqual(e.Value.Original) ? 0
                    : 1;
            }
            catch (IOException)
            {
                return 0;
            }
        });

    private static void KillAtProgress(
        SampleCopy sample,
        Dictionary<string, Expected> expected,
        int target
    )
    {
        using var running = Tool.Start(sample.Directory, "fix");
        var process = running.Process;
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
    }
}
