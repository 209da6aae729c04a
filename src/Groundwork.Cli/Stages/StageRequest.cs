using Groundwork.Cli.Projects;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Stages;

/// <summary>One stage's run over one project: the files left after every filter, and how to run.</summary>
public sealed record StageRequest(
    LoadedProject Project,
    IReadOnlyCollection<string> Files,
    StageMode Mode,
    FindingSeverity CheckSeverity,
    bool KeepProposedChanges,
    string? DeadCodeRules = null
);
