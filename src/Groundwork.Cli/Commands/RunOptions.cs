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
    string? DeadCodeRules = null
);
