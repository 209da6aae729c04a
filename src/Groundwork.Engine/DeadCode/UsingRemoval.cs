using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>A using directive the stage means to remove: where it is, and what it says.</summary>
public sealed record UsingRemoval(
    string Path,
    TextSpan Span,
    bool IsGlobal,
    string Text,
    int Line,
    int Column
)
{
    /// <summary>
    /// Where the global using it repeats is, when that is why it goes (the compiler's CS8933 in every build):
    /// a user who did not write that global using (ImplicitUsings) should be told where it comes from.
    /// </summary>
    public string? RepeatedGlobal { get; init; }
}
