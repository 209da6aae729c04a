using Groundwork.Cli.Projects;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Stages;

/// <summary>One stage's run over one project: the files left after every filter, and how to run.</summary>
/// <param name="PendingTexts">
/// In check mode, what the earlier stages of this run would have written: the stage judges these texts instead
/// of the files on disk, so that its proposed changes continue theirs.
/// </param>
/// <param name="FormatOn">
/// Whether the project formats its code (its Format stage is on, or runs in this command): DeadCode then keeps a
/// formatted file formatted after its removals.
/// </param>
public sealed record StageRequest(
    LoadedProject Project,
    IReadOnlyCollection<string> Files,
    StageMode Mode,
    FindingSeverity CheckSeverity,
    bool KeepProposedChanges,
    IReadOnlyDictionary<string, string>? PendingTexts = null,
    string? DeadCodeRules = null,
    bool FormatOn = false
);
