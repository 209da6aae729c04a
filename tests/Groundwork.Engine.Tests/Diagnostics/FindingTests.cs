using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Tests.Diagnostics;

public class FindingTests
{
    // MSBuild prints each line of a message as a diagnostic of its own; an exception's text can span lines.
    [TestCase("first line\nsecond line", "first line second line")]
    [TestCase("first line\r\n\r\n  second line\r\n", "first line second line")]
    [TestCase("one line", "one line")]
    public void A_message_is_always_one_line(string message, string expected)
    {
        var finding = Findings.InvalidConfiguration("/repo/.csharpierrc", 2, 5, message);

        Assert.That(finding.Message, Does.EndWith(expected));
        Assert.That(
            finding.ToString(),
            Is.EqualTo(
                $"/repo/.csharpierrc(2,5): error GW0006: The formatting configuration cannot be read: {expected}"
            )
        );
    }

    [Test]
    public void A_message_set_after_construction_is_one_line_too()
    {
        var finding = Findings.InvalidConfiguration("/repo/.csharpierrc", 0, 0, "x") with
        {
            Message = "a\nb",
        };

        Assert.That(finding.Message, Is.EqualTo("a b"));
    }
}
