using Groundwork.Cli.Diffs;
using Groundwork.Cli.Projects;
using Groundwork.Cli.Reports;
using Groundwork.Cli.Selection;
using Groundwork.Cli.Stages;
using Groundwork.Cli.Terminal;
using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Commands;

/// <summary>
/// verify and fix: find the projects, evaluate them, run the planned stages on each (Format, Usings,
/// DeadCode, in that order), then print the findings, the diffs and the summary, and write the reports.
/// </summary>
public static class RunCommand
{
    public static int Execute(RunOptions options)
    {
        var output = ConsoleOutput.ForConsole(options.Verbosity, options.Diff);
        try
        {
            return Run(options, output);
        }
        catch (UsageException e)
        {
            output.Error(e.Message);
            return ExitCodes.UsageOrLoadError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            output.Error($"unexpected failure ({e.GetType().Name}): {e.Message}");
            output.Detailed(e.ToString());
            return ExitCodes.UsageOrLoadError;
        }
    }

    private static int Run(RunOptions options, ConsoleOutput output)
    {
        if (options.ReportFormat is not null && options.ReportFile is null)
            throw new UsageException("--report-format needs --report FILE.");
        if (
            options.DeadCodeRules is not null
            && !DeadCodeRuleSet.TryParse(options.DeadCodeRules, out _, out var unknown)
        )
            throw new UsageException(
                $"--deadcode-rules: '{unknown}' is not a DeadCode rule. The rules are: {string.Join(", ", DeadCodeRuleSet.Names)}."
            );
        var plan = StagePlan.FromOptions(options);
        var target = ProjectTarget.Resolve(options.Path);
        var changed = options.ChangedSince is null
            ? null
            : GitChanges.Since(target.Directory, options.ChangedSince);
        var filter = new FileFilter(target.Directory, options.Include, options.Exclude, changed);

        MsBuildRegistration.EnsureRegistered(target.Directory);
        var projects = LoadProjects(target, output);

        var outcomes = projects
            .Select(
                (project, index) =>
                    RunProject(project, index, projects.Count, plan, filter, options, output)
            )
            .ToList();
        var outcome = new RunOutcome(options.Command, options.Diff, outcomes);
        output.ClearStatus();

        if (options.Verbosity != Verbosity.Quiet)
        {
            output.Normal("");
            if (outcome.StagesRun.Count > 0)
                output.Normal(SummaryTable.Render(outcome).TrimEnd());
            else
                output.Normal(
                    $"No stage ran: no project turns one on ({string.Join(", ", StageCatalogue.All.Select(s => s.Property))}). Use --stage or --all-stages to run stages anyway."
                );
            output.Normal(Conclusion(outcome));
        }
        ReportWriter.WriteAll(outcome, options, output);
        return outcome.ExitCode;
    }

    private static IReadOnlyList<LoadedProject> LoadProjects(
        ProjectTarget target,
        ConsoleOutput output
    )
    {
        var files = ProjectLoader.ProjectFiles(target);
        if (files.Count == 0)
            throw new UsageException($"'{target.FullPath}' contains no C# project.");
        var count = 0;
        return ProjectLoader.Load(
            files,
            project =>
            {
                count++;
                output.Progress(
                    $"Loaded {count}/{files.Count}: {project.Name} ({string.Join(", ", project.TargetFrameworks)}), {SummaryTable.Plural(project.SourceFiles.Count, "source file")}"
                );
            }
        );
    }

    private static ProjectOutcome RunProject(
        LoadedProject project,
        int index,
        int count,
        StagePlan plan,
        FileFilter filter,
        RunOptions options,
        ConsoleOutput output
    )
    {
        var projectFindings = new List<Finding>();
        var files = project.SourceFiles.Where(filter.Includes).ToList();
        if (project.IsSkipped)
        {
            output.Detailed($"{project.Name}: GroundworkSkip is true, no stage runs.");
            return new ProjectOutcome(project, files.Count, [], [], ["GroundworkSkip is true."]);
        }

        var stages = plan.For(project, projectFindings);
        var suppressed = new SuppressedCodes(project.Property("NoWarn"));
        projectFindings.RemoveAll(suppressed.Suppresses);
        foreach (var finding in projectFindings)
            output.Finding(finding);
        output.Detailed(
            $"{project.Name}: {string.Join(", ", StageCatalogue.All.Select(s => $"{s.Property}='{project.Property(s.Property)}'"))}; {files.Count} of {project.SourceFiles.Count} source files selected."
        );

        var mode =
            options.Command == CommandKind.Fix && !options.Diff ? StageMode.Fix : StageMode.Check;
        var severity = string.Equals(
            project.Property("GroundworkCheckSeverity"),
            "warning",
            StringComparison.OrdinalIgnoreCase
        )
            ? FindingSeverity.Warning
            : FindingSeverity.Error;

        var outcomes = new List<StageOutcome>();
        foreach (var info in stages)
        {
            output.Progress(
                $"[{index + 1}/{count}] {project.Name}: {info.Name} on {SummaryTable.Plural(files.Count, "file")}"
            );
            var stage = StageCatalogue.Create(info);
            var report = stage.Run(
                new StageRequest(
                    project,
                    files,
                    mode,
                    severity,
                    KeepProposedChanges: options.Diff,
                    DeadCodeRules: options.DeadCodeRules
                ),
                CancellationToken.None
            );
            var findings = report.Findings.Where(f => !suppressed.Suppresses(f)).ToList();
            var stageOutcome = new StageOutcome(info, mode, report, findings);
            outcomes.Add(stageOutcome);

            foreach (var finding in findings)
            {
                if (finding.Severity == FindingSeverity.Info)
                    output.Normal(finding.ToString());
                else
                    output.Finding(finding);
            }
            foreach (var change in report.ProposedChanges)
            {
                var label = DisplayPath.Relative(change.FilePath);
                output.Diff(
                    UnifiedDiff.Create(
                        $"a/{label}",
                        $"b/{label}",
                        change.OriginalText,
                        change.NewText
                    )
                );
            }
            foreach (var file in report.FilesChanged)
                output.Detailed($"  {info.Name}: changed {file}");
            output.Progress(
                $"[{index + 1}/{count}] {project.Name}: {info.Name}: {SummaryTable.Cell(stageOutcome)}"
            );
        }
        return new ProjectOutcome(project, files.Count, outcomes, projectFindings, []);
    }

    private static string Conclusion(RunOutcome outcome)
    {
        var findings = outcome.FailingFindings.Count();
        var files = outcome.FailingFindings.Select(f => f.Finding.FilePath).Distinct().Count();
        var scope = $"{SummaryTable.Plural(outcome.Projects.Count, "project")}";
        var changed = outcome.Projects.Sum(p => p.Stages.Sum(s => s.Report.FilesChanged.Count));
        var fixes =
            outcome.Command == CommandKind.Fix && !outcome.Diff
                ? $", {SummaryTable.Plural(changed, "file")} changed"
                : "";
        return findings == 0
            ? $"Groundwork {outcome.CommandName}: clean ({scope}{fixes})."
            : $"Groundwork {outcome.CommandName}: {SummaryTable.Plural(findings, "finding")} in {SummaryTable.Plural(files, "file")} ({scope}{fixes}).";
    }
}
