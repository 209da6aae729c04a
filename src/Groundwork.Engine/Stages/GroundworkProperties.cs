using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Stages;

/// <summary>
/// Every public Groundwork property that takes one of a few words, with those words: the rules the CLI checks
/// a project with. The build checks the same rules in <c>build/Groundwork.targets</c> (the target
/// <c>_GroundworkValidateProperties</c>); a test keeps the two lists equal.
/// </summary>
public static class GroundworkProperties
{
    /// <param name="Values">The allowed words, compared ignoring case, as MSBuild compares in conditions.</param>
    /// <param name="Described">How the message lists them.</param>
    /// <param name="Trimmed">
    /// The stage properties ignore spaces around the word (<see cref="StageModeParser"/> trims them); the
    /// others are compared as MSBuild conditions compare them, spaces included.
    /// </param>
    public sealed record Rule(
        string Name,
        IReadOnlyList<string> Values,
        string Described,
        bool Trimmed = false
    );

    private const string StageValues = "off, check, fix, true (fix, or check in CI), false (off)";

    public static IReadOnlyList<Rule> Rules { get; } =
    [
        new("GroundworkFormat", ["off", "check", "fix", "true", "false"], StageValues, true),
        new("GroundworkUsings", ["off", "check", "fix", "true", "false"], StageValues, true),
        new("GroundworkDeadCode", ["off", "check", "fix", "true", "false"], StageValues, true),
        new("GroundworkCheckSeverity", ["error", "warning"], "error, warning"),
        new("GroundworkIncludeLinkedFiles", ["true", "false"], "true, false"),
        new("GroundworkSkip", ["true", "false"], "true, false"),
        new("GroundworkUseTaskHost", ["true", "false"], "true, false"),
    ];

    /// <summary>
    /// True when the value is allowed. Empty counts as allowed: it means "not set", and the package's
    /// <c>Groundwork.props</c> gives every property its default (a project the CLI reads may not import it).
    /// </summary>
    public static bool IsAllowed(Rule rule, string? value)
    {
        var word = rule.Trimmed ? value?.Trim() : value;
        return string.IsNullOrEmpty(word)
            || rule.Values.Contains(word, StringComparer.OrdinalIgnoreCase);
    }
}
