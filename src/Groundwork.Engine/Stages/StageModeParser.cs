namespace Groundwork.Engine.Stages;

public static class StageModeParser
{
    /// <summary>
    /// Reads a stage property (<c>GroundworkFormat</c> and its siblings). <c>true</c> means fix on a developer's
    /// machine and check in CI, so that one property both keeps the code clean and guards it.
    /// </summary>
    public static bool TryParse(string? value, bool isContinuousIntegration, out StageMode mode)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "off" or "false":
                mode = StageMode.Off;
                return true;
            case "check":
                mode = StageMode.Check;
                return true;
            case "fix":
                mode = StageMode.Fix;
                return true;
            case "true":
                mode = isContinuousIntegration ? StageMode.Check : StageMode.Fix;
                return true;
            default:
                mode = StageMode.Off;
                return false;
        }
    }
}
