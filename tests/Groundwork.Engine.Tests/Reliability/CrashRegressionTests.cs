using System.Text;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.Reliability;

/// <summary>The crashes the fuzz test found, each reduced to its smallest input.</summary>
public class CrashRegressionTests
{
    /// <summary>
    /// CSharpier 1.3.0 throws ArgumentOutOfRangeException on a file-scoped namespace with no members followed by
    /// blank lines (found by FuzzTests, seed 9, cases 922, 2183 and 2495); the stage crashed with it.
    /// </summary>
    [TestCase("namespace N;\n\n\n", "namespace N;\n")]
    [TestCase("namespace N;\r\n\r\n\r\n", "namespace N;\r\n")]
    [TestCase(
        "#pragma warning disable X\nusing System.Net.Http;\n#pragma warning restore X\n\nnamespace N;\n\n\n",
        "#pragma warning disable X\nusing System.Net.Http;\n#pragma warning restore X\n\nnamespace N;\n"
    )]
    public void A_member_less_file_scoped_namespace_with_trailing_blank_lines_is_formatted(
        string text,
        string expected
    )
    {
        using var folder = new TempFolder();
        var path = folder.Write("Empty.cs", Encoding.UTF8.GetBytes(text));

        var result = new FormatRewriter(new CSharpierOptionsProvider()).Rewrite(
            path,
            text,
            CancellationToken.None
        );

        Assert.That(result.Findings, Is.Empty);
        Assert.That(result.NewText, Is.EqualTo(expected));
    }

    private sealed class ThrowingRewriter(string victim) : ISourceRewriter
    {
        private readonly FormatRewriter _inner = new(new CSharpierOptionsProvider());

        public string StageName => _inner.StageName;

        public string Fingerprint(string path) => _inner.Fingerprint(path);

        public RewriteResult Rewrite(
            string path,
            string text,
            CancellationToken cancellationToken
        ) =>
            path == victim
                ? throw new ArgumentOutOfRangeException("index", "boom")
                : _inner.Rewrite(path, text, cancellationToken);

        public Finding PendingChange(string path, int line, FindingSeverity severity) =>
            _inner.PendingChange(path, line, severity);
    }

    [Test]
    public void A_stage_that_fails_on_one_file_reports_it_and_does_the_others()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("Broken.cs", Encoding.UTF8.GetBytes("class B{int x;}\n"));
        var other = folder.Write("Other.cs", Encoding.UTF8.GetBytes("class C{int x;}\n"));

        var report = new StageRunner(new ThrowingRewriter(broken), CleanFileCache.None()).Run(
            [broken, other],
            StageMode.Fix,
            FindingSeverity.Error,
            CancellationToken.None
        );

        var finding = report.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.UnsafeRewriteCode));
        Assert.That((finding.FilePath, finding.Line), Is.EqualTo((broken, 1)));
        Assert.That(
            finding.Message,
            Does.Contain("ArgumentOutOfRangeException").And.Contain("boom").And.Contain("report")
        );
        Assert.That(File.ReadAllText(broken), Is.EqualTo("class B{int x;}\n"));
        Assert.That(File.ReadAllText(other), Is.EqualTo("class C\n{\n    int x;\n}\n"));
    }
}
