using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.Usings;

/// <summary>
/// What sorting one run comes to: its new text, or, when the run is out of order but cannot be sorted
/// safely, the line and the reason.
/// </summary>
public sealed record RunEdit(TextSpan Span, string? NewText, int Line, string? Problem);
