using Groundwork.Cli.Reports;
using Groundwork.Cli.Terminal;

namespace Groundwork.Cli.Commands;

/// <summary>Everything the command line said, parsed and checked.</summary>
public sealed record RunOptions(
    CommandKind Command,
    string? Path,
    IReadOnlyList<string> Stages,
    bool AllStages,
    bool Diff,
    string? ReportFile,
    ReportFormat? ReportFormat,
    Verbosity Verbosity,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    string? ChangedSince,
    string? DeadCodeRules = null,
    // MSBuild global properties for every evaluation (-p, -c, -f); null: none.
    IReadOnlyDictionary<string, string>? GlobalProperties = null,
    // fix --commit: one git commit per stage, then .git-blame-ignore-revs.
    bool Commit = false,
    // The baseline command: write or prune .groundwork-baseline.json instead of reporting against it.
    BaselineAction Baseline = BaselineAction.None
);
