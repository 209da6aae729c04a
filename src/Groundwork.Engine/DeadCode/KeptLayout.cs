using Groundwork.Engine.Pipeline;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Keeps a formatted file formatted after its removals. A removal can leave a line laid out for the code it
/// removed: a call wrapped because a declaration made its line long fits on one line as a discard
/// (<c>_ = Map(source);</c>), and the Format stage would change it in the next run, so fix would not be done in
/// one run. A file that was not formatted before keeps its layout: only the removals change it.
/// </summary>
public static class KeptLayout
{
    /// <param name="formatter">The Format stage's rewriter, which proves its own output (tokens unchanged).</param>
    /// <param name="before">The text the removals were planned on.</param>
    /// <param name="after">That text with the removals made.</param>
    public static string Apply(
        ISourceRewriter formatter,
        string path,
        string before,
        string after,
        CancellationToken cancellationToken
    )
    {
        var wasFormatted =
            formatter.Rewrite(path, before, cancellationToken) is
            { NewText: null, Findings.Count: 0 };
        if (!wasFormatted)
            return after;
        // A rewrite the formatter cannot prove leaves the removals as they are: the Format stage then reports it.
        return formatter.Rewrite(path, after, cancellationToken).NewText ?? after;
    }
}
