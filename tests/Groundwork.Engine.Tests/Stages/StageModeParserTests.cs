using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.Stages;

public class StageModeParserTests
{
    [TestCase(null, false, StageMode.Off)]
    [TestCase("", false, StageMode.Off)]
    [TestCase("off", true, StageMode.Off)]
    [TestCase("False", false, StageMode.Off)]
    [TestCase("check", false, StageMode.Check)]
    [TestCase("FIX", true, StageMode.Fix)]
    [TestCase("true", false, StageMode.Fix)]
    [TestCase("true", true, StageMode.Check)]
    [TestCase(" fix ", false, StageMode.Fix)]
    public void Reads_the_allowed_values(string? value, bool isCi, StageMode expected)
    {
        Assert.That(StageModeParser.TryParse(value, isCi, out var mode), Is.True);
        Assert.That(mode, Is.EqualTo(expected));
    }

    [TestCase("yes")]
    [TestCase("on")]
    [TestCase("fix;check")]
    public void Refuses_anything_else(string value) =>
        Assert.That(StageModeParser.TryParse(value, false, out _), Is.False);
}
