using System.Text;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Groundwork.Engine.Usings;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.Reliability;

/// <summary>
/// Files a real repository has and a stage must survive: read-only, locked, deleted while the stage runs, bad or
/// unusual encodings and line endings, a 10 MB file, deeply nested code. Each test runs the per-file stages as a
/// build does (Format, then Usings, in fix mode, with the cache), next to a file that needs ordinary work, and
/// asserts the diagnostic (code and position), that the other file was fixed, and that the next build, once the
/// problem is gone, completes the work.
/// </summary>
[Category("Reliability")]
public class BadInputTests
{
    private const string Messy = "using Zeta;\nusing Alpha;\nclass C{int x;}\n";
    private const string Fixed = "using Alpha;\nusing Zeta;\n\nclass C\n{\n    int x;\n}\n";

    private sealed class Build(string folder)
    {
        private readonly FormatRewriter _format = new(new CSharpierOptionsProvider());
        private readonly UsingsRewriter _usings = new(new UsingsOptionsProvider());

        /// <summary>Format then Usings, fix mode, each with its cache in the folder, as the targets run them.</summary>
        public List<Finding> Run(params string[] files)
        {
            var findings = new List<Finding>();
            foreach (
                var (rewriter, cache) in new (ISourceRewriter, string)[]
                {
                    (_format, "format.cache"),
                    (_usings, "usings.cache"),
                }
            )
            {
                var report = new StageRunner(
                    rewriter,
                    CleanFileCache.Load(Path.Combine(folder, "obj", cache))
                ).Run(files, StageMode.Fix, FindingSeverity.Error, CancellationToken.None);
                findings.AddRange(report.Findings);
            }
            return findings;
        }
    }

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join(
            "\n",
            findings.Select(f => $"{f.Code} {f.FilePath}({f.Line},{f.Column}) {f.Message}")
        );

    [Test]
    public void A_read_only_file_gets_GW0003_the_others_are_fixed_and_it_is_fixed_once_writable()
    {
        using var folder = new TempFolder();
        var readOnly = folder.Write("ReadOnly.cs", Encoding.UTF8.GetBytes(Messy));
        var other = folder.Write("Other.cs", Encoding.UTF8.GetBytes(Messy));
        File.SetAttributes(readOnly, FileAttributes.ReadOnly);
        var build = new Build(folder.Path);

        var findings = build.Run(readOnly, other);

        // Each stage reports it: each would have written it.
        Assert.That(
            findings.Select(f => (f.Code, f.FilePath)).Distinct(),
            Is.EqualTo(new[] { (Findings.UnreadableFileCode, readOnly) }),
            Describe(findings)
        );
        Assert.That(findings[0].Message, Does.Contain("read-only"));
        Assert.That(File.ReadAllText(readOnly), Is.EqualTo(Messy));
        Assert.That(File.ReadAllText(other), Is.EqualTo(Fixed));

        File.SetAttributes(readOnly, FileAttributes.Normal);
        Assert.That(build.Run(readOnly, other), Is.Empty);
        Assert.That(File.ReadAllText(readOnly), Is.EqualTo(Fixed));
    }

