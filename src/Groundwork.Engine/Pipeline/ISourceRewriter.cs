using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Pipeline;

/// <summary>A stage's work on one file: text in, rewritten text or findings out. Never touches the disk.</summary>
public interface ISourceRewriter
{
    /// <summary>The stage's name as users see it (Format, Usings, DeadCode).</summary>
    string StageName { get; }

    /// <summary>
    /// What, besides the file's own bytes, decides this stage's output for the file (options, tool version).
    /// A cached "already clean" verdict is trusted only while this stays the same.
    /// </summary>
    string Fingerprint(string path);

    RewriteResult Rewrite(string path, string text, CancellationToken cancellationToken);

    /// <summary>The check-mode finding for a file this stage would change, at the first line that differs.</summary>
    Finding PendingChange(string path, int line, FindingSeverity severity);
}
