using System.Diagnostics;
using System.Text;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;

namespace Groundwork.Cli.Tests;

/// <summary>Ctrl+C during a fix: the tool stops cleanly, exits 130, and leaves no half-written or temporary file.</summary>
public class InterruptTests
{
    private const int FileCount = 1200;

    /// <summary>A file big enough that formatting a thousand of them takes seconds on any machine.</summary>
    private static string Messy()
    {
        var text = new StringBuilder("namespace Quiet.Many;\npublic class Busy {\n");
        for (var i = 0; i < 40; i++)
            text.Append(
                $"  public int Method{i}( int a,int b ) {{ if(a>b){{return a+b*{i};}} else {{ return   a-b; }} }}\n"
            );
        return text.Append("}\n").ToString();
    }

    [Test]
    [Platform(Exclude = "Win")] // the signal is sent with kill(1)
    public void Ctrl_C_during_a_fix_exits_130_with_every_file_whole_and_no_temporary_file_left()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var messy = Messy();
        var files = Enumerable
            .Range(0, FileCount)
            .Select(i => sample.PathOf($"Quiet/Many/File{i:D4}.cs"))
            .ToList();
        Directory.CreateDirectory(sample.PathOf("Quiet/Many"));
        foreach (var file in files)
            File.WriteAllText(file, messy);
        var tidy = new FormatRewriter(new CSharpierOptionsProvider())
            .Rewrite(files[0], messy, CancellationToken.None)
            .NewText!;

        // The first file renamed into place (every write is a rename) says the fix is under way: interrupt
        // then, so that some files are written and others are not. A watcher reacts in milliseconds, where
        // polling a thousand files would let a fast machine finish first.
        using var firstWrite = new ManualResetEventSlim();
        using var watcher = new FileSystemWatcher(sample.PathOf("Quiet/Many"), "*.cs");
        watcher.Renamed += (_, _) => firstWrite.Set();
        watcher.Changed += (_, _) => firstWrite.Set();
        watcher.EnableRaisingEvents = true;
        using var running = Tool.Start(sample.Directory, "fix", "Quiet", "--stage", "format");
        Assert.That(firstWrite.Wait(TimeSpan.FromMinutes(3)), Is.True, running.Output);
        using (var kill = Process.Start("kill", ["-INT", running.Process.Id.ToString()]))
            kill.WaitForExit();
        Assert.That(
            running.Process.WaitForExit(TimeSpan.FromMinutes(2)),
            Is.True,
            "the tool stops"
        );
        var result = running.Result();

        var texts = files.Select(File.ReadAllText).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(130), result.ToString());
        Assert.That(result.Error, Does.Contain("error: cancelled (Ctrl+C)."));
        Assert.That(
            Directory.EnumerateFiles(sample.Directory, "*.gwtmp", SearchOption.AllDirectories),
            Is.Empty
        );
        Assert.That(texts.Where(t => t != messy && t != tidy), Is.Empty, "a half-written file");
        Assert.That(texts.Count(t => t == tidy), Is.InRange(1, FileCount - 1), "stopped midway");
    }
}
