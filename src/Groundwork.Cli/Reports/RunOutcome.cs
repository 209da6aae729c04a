using Groundwork.Cli.Commands;
using Groundwork.Cli.Projects;
using Groundwork.Cli.Stages;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Reports;

/// <summary>One stage's run over one project, with its findings after the project's NoWarn.</summary>
public sealed record StageOutcome(
    StageInfo Stage,
    StageMode Mode,
    StageReport Report,
    IReadOnlyList<Finding> Findings
)
{
    /// <summary>Warnings and errors: what the counts show and what fails the run (notes do not).</summary>
    public int FailingCount => Findings.Count(f => f.Severity != FindingSeverity.Info);
}

/// <summary>What happened to one project: the stages that ran, and what the project itself got wrong.</summary>
public sealed record ProjectOutcome(
    LoadedProject Project,
    int FilesSelected,
    IReadOnlyList<StageOutcome> Stages,
    IReadOnlyList<Finding> ProjectFindings,
    IReadOnlyList<string> Notes
)
{
    public IEnumerable<(string? Stage, Finding Finding)> AllFindings =>
        ProjectFindings
            .Select(f => ((string?)null, f))
            .Concat(Stages.SelectMany(s => s.Findings.Select(f => ((string?)s.Stage.Name, f))));
}

/// <summary>The whole run: what every report and the exit code are made from.</summary>
public sealed record RunOutcome(
    CommandKind Command,
    bool Diff,
    IReadOnlyList<ProjectOutcome> Projects
)
{
    public string CommandName => Command == CommandKind.Fix ? "fix" : "verify";

    public IEnumerable<(ProjectOutcome Project, string? Stage, Finding Finding)> Findings =>
        Projects.SelectMany(p => p.AllFindings.Select(f => (p, f.Stage, f.Finding)));

    /// <summary>Warnings and errors make the run fail; informational messages do not.</summary>
    public bool HasFindings => FailingFindings.Any();

    public IEnumerable<(ProjectOutcome Project, string? Stage, Finding Finding)> FailingFindings =>
        Findings.Where(f => f.Finding.Severity != FindingSeverity.Info);

    public IReadOnlyList<StageInfo> StagesRun =>
        [.. StageCatalogue.All.Where(s => Projects.Any(p => p.Stages.Any(o => o.Stage == s)))];

    public int ExitCode => HasFindings ? ExitCodes.Findings : ExitCodes.Clean;
}
