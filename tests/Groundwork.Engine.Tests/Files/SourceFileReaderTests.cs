using System.Text;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;

namespace Groundwork.Engine.Tests.Files;

public class SourceFileReaderTests
{
    private const string Text = "// café ñ 中文\r\nclass C { }\n";

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(new UTF8Encoding(false), false).SetName("UTF-8 without BOM");
        yield return new TestCaseData(new UTF8Encoding(true), true).SetName("UTF-8 with BOM");
        yield return new TestCaseData(new UnicodeEncoding(false, true), true).SetName("UTF-16 LE");
        yield return new TestCaseData(new UnicodeEncoding(true, true), true).SetName("UTF-16 BE");
        yield return new TestCaseData(new UTF32Encoding(false, true), true).SetName("UTF-32 LE");
    }

    [TestCaseSource(nameof(Encodings))]
    public void Round_trips_the_exact_bytes(Encoding encoding, bool withBom)
    {
        byte[] bytes = [.. withBom ? encoding.GetPreamble() : [], .. encoding.GetBytes(Text)];

        var (document, problem) = SourceFileReader.Decode("x.cs", bytes);

        Assert.That(problem, Is.Null);
        Assert.That(document!.Text, Is.EqualTo(Text), "the text keeps its mixed line endings");
        Assert.That(document.HasByteOrderMark, Is.EqualTo(withBom));
        Assert.That(document.Encode(document.Text), Is.EqualTo(bytes));
    }

    [Test]
    public void Refuses_text_that_is_not_utf8_and_names_the_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("class C\n{\n    // caf\u00e9\n}\n");

        var (document, problem) = SourceFileReader.Decode("x.cs", latin1);

        Assert.That(document, Is.Null);
        Assert.That(problem!.Code, Is.EqualTo(Findings.UnsupportedEncodingCode));
        Assert.That(problem.Line, Is.EqualTo(3));
    }

    [Test]
    public void Reports_a_missing_file_as_unreadable()
    {
        var (document, problem) = SourceFileReader.Read("/nonexistent/groundwork/x.cs");

        Assert.That(document, Is.Null);
        Assert.That(problem!.Code, Is.EqualTo(Findings.UnreadableFileCode));
        Assert.That(problem.Severity, Is.EqualTo(FindingSeverity.Error));
    }
}
