using System.Text;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Usings;
using Groundwork.Engine.Stages;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.Format;

/// <summary>
/// Expressions nested a few hundred levels deep: CSharpier 1.3.0 refuses to format them ("We can't handle this
/// deep of recursion yet"), and no stage may crash on them, least of all with a stack overflow, which no
/// catch can stop and which would take the whole build down.
/// </summary>
public class DeepNestingTests
{
    // Windows' default thread stack; MSBuild and the thread pool may give a stage no more than this.
    private const int SmallStack = 1024 * 1024;

    private static string Parentheses(int depth) =>
        "using Zeta;\nusing Alpha;\n\nclass C\n{\n    int M() =>\n        "
        + new string('(', depth)
        + "1"
        + new string(')', depth)
        + ";\n}\n";

    private static string Sum(int terms) =>
        "using Zeta;\nusing Alpha;\n\nclass C\n{\n    int M(int a)\n    {\n        return "
        + string.Join(" + ", Enumerable.Repeat("a", terms))
        + ";\n    }\n}\n";

    public static IEnumerable<TestCaseData> DeepFiles()
    {
        yield return new TestCaseData(Parentheses(1000), 7).SetArgDisplayNames("1000 parentheses");
        yield return new TestCaseData(Parentheses(300), 7).SetArgDisplayNames("300 parentheses");
        yield return new TestCaseData(Sum(3000), 8).SetArgDisplayNames("3000 terms");
        yield return new TestCaseData(Sum(300), 8).SetArgDisplayNames("300 terms");
    }

    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            SmallStack
        );
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new AssertionException("threw", failure);
    }

    private static StageReport RunStage(
        ISourceRewriter rewriter,
        StageMode mode,
        params string[] files
    )
    {
        var runner = new StageRunner(rewriter, CleanFileCache.None());
        // The caller's stack is small on purpose: the stage must not depend on it.
        return OnSmallStack(() =>
            runner.Run(files, mode, FindingSeverity.Error, CancellationToken.None)
        );
    }

    [TestCaseSource(nameof(DeepFiles))]
    public void Format_reports_GW1002_at_the_deep_expression_and_leaves_the_file(
        string text,
        int line
    )
    {
        using var folder = new TempFolder();
        var deep = folder.Write("Deep.cs", Encoding.UTF8.GetBytes(text));
        var plain = folder.Write("Plain.cs", "class   C{}\n"u8.ToArray());

        var report = RunStage(
            new FormatRewriter(new CSharpierOptionsProvider()),
            StageMode.Fix,
            deep,
            plain
        );

        Assert.That(report.FilesChanged, Is.EqualTo(new[] { plain }));
        Assert.That(File.ReadAllText(deep), Is.EqualTo(text));
        var finding = report.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.TooDeeplyNestedCode));
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That((finding.FilePath, finding.Line, finding.Column), Is.EqualTo((deep, line, 1)));
        Assert.That(finding.Message, Does.Contain("nested too deeply"));
        Assert.That(finding.Message, Does.Contain("We can't handle this deep of recursion yet"));
        Assert.That(finding.Message, Does.Contain("GroundworkExclude"));
    }

    [TestCaseSource(nameof(DeepFiles))]
    public void Usings_orders_a_deep_file(string text, int line)
    {
        using var folder = new TempFolder();
        var deep = folder.Write("Deep.cs", Encoding.UTF8.GetBytes(text));

        var report = RunStage(new UsingsRewriter(new UsingsOptionsProvider()), StageMode.Fix, deep);

        Assert.That(report.Findings, Is.Empty);
        Assert.That(
            File.ReadAllText(deep),
            Is.EqualTo(text.Replace("using Zeta;\nusing Alpha;", "using Alpha;\nusing Zeta;"))
        );
    }

    [TestCaseSource(nameof(DeepFiles))]
    public void The_token_proof_handles_a_deep_file_even_on_a_small_stack(string text, int line)
    {
        var tree = CSharpSyntaxTree.ParseText(text, FormatRewriter.ParseOptions);
        var other = CSharpSyntaxTree.ParseText(
            text.Replace("=>\n", "=>  \n").Replace("return ", "return  "),
            FormatRewriter.ParseOptions
        );

        Assert.That(OnSmallStack(() => TokenEquivalence.FirstDifference(tree, other)), Is.Null);
    }

    // Without a stack of its own, the Usings stage took the 1000-deep file for a syntax error (Roslyn's parser
    // ran short of stack and reported CS8078).
    [Test]
    public void Each_file_gets_a_stack_large_enough_for_roslyn_to_parse_it()
    {
        var text = Parentheses(1000);
        var onSmallStack = OnSmallStack(() =>
            CSharpSyntaxTree.ParseText(text, FormatRewriter.ParseOptions).GetDiagnostics().ToList()
        );
        var onStageStack = LargeStack.Run(() =>
            CSharpSyntaxTree.ParseText(text, FormatRewriter.ParseOptions).GetDiagnostics().ToList()
        );

        Assert.That(onSmallStack.Select(d => d.Id), Does.Contain("CS8078"), "the premise");
        Assert.That(onStageStack, Is.Empty);
    }
}
