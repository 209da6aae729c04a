using Microsoft.CodeAnalysis;

namespace Groundwork.Engine.Usings;

/// <summary>
/// Consecutive directives of one using block with nothing between them but comments and blank lines: the
/// unit that is sorted. A run is frozen (kept in its order) inside an <c>#if</c> block or an ignore region.
/// </summary>
public sealed record UsingRun(IReadOnlyList<SyntaxNode> Directives, bool IsFrozen);
