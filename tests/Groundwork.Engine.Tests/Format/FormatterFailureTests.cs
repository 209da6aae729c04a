using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.Format;

/// <summary>
/// CSharpier 1.3.0 throws on some code that parses but does not compile (its own CLI says "Threw exception while
/// formatting"). A file being written has such code often, and the build must then say where and why in one
/// line, not fail with a stack trace or blame Groundwork.
/// </summary>
public class FormatterFailureTests
{
    // The last section of the switch has no statement yet: Roslyn parses it, CSharpier's printer throws.
    private const string EmptyLastSection = """
        using Zeta;
        using Alpha;

        class C
        {
            void M(int x)
            {
                switch (x)
                {
                    case 1:
                        break;
                    default:
                }
            }
        }

        """;

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void Format_reports_GW1002_at_the_section_CSharpier_fails_on_and_leaves_the_file(
        string endOfLine
    )
    {
        using var folder = new TempFolder();
        var text = EmptyLastSection.ReplaceLineEndings(endOfLine);
        var failing = folder.Write("Failing.cs", System.Text.Encoding.UTF8.GetBytes(text));
        var plain = folder.Write("Plain.cs", "class   C{}\n"u8.ToArray());
        var written = File.GetLastWriteTimeUtc(failing);

        var report = new StageRunner(
            new FormatRewriter(new CSharpierOptionsProvider()),
            CleanFileCache.None()
        ).Run([failing, plain], StageMode.Fix, FindingSeverity.Error, CancellationToken.None);

        Assert.That(report.FilesChanged, Is.EqualTo(new[] { plain }));
        Assert.That(File.ReadAllText(failing), Is.EqualTo(text));
        Assert.That(File.GetLastWriteTimeUtc(failing), Is.EqualTo(written));
        var finding = report.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.TooDeeplyNestedCode));
        Assert.That((finding.FilePath, finding.Line, finding.Column), Is.EqualTo((failing, 12, 1)));
        Assert.That(finding.Message, Does.Contain("switch section with no statement"));
        Assert.That(finding.Message, Does.Not.Contain("Groundwork bug"));
    }

    [Test]
    public void Usings_orders_the_file_CSharpier_fails_on()
    {
        var result = new Groundwork.Engine.Usings.UsingsRewriter(
            new Groundwork.Engine.Usings.UsingsOptionsProvider()
        ).Rewrite("/src/Failing.cs", EmptyLastSection, CancellationToken.None);

        Assert.That(result.Findings, Is.Empty);
        Assert.That(result.NewText, Does.StartWith("using Alpha;\nusing Zeta;\n"));
    }
}
