using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// A removal that the DeadCode stage makes by text changes to one file (a local, a member): what the safety
/// net applies, and what maps a later pass's positions back to the file on disk.
/// </summary>
public interface ITextRemoval
{
    string Path { get; }

    /// <summary>The changes, in the text the removal was planned on; they do not overlap.</summary>
    IReadOnlyList<TextChange> Changes { get; }
}
