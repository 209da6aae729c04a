namespace Groundwork.Engine.Diagnostics;

/// <summary>A project's <c>NoWarn</c> list, as MSBuild writes it: codes separated by semicolons or commas.</summary>
public sealed class SuppressedCodes
{
    private readonly HashSet<string> _codes;

    public SuppressedCodes(string? noWarn) =>
        _codes = (noWarn ?? "")
            .Split(
                [';', ','],
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Suppresses(Finding finding) => Suppresses(finding.Code);

    /// <summary>Whether the list names the code (any diagnostic id, Groundwork's or an analyzer's).</summary>
    public bool Suppresses(string code) => _codes.Contains(code);
}
