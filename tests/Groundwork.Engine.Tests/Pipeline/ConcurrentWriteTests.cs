using System.Text;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.Pipeline;

/// <summary>
/// Another process (the other project of a parallel build that links the same file, or an editor) writes a file
/// while a per-file stage works on it: the stage re-analyses what is there, never reports GW0003 for it, and
/// never writes over the other process's work with a result computed from older text.
/// </summary>
public class ConcurrentWriteTests
{
    private const string Messy = "class C{int x;}\n";
    private const string Tidy = "class C\n{\n    int x;\n}\n";

    /// <summary>The Format stage, with a hook that runs while a file is being analysed.</summary>
    private sealed class InterruptedRewriter(Action<string, int> duringRewrite) : ISourceRewriter
    {
        private readonly FormatRewriter _inner = new(new CSharpierOptionsProvider());
        private int _calls;

        public int Calls => _calls;
        public string StageName => _inner.StageName;

        public string Fingerprint(string path) => _inner.Fingerprint(path);

        public RewriteResult Rewrite(string path, string text, CancellationToken cancellationToken)
        {
            duringRewrite(path, Interlocked.Increment(ref _calls));
            return _inner.Rewrite(path, text, cancellationToken);
        }

        public Finding PendingChange(string path, int line, FindingSeverity severity) =>
            _inner.PendingChange(path, line, severity);
    }

    private static StageReport Fix(ISourceRewriter rewriter, string file) =>
        new StageRunner(rewriter, CleanFileCache.None()).Run(
            [file],
            StageMode.Fix,
            FindingSeverity.Error,
            CancellationToken.None
        );

    [Test]
    public void A_file_another_process_fixed_meanwhile_is_reanalysed_and_left_as_it_is()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.cs", Encoding.UTF8.GetBytes(Messy));
        // The other project formats the file while this one analyses the old text.
        var theirs = Tidy;
        var rewriter = new InterruptedRewriter(
            (path, call) =>
            {
                if (call == 1)
                    File.WriteAllText(path, theirs);
            }
        );

        var report = Fix(rewriter, file);

        Assert.That(report.Findings, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(File.ReadAllText(file), Is.EqualTo(theirs));
        Assert.That(rewriter.Calls, Is.EqualTo(2), "the new text is analysed again");
        Assert.That(report.FilesChanged, Is.Empty);
    }

    [Test]
    public void A_file_another_process_changed_meanwhile_gets_this_stage_s_work_on_its_new_text()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.cs", Encoding.UTF8.GetBytes(Messy));
        var rewriter = new InterruptedRewriter(
            (path, call) =>
            {
                if (call == 1)
                    File.WriteAllText(path, "class D{int y;}\n");
            }
        );

        var report = Fix(rewriter, file);

        Assert.That(report.Findings, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(File.ReadAllText(file), Is.EqualTo("class D\n{\n    int y;\n}\n"));
        Assert.That(report.FilesChanged, Is.EqualTo(new[] { file }));
    }

    [Test]
    public void A_file_that_keeps_changing_is_left_for_the_next_build_with_GW0007_not_GW0003()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.cs", Encoding.UTF8.GetBytes(Messy));
        var rewriter = new InterruptedRewriter(
            (path, call) => File.WriteAllText(path, $"class C{{int x{call};}}\n")
        );

        var report = Fix(rewriter, file);

        var finding = report.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.FileChangedCode));
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(finding.Message, Does.Contain("Format stage").And.Contain("next build"));
        // The other writer's text stays: nothing computed from older text was written over it.
        Assert.That(File.ReadAllText(file), Is.EqualTo("class C{int x2;}\n"));
        Assert.That(report.FilesChanged, Is.Empty);
    }

    [Test]
    public void A_stage_waits_for_the_lock_another_holder_has_on_the_file()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.cs", Encoding.UTF8.GetBytes(Messy));
        var held = FileWriteLock.Acquire(file, TimeSpan.Zero, CancellationToken.None);
        Assert.That(held, Is.Not.Null);

        var run = Task.Run(() => Fix(new InterruptedRewriter((_, _) => { }), file));
        Thread.Sleep(500);
        Assert.That(run.IsCompleted, Is.False, "the stage writes only under the lock");
        Assert.That(File.ReadAllText(file), Is.EqualTo(Messy));
        // Meanwhile the holder writes the file: the stage must see that text, not the one it analysed.
        File.WriteAllText(file, "class E{int z;}\n");
        held!.Dispose();

        var report = run.Wait(TimeSpan.FromSeconds(30)) ? run.Result : null;
        Assert.That(report, Is.Not.Null);
        Assert.That(report!.Findings, Is.Empty);
        Assert.That(File.ReadAllText(file), Is.EqualTo("class E\n{\n    int z;\n}\n"));
    }

    [Test]
    public void The_lock_is_exclusive_between_holders_and_free_again_when_released()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.cs", Encoding.UTF8.GetBytes(Messy));

        using (FileWriteLock.Acquire(file, TimeSpan.Zero, CancellationToken.None))
        {
            Assert.That(
                FileWriteLock.Acquire(file, TimeSpan.FromMilliseconds(100), CancellationToken.None),
                Is.Null
            );
            // Another path to the same file is the same lock.
            var other = Path.Combine(folder.Path, ".", "a.cs");
            Assert.That(
                FileWriteLock.LockPathOf(other),
                Is.EqualTo(FileWriteLock.LockPathOf(file))
            );
        }
        using var again = FileWriteLock.Acquire(file, TimeSpan.Zero, CancellationToken.None);
        Assert.That(again, Is.Not.Null);
    }
}
