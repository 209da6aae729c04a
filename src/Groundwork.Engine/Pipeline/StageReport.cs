using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Pipeline;

/// <summary>What a stage did to a project's files.</summary>
public sealed record StageReport(
    string StageName,
    int FilesExamined,
    IReadOnlyList<string> FilesChanged,
    IReadOnlyList<Finding> Findings
)
{
    /// <summary>
    /// In check mode, the text each changed file would get; filled only when the runner was asked to keep it
    /// (<see cref="StageRunner.KeepProposedChanges"/>), since holding every new text costs memory.
    /// </summary>
    public IReadOnlyList<ProposedChange> ProposedChanges { get; init; } = [];
}