    [Test]
    public void A_file_another_process_holds_locked_gets_GW0003_and_is_fixed_once_released()
    {
        using var folder = new TempFolder();
        var locked = folder.Write("Locked.cs", Encoding.UTF8.GetBytes(Messy));
        var other = folder.Write("Other.cs", Encoding.UTF8.GetBytes(Messy));
        var build = new Build(folder.Path);

        List<Finding> findings;
        // An exclusive open: a share lock on Windows, flock on Unix, as an editor or a backup tool may hold.
        using (new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            findings = build.Run(locked, other);

        Assert.That(
            findings.Select(f => f.Code).Distinct(),
            Is.EqualTo(new[] { Findings.UnreadableFileCode }),
            Describe(findings)
        );
        Assert.That(findings.Select(f => f.FilePath).Distinct(), Is.EqualTo(new[] { locked }));
        Assert.That(File.ReadAllText(locked), Is.EqualTo(Messy));
        Assert.That(File.ReadAllText(other), Is.EqualTo(Fixed));

        Assert.That(build.Run(locked, other), Is.Empty);
        Assert.That(File.ReadAllText(locked), Is.EqualTo(Fixed));
    }

    [Test]
    public void A_file_deleted_before_or_while_a_stage_runs_gets_GW0003_and_the_rest_is_done()
    {
        using var folder = new TempFolder();
        var gone = Path.Combine(folder.Path, "Gone.cs");
        var deletedDuring = folder.Write("DeletedDuring.cs", Encoding.UTF8.GetBytes(Messy));
        var other = folder.Write("Other.cs", Encoding.UTF8.GetBytes(Messy));
        var rewriter = new DeletingRewriter(deletedDuring);

        var report = new StageRunner(rewriter, CleanFileCache.None()).Run(
            [gone, deletedDuring, other],
            StageMode.Fix,
            FindingSeverity.Error,
            CancellationToken.None
        );

        Assert.That(
            report.Findings.Select(f => (f.Code, f.FilePath)),
            Is.EquivalentTo(
                new[]
                {
                    (Findings.UnreadableFileCode, gone),
                    (Findings.UnreadableFileCode, deletedDuring),
                }
            ),
            Describe(report.Findings)
        );
        Assert.That(File.Exists(deletedDuring), Is.False, "a deleted file is not brought back");
        Assert.That(report.FilesChanged, Is.EqualTo(new[] { other }));
        Assert.That(Directory.EnumerateFiles(folder.Path, "*.gwtmp"), Is.Empty);
    }

    /// <summary>The Format stage, deleting one file while it is analysed (as a git checkout can).</summary>
    private sealed class DeletingRewriter(string victim) : ISourceRewriter
    {
        private readonly FormatRewriter _inner = new(new CSharpierOptionsProvider());

        public string StageName => _inner.StageName;

        public string Fingerprint(string path) => _inner.Fingerprint(path);

        public RewriteResult Rewrite(string path, string text, CancellationToken cancellationToken)
        {
            if (path == victim)
                File.Delete(path);
            return _inner.Rewrite(path, text, cancellationToken);
        }

        public Finding PendingChange(string path, int line, FindingSeverity severity) =>
            _inner.PendingChange(path, line, severity);
    }

    [Test]
    public void Invalid_UTF8_gets_GW0004_at_the_line_of_the_bad_byte_and_is_fixed_once_saved_as_UTF8()
    {
        using var folder = new TempFolder();
        byte[] bad =
        [
            .. Encoding.UTF8.GetBytes("using Zeta;\nusing Alpha;\n// caf"),
            0xE9,
            .. Encoding.UTF8.GetBytes("\nclass C{int x;}\n"),
        ];
        var latin1 = folder.Write("Latin1.cs", bad);
        var other = folder.Write("Other.cs", Encoding.UTF8.GetBytes(Messy));
        var build = new Build(folder.Path);

        var findings = build.Run(latin1, other);

        Assert.That(findings, Is.Not.Empty);
        Assert.That(
            findings.Select(f => (f.Code, f.FilePath, f.Line)).Distinct(),
            Is.EqualTo(new[] { (Findings.UnsupportedEncodingCode, latin1, 3) }),
            Describe(findings)
        );
        Assert.That(File.ReadAllBytes(latin1), Is.EqualTo(bad));
        Assert.That(File.ReadAllText(other), Is.EqualTo(Fixed));

        File.WriteAllText(latin1, "using Zeta;\nusing Alpha;\n// café\nclass C{int x;}\n");
        Assert.That(build.Run(latin1, other), Is.Empty);
        Assert.That(
            File.ReadAllText(latin1),
            Is.EqualTo("using Alpha;\nusing Zeta;\n\n// café\nclass C\n{\n    int x;\n}\n")
        );
    }

    [Test]
    public void UTF16_with_a_byte_order_mark_is_fixed_and_stays_UTF16_with_its_mark()
    {
        using var folder = new TempFolder();
        var utf16 = folder.Write(
            "Utf16.cs",
            [
                .. Encoding.Unicode.GetPreamble(),
                .. Encoding.Unicode.GetBytes(Messy.Replace("int x", "string é")),
            ]
        );
        var build = new Build(folder.Path);

        Assert.That(build.Run(utf16), Is.Empty);

        var bytes = File.ReadAllBytes(utf16);
        Assert.That(bytes[..2], Is.EqualTo(Encoding.Unicode.GetPreamble()));
        Assert.That(
            Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2),
            Is.EqualTo(Fixed.Replace("int x", "string é"))
        );
        Assert.That(build.Run(utf16), Is.Empty, "the second build has nothing to do");
        Assert.That(File.ReadAllBytes(utf16), Is.EqualTo(bytes));
    }

