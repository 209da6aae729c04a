using System.Runtime.Versioning;
using System.Text;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.Pipeline;

public class StageRunnerTests
{
    private const string Messy = "using Zeta;\r\nusing Alpha;\r\nclass C{int x;}\r\n";
    private const string Tidy = "class C\n{\n    int x;\n}\n";

    private static StageReport Run(
        IReadOnlyCollection<string> files,
        StageMode mode,
        CleanFileCache? cache = null
    ) =>
        new StageRunner(
            new FormatRewriter(new CSharpierOptionsProvider()),
            cache ?? CleanFileCache.None()
        ).Run(files, mode, FindingSeverity.Error, CancellationToken.None);

    [Test]
    public void Check_reports_the_first_different_line_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.cs", Encoding.UTF8.GetBytes(Messy));
        var written = File.GetLastWriteTimeUtc(file);

        var report = Run([file], StageMode.Check);

        var finding = report.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.NotFormattedCode));
        Assert.That(finding.Line, Is.EqualTo(3));
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
        Assert.That(File.ReadAllText(file), Is.EqualTo(Messy));
        Assert.That(File.GetLastWriteTimeUtc(file), Is.EqualTo(written));
        Assert.That(report.FilesChanged, Is.Empty);
    }

    [Test]
    public void Check_keeps_the_proposed_text_only_when_asked_and_still_writes_nothing()
    {
        using var folder = new TempFolder();
        var messy = folder.Write("a.cs", Encoding.UTF8.GetBytes(Messy));
        var tidy = folder.Write("b.cs", Encoding.UTF8.GetBytes(Tidy));
        var rewriter = new FormatRewriter(new CSharpierOptionsProvider());

        var kept = new StageRunner(rewriter, CleanFileCache.None())
        {
            KeepProposedChanges = true,
        }.Run([messy, tidy], StageMode.Check, FindingSeverity.Error, CancellationToken.None);
        var plain = Run([messy, tidy], StageMode.Check);

        var change = kept.ProposedChanges.Single();
        Assert.That(change.FilePath, Is.EqualTo(messy));
        Assert.That(change.OriginalText, Is.EqualTo(Messy));
        Assert.That(
            change.NewText,
            Is.EqualTo(rewriter.Rewrite(messy, Messy, CancellationToken.None).NewText)
        );
        Assert.That(change.NewText, Is.Not.EqualTo(Messy));
        Assert.That(plain.ProposedChanges, Is.Empty);
        Assert.That(File.ReadAllText(messy), Is.EqualTo(Messy));
    }

    [Test]
    public void Fix_rewrites_keeping_bom_and_line_endings_and_leaves_clean_files_untouched()
    {
        using var folder = new TempFolder();
        var messy = folder.Write(
            "a.cs",
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Messy)]
        );
        var tidy = folder.Write("b.cs", Encoding.UTF8.GetBytes(Tidy));
        var tidyTime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(tidy, tidyTime);

        var report = Run([messy, tidy], StageMode.Fix);

        Assert.That(report.Findings, Is.Empty);
        Assert.That(report.FilesChanged, Is.EqualTo(new[] { messy }));
        var bytes = File.ReadAllBytes(messy);
        Assert.That(bytes[..3], Is.EqualTo(Encoding.UTF8.GetPreamble()), "BOM kept");
        Assert.That(
            Encoding.UTF8.GetString(bytes[3..]),
            Is.EqualTo("using Zeta;\r\nusing Alpha;\r\n\r\nclass C\r\n{\r\n    int x;\r\n}\r\n")
        );
        Assert.That(File.GetLastWriteTimeUtc(tidy), Is.EqualTo(tidyTime));
    }

    [Test]
    [UnsupportedOSPlatform("windows")] // file modes are a Unix notion
    public void A_read_only_file_is_reported_and_the_others_are_still_fixed()
    {
        using var folder = new TempFolder();
        var locked = folder.Write("locked.cs", Encoding.UTF8.GetBytes(Messy));
        var other = folder.Write("other.cs", Encoding.UTF8.GetBytes(Messy));
        File.SetUnixFileMode(locked, UnixFileMode.UserRead);

        var report = Run([locked, other], StageMode.Fix);

        var finding = report.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.UnreadableFileCode));
        Assert.That(finding.FilePath, Is.EqualTo(locked));
        Assert.That(File.ReadAllText(locked), Is.EqualTo(Messy));
        Assert.That(report.FilesChanged, Is.EqualTo(new[] { other }));
    }

    [Test]
    public void A_syntax_error_leaves_the_file_as_it_was()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.cs", "class C {\n  void M( {\n}\n"u8.ToArray());

        var report = Run([broken], StageMode.Fix);

        Assert.That(report.Findings.Single().Code, Is.EqualTo(Findings.SyntaxErrorCode));
        Assert.That(File.ReadAllText(broken), Is.EqualTo("class C {\n  void M( {\n}\n"));
    }

    [Test]
    public void A_broken_config_file_is_reported_once_not_once_per_file_that_uses_it()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".csharpierrc.yaml", Encoding.UTF8.GetBytes("useTabs: maybe\n"));
        var files = new[] { "a.cs", "b.cs", "sub/c.cs" }
            .Select(name => folder.Write(name, Encoding.UTF8.GetBytes(Messy)))
            .ToList();

        var report = Run(files, StageMode.Check);

        var finding = report.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.InvalidConfigurationCode));
        Assert.That((finding.FilePath, finding.Line, finding.Column), Is.EqualTo((config, 1, 10)));
    }

    [Test]
    public void Generated_files_are_skipped()
    {
        using var folder = new TempFolder();
        var generated = folder.Write("gen.cs", "// <auto-generated/>\nclass   C{}\n"u8.ToArray());

        var report = Run([generated], StageMode.Fix);

        Assert.That(report.FilesChanged, Is.Empty);
        Assert.That(report.Findings, Is.Empty);
    }

    [Test]
    public void The_cache_skips_clean_files_until_they_change_and_survives_corruption()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.cs", Encoding.UTF8.GetBytes(Tidy));
        var cachePath = Path.Combine(folder.Path, "obj", "format.cache");

        Run([file], StageMode.Check, CleanFileCache.Load(cachePath));
        var key = CleanFileCache.Key(
            File.ReadAllBytes(file),
            new FormatRewriter(new CSharpierOptionsProvider()).Fingerprint(file)
        );
        Assert.That(CleanFileCache.Load(cachePath).IsClean(file, key), Is.True);

        File.WriteAllText(file, Messy);
        var report = Run([file], StageMode.Check, CleanFileCache.Load(cachePath));
        Assert.That(
            report.Findings.Single().Code,
            Is.EqualTo(Findings.NotFormattedCode),
            "a changed file is examined again"
        );

        File.WriteAllText(cachePath, "not a cache\x00");
        report = Run([file], StageMode.Check, CleanFileCache.Load(cachePath));
        Assert.That(
            report.Findings.Single().Code,
            Is.EqualTo(Findings.NotFormattedCode),
            "a corrupt cache is not trusted"
        );
    }

    [Test]
    public void Check_judges_the_pending_text_of_an_earlier_stage_and_leaves_the_cache_alone()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.cs", Encoding.UTF8.GetBytes(Tidy));
        var cacheFile = Path.Combine(folder.Path, "obj", "format.cache");
        var pending = new Dictionary<string, string> { [file] = Messy };

        var report = new StageRunner(
            new FormatRewriter(new CSharpierOptionsProvider()),
            CleanFileCache.Load(cacheFile)
        )
        {
            KeepProposedChanges = true,
            PendingTexts = pending,
        }.Run([file], StageMode.Check, FindingSeverity.Error, CancellationToken.None);

        var change = report.ProposedChanges.Single();
        Assert.That(
            change.OriginalText,
            Is.EqualTo(Messy),
            "the earlier stage's text, not the disk's"
        );
        Assert.That(
            change.NewText,
            Is.EqualTo(
                new FormatRewriter(new CSharpierOptionsProvider())
                    .Rewrite(file, Messy, CancellationToken.None)
                    .NewText
            )
        );
        Assert.That(File.ReadAllText(file), Is.EqualTo(Tidy));
        Assert.That(File.Exists(cacheFile), Is.False, "the cache describes the files on disk only");
        Assert.That(
            () =>
                new StageRunner(
                    new FormatRewriter(new CSharpierOptionsProvider()),
                    CleanFileCache.None()
                )
                {
                    PendingTexts = pending,
                }.Run([file], StageMode.Fix, FindingSeverity.Error, CancellationToken.None),
            Throws.InvalidOperationException
        );
    }
}
