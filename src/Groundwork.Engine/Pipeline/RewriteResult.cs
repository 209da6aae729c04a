using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Pipeline;

/// <summary>
/// The outcome of one stage on one file. <see cref="NewText"/> is set only when the stage proved its rewrite
/// safe; <see cref="Findings"/> explain why a file was left alone.
/// </summary>
public sealed record RewriteResult(string? NewText, IReadOnlyList<Finding> Findings)
{
    public static RewriteResult Unchanged { get; } = new(null, []);

    public static RewriteResult Changed(string text) => new(text, []);

    public static RewriteResult LeftAlone(Finding finding) => new(null, [finding]);
}
