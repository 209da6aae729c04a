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
);