    [TestCase("using Zeta;\r\nusing Alpha;\nclass C{int x;}\r\n", TestName = "Mixed line endings")]
    [TestCase("using Zeta;\nusing Alpha;\nclass C{int x;}", TestName = "No final newline")]
    [TestCase("using Zeta;\rusing Alpha;\rclass C{int x;}\r", TestName = "Old Mac line endings")]
    public void Unusual_line_endings_are_fixed_to_a_stable_text_with_the_same_code(string text)
    {
        using var folder = new TempFolder();
        var file = folder.Write("Lines.cs", Encoding.UTF8.GetBytes(text));
        var build = new Build(folder.Path);

        Assert.That(build.Run(file), Is.Empty);

        var result = File.ReadAllText(file);
        Assert.That(result.ReplaceLineEndings("\n"), Is.EqualTo(Fixed));
        Assert.That(result, Does.EndWith(result.Contains("\r\n") ? "\r\n" : "\n"));
        var written = File.ReadAllBytes(file);
        Assert.That(build.Run(file), Is.Empty);
        Assert.That(
            File.ReadAllBytes(file),
            Is.EqualTo(written),
            "stable: the next build changes nothing"
        );
    }

    [Test]
    public void A_10_MB_file_is_fixed_in_one_piece()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder("using Zeta;\nusing Alpha;\nnamespace Big;\n");
        for (var i = 0; text.Length < 10 * 1024 * 1024; i++)
            text.Append(
                $"public class C{i}{{public int M(int a,int b){{return a*{i}+b-{i}%7;}}public string S=>\"{i}\";}}\n"
            );
        var big = folder.Write("Big.cs", Encoding.UTF8.GetBytes(text.ToString()));
        var build = new Build(folder.Path);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var findings = build.Run(big);

        TestContext.Out.WriteLine($"10 MB file: fixed in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.That(findings, Is.Empty, Describe(findings));
        var result = File.ReadAllText(big);
        Assert.That(result, Does.StartWith("using Alpha;\nusing Zeta;\n\nnamespace Big;\n"));
        Assert.That(result, Does.EndWith("}\n"));
        Assert.That(CSharpSyntaxTree.ParseText(result).GetDiagnostics(), Is.Empty);
        Assert.That(Directory.EnumerateFiles(folder.Path, "*.gwtmp"), Is.Empty);
    }

    [TestCase(3000, TestName = "Nested parentheses, 3000 deep")]
    public void Deeply_nested_code_is_fixed_or_left_alone_with_a_diagnostic_and_never_crashes(
        int depth
    )
    {
        using var folder = new TempFolder();
        var nested =
            "class Deep{int M()=>" + new string('(', depth) + "1" + new string(')', depth) + ";}\n";
        var file = folder.Write("Deep.cs", Encoding.UTF8.GetBytes(nested));
        var other = folder.Write("Other.cs", Encoding.UTF8.GetBytes(Messy));
        var build = new Build(folder.Path);

        var findings = build.Run(file, other);

        Assert.That(File.ReadAllText(other), Is.EqualTo(Fixed));
        var result = File.ReadAllText(file);
        if (result == nested)
            Assert.That(
                findings.Select(f => f.FilePath),
                Does.Contain(file),
                "left alone, so it says why: " + Describe(findings)
            );
        else
            Assert.That(
                TokenEquivalence.FirstDifference(
                    CSharpSyntaxTree.ParseText(nested),
                    CSharpSyntaxTree.ParseText(result)
                ),
                Is.Null
            );
        foreach (var finding in findings)
            Assert.That(finding.Line, Is.InRange(1, 1), Describe(findings));
    }

    [Test]
    public void Deeply_nested_binary_expressions_are_fixed_or_left_alone_and_never_crash()
    {
        using var folder = new TempFolder();
        var nested =
            "class Deep{int M()=>" + string.Join("+", Enumerable.Repeat("1", 5000)) + ";}\n";
        var file = folder.Write("Deep.cs", Encoding.UTF8.GetBytes(nested));
        var build = new Build(folder.Path);

        var findings = build.Run(file);

        var result = File.ReadAllText(file);
        if (result == nested)
            Assert.That(findings, Is.Not.Empty, "left alone, so it says why");
        else
            Assert.That(
                TokenEquivalence.FirstDifference(
                    CSharpSyntaxTree.ParseText(nested),
                    CSharpSyntaxTree.ParseText(result)
                ),
                Is.Null
            );
    }
}
