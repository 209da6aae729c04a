namespace Groundwork.Engine.DeadCode;

/// <summary>The removals the DeadCode stage makes (<c>GroundworkDeadCodeRules</c>).</summary>
[Flags]
public enum DeadCodeRules
{
    None = 0,

    /// <summary>Unused using directives (GW3001).</summary>
    Usings = 1,

    /// <summary>Unused local variables (GW3002).</summary>
    Locals = 2,

    /// <summary>Unused private members (GW3003), and write-only fields and auto-properties reported (GW3004).</summary>
    Members = 4,

    /// <summary>Every rule this version ships: the default.</summary>
    All = Usings | Locals | Members,
}

/// <summary>
/// Reads <c>GroundworkDeadCodeRules</c> and <c>--deadcode-rules</c>: rule names separated by <c>;</c> or
/// <c>,</c>, in any case. An empty value means every rule this version ships.
/// </summary>
public static class DeadCodeRuleSet
{
    public const string PropertyName = "GroundworkDeadCodeRules";

    /// <summary>The names a user may write, in the order the README lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["usings", "locals", "members"];

    public static bool TryParse(string? value, out DeadCodeRules rules, out string unknown)
    {
        rules = DeadCodeRules.None;
        unknown = "";
        var names = (value ?? "").Split(
            [';', ','],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        if (names.Length == 0)
        {
            rules = DeadCodeRules.All;
            return true;
        }
        foreach (var name in names)
        {
            var rule = name.ToLowerInvariant() switch
            {
                "usings" => DeadCodeRules.Usings,
                "locals" => DeadCodeRules.Locals,
                "members" => DeadCodeRules.Members,
                _ => DeadCodeRules.None,
            };
            if (rule == DeadCodeRules.None)
            {
                unknown = name;
                rules = DeadCodeRules.None;
                return false;
            }
            rules |= rule;
        }
        return true;
    }

    /// <summary>The canonical spelling, for the stamp and messages: <c>usings;locals;members</c>.</summary>
    public static string Format(DeadCodeRules rules) =>
        string.Join(
            ";",
            Names.Where(n =>
                TryParse(n, out var rule, out _) && (rules & rule) == rule && rule != 0
            )
        );
}
