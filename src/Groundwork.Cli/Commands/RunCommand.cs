using System.Runtime.InteropServices;
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
        using var cancellation = new CancellationTokenSource();
        // Ctrl+C asks the stages to stop: writes under way finish (each is atomic, and its temporary file is
        // removed), no new file is started. A second Ctrl+C ends the process at once, as usual.
        using var interrupt = PosixSignalRegistration.Create(
            PosixSignal.SIGINT,
            context =>
            {
                if (cancellation.IsCancellationRequested)
                    return;
                context.Cancel = true;
                cancellation.Cancel();
            }
        );
        try
        {
            return Run(options, output, cancellation.Token);
        }
        catch (Exception e) when (cancellation.IsCancellationRequested && IsCancellation(e))
        {
            output.ClearStatus();
            output.Error(
                $"cancelled (Ctrl+C). Every file is either as it was or completely rewritten; run 'dotnet groundwork {(options.Command == CommandKind.Fix ? "fix" : "verify")}' again to finish."
            );
            return ExitCodes.Cancelled;
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

    private static bool IsCancellation(Exception e) =>
        e is OperationCanceledException
        || e is AggregateException aggregate
            && aggregate.Flatten().InnerExceptions.All(i => i is OperationCanceledException);

    private static int Run(
        RunOptions options,
        ConsoleOutput output,
        CancellationToken cancellationToken
    )
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
        if (options.Commit && options.Diff)
            throw new UsageException(
                $"{StageCommits.Option} commits what fix writes, and --diff writes nothing: use one or the other."
            );
        var plan = StagePlan.FromOptions(options);
        var target = ProjectTarget.Resolve(options.Path);
        var changed = options.ChangedSince is null
            ? null
            : GitChanges.Since(target.Directory, options.ChangedSince);
        var filter = new FileFilter(target.Directory, options.Include, options.Exclude, changed);

        var baselinePath = BaselineRun.FileFor(target.Directory);
        if (options.Baseline == BaselineAction.Prune && !File.Exists(baselinePath))
            throw new UsageException(
                $"There is no baseline to prune: '{baselinePath}' does not exist. 'dotnet groundwork baseline' writes it."
            );
        // verify reports only the findings the baseline does not accept; fix fixes everything, and --diff
        // positions some findings in text that is not on disk, so neither uses it.
        var baseline =
            options.Baseline == BaselineAction.Prune
            || options.Baseline == BaselineAction.None
                && options.Command == CommandKind.Verify
                && !options.Diff
                && File.Exists(baselinePath)
                ? BaselineRun.Load(baselinePath)
                : null;

        MsBuildRegistration.EnsureRegistered(target.Directory);
        var projects = LoadProjects(target, options.GlobalProperties, output);
        cancellationToken.ThrowIfCancellationRequested();
        using var compilationInputs = new CompilationInputsPrefetch(
            [.. projects.Where(p => JudgedByDeadCode(p, plan))],
            projects
        );
        using var deadCodeAhead = options.Commit
            ? null
            : JudgeDeadCodeAhead(
                projects,
                plan,
                filter,
                options,
                compilationInputs,
                cancellationToken
            );

        var outcomes = options.Commit
            ? RunAndCommit(
                projects,
                target,
                plan,
                filter,
                options,
                output,
                compilationInputs,
                cancellationToken
            )
            : projects
                .Select(
                    (project, index) =>
                        RunProject(
                            project,
                            index,
                            projects.Count,
                            plan,
                            filter,
                            options,
                            output,
                            compilationInputs,
                            cancellationToken,
                            baseline: baseline,
                            deadCodeAhead: deadCodeAhead
                        )
                )
                .ToList();
        if (options.Baseline != BaselineAction.None)
            return WriteBaseline(options, baselinePath, baseline, outcomes, output);
        if (baseline is not null && outcomes.Count > 0)
        {
            // The ratchet: an accepted finding that is fixed must leave the baseline (baseline --prune).
            var fixedFindings = baseline.Fixed();
            foreach (var finding in fixedFindings)
                output.Finding(finding);
            outcomes[0] = outcomes[0] with
            {
                ProjectFindings = [.. outcomes[0].ProjectFindings, .. fixedFindings],
            };
            output.Normal(
                $"{SummaryTable.Plural(baseline.Baseline.AcceptedCount, "finding")} accepted by the baseline {baseline.Path}, not reported."
            );
        }
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

    /// <summary>Whether the DeadCode stage will judge the project in this run (as <see cref="RunProject"/> decides).</summary>
    private static bool JudgedByDeadCode(LoadedProject project, StagePlan plan) =>
        !project.IsSkipped
        && project.InvalidProperties().Count == 0
        && plan.For(project, []).Contains(StageCatalogue.DeadCode);

    private static StageMode ModeOf(RunOptions options) =>
        options.Command == CommandKind.Fix && !options.Diff ? StageMode.Fix : StageMode.Check;

    /// <summary>What each stage of the project is asked to do, in this run.</summary>
    private static StageRequest RequestFor(
        LoadedProject project,
        IReadOnlyList<StageInfo> stages,
        IReadOnlyCollection<string> files,
        RunOptions options,
        IReadOnlyDictionary<string, string>? pendingTexts
    )
    {
        var severity = string.Equals(
            project.Property("GroundworkCheckSeverity"),
            "warning",
            StringComparison.OrdinalIgnoreCase
        )
            ? FindingSeverity.Warning
            : FindingSeverity.Error;
        var formatOn =
            stages.Contains(StageCatalogue.Format)
            || StageModeParser.TryParse(
                project.Property(StageCatalogue.Format.Property),
                false,
                out var formatMode
            )
                && formatMode != StageMode.Off;
        return new StageRequest(
            project,
            files,
            ModeOf(options),
            severity,
            KeepProposedChanges: options.Diff,
            PendingTexts: pendingTexts,
            DeadCodeRules: options.DeadCodeRules,
            FormatOn: formatOn
        );
    }

    /// <summary>
    /// verify's DeadCode judgments, started ahead (see <see cref="DeadCodeAhead"/>); none when the stage's report
    /// can depend on the run: fix writes files, and --diff hands the stage what the earlier stages would write.
    /// </summary>
    private static DeadCodeAhead? JudgeDeadCodeAhead(
        IReadOnlyList<LoadedProject> projects,
        StagePlan plan,
        FileFilter filter,
        RunOptions options,
        CompilationInputsPrefetch compilationInputs,
        CancellationToken cancellationToken
    )
    {
        if (ModeOf(options) != StageMode.Check || options.Diff)
            return null;
        var work = projects
            .Where(p => JudgedByDeadCode(p, plan))
            .Select(p =>
                (
                    p,
                    RequestFor(
                        p,
                        plan.For(p, []),
                        [.. p.SourceFiles.Where(filter.Includes)],
                        options,
                        null
                    )
                )
            )
            .ToList();
        return work.Count == 0
            ? null
            : new DeadCodeAhead(
                StageCatalogue.Create(StageCatalogue.DeadCode, compilationInputs),
                work,
                cancellationToken
            );
    }

    private static IReadOnlyList<LoadedProject> LoadProjects(
        ProjectTarget target,
        IReadOnlyDictionary<string, string>? globalProperties,
        ConsoleOutput output
    )
    {
        var files = ProjectLoader.ProjectFiles(target);
        if (files.Count == 0)
            throw new UsageException($"'{target.FullPath}' contains no C# project.");
        var count = 0;
        var projects = ProjectLoader.Load(
            files,
            globalProperties,
            project =>
            {
                count++;
                output.Progress(
                    $"Loaded {count}/{files.Count}: {project.Name} ({string.Join(", ", project.TargetFrameworks)}), {SummaryTable.Plural(project.SourceFiles.Count, "source file")}"
                );
            }
        );
        output.Progress($"C# compiler from {CompilerAssemblies.ChosenDirectory}");
        return projects;
    }

    /// <summary>
    /// baseline: write every finding of the run to the baseline file, or (--prune) remove from it the entries
    /// this run judged and found fixed, adding none.
    /// </summary>
    private static int WriteBaseline(
        RunOptions options,
        string path,
        BaselineRun? baseline,
        List<ProjectOutcome> outcomes,
        ConsoleOutput output
    )
    {
        output.ClearStatus();
        var findings = outcomes
            .SelectMany(p => p.AllFindings)
            .Select(f => f.Finding)
            .Where(f => f.Severity != FindingSeverity.Info)
            .ToList();
        if (options.Baseline == BaselineAction.Write)
        {
            Baseline.Of(Path.GetDirectoryName(path)!, findings).Save(path);
            output.Normal($"Wrote {SummaryTable.Plural(findings.Count, "finding")} to {path}.");
            return ExitCodes.Clean;
        }
        var pruned = baseline!.Baseline.Pruned(baseline.Judged);
        pruned.Save(path);
        output.Normal(
            $"Pruned {SummaryTable.Plural(baseline.Baseline.Entries.Count - pruned.Entries.Count, "fixed finding")} from {path}; {pruned.Entries.Count} remain. New findings are not added: fix them."
        );
        return ExitCodes.Clean;
    }

    /// <summary>
    /// fix --commit: every stage over every project, one stage at a time in stage order, each stage's changes
    /// committed before the next stage starts, so each commit holds one stage's changes and nothing else.
    /// </summary>
    private static List<ProjectOutcome> RunAndCommit(
        IReadOnlyList<LoadedProject> projects,
        ProjectTarget target,
        StagePlan plan,
        FileFilter filter,
        RunOptions options,
        ConsoleOutput output,
        CompilationInputsPrefetch compilationInputs,
        CancellationToken cancellationToken
    )
    {
        var mayTouch = projects
            .Where(p =>
                !p.IsSkipped && p.InvalidProperties().Count == 0 && plan.For(p, []).Count > 0
            )
            .SelectMany(p => p.SourceFiles.Where(filter.Includes));
        var commits = StageCommits.Prepare(target.Directory, mayTouch, CommandLine());
        var passes = new List<List<ProjectOutcome>>();
        foreach (var stage in StageCatalogue.All)
        {
            var pass = projects
                .Select(
                    (project, index) =>
                        RunProject(
                            project,
                            index,
                            projects.Count,
                            plan.Only(stage),
                            filter,
                            options,
                            output,
                            compilationInputs,
                            cancellationToken,
                            reportProjectFindings: passes.Count == 0
                        )
                )
                .ToList();
            passes.Add(pass);
            var changed = pass.SelectMany(o => o.Stages.SelectMany(s => s.Report.FilesChanged))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var projectsChanged = pass.Count(o =>
                o.Stages.Any(s => s.Report.FilesChanged.Count > 0)
            );
            if (commits.CommitStage(stage, changed, projectsChanged) is { } id)
                output.Normal(
                    $"Committed {id[..12]} {StageCommits.Subject(stage)} ({SummaryTable.Plural(changed.Count, "file")})."
                );
        }
        if (commits.CommitBlameIgnoreList() is { } blame)
            output.Normal(
                $"Committed {blame[..12]}: {StageCommits.BlameIgnoreFile} lists {SummaryTable.Plural(commits.Commits.Count, "stage commit")}."
            );
        else
            output.Normal($"{StageCommits.Option}: no stage changed a file, nothing to commit.");
        // One outcome per project, as without --commit: the first pass's project findings, every pass's stages.
        return
        [
            .. projects.Select(
                (_, index) =>
                    passes[0][index] with
                    {
                        Stages = [.. passes.SelectMany(pass => pass[index].Stages)],
                    }
            ),
        ];
    }

    /// <summary>The command as the user typed it, for the commit messages.</summary>
    private static string CommandLine() =>
        string.Join(
            ' ',
            new[] { "dotnet", "groundwork" }.Concat(
                Environment
                    .GetCommandLineArgs()
                    .Skip(1)
                    .Select(a => a.Length == 0 || a.Any(char.IsWhiteSpace) ? $"'{a}'" : a)
            )
        );

    private static ProjectOutcome RunProject(
        LoadedProject project,
        int index,
        int count,
        StagePlan plan,
        FileFilter filter,
        RunOptions options,
        ConsoleOutput output,
        CompilationInputsPrefetch compilationInputs,
        CancellationToken cancellationToken,
        bool reportProjectFindings = true,
        BaselineRun? baseline = null,
        DeadCodeAhead? deadCodeAhead = null
    )
    {
        cancellationToken.ThrowIfCancellationRequested();
        var projectFindings = new List<Finding>();
        var reportedFileProblems = new HashSet<string>(StringComparer.Ordinal);
        var files = project.SourceFiles.Where(filter.Includes).ToList();
        if (project.IsSkipped)
        {
            output.Detailed($"{project.Name}: GroundworkSkip is true, no stage runs.");
            return new ProjectOutcome(project, files.Count, [], [], ["GroundworkSkip is true."]);
        }
        // As the build does: a value a Groundwork property does not take stops the project before any stage,
        // whichever stages the command line asks for, since no stage can know what the project meant.
        var invalid = project.InvalidProperties();
        if (invalid.Count > 0)
        {
            foreach (var finding in invalid.Where(_ => reportProjectFindings))
                output.Finding(finding);
            return new ProjectOutcome(
                project,
                files.Count,
                [],
                invalid,
                ["A Groundwork property has a value it does not take; no stage ran."]
            );
        }

        var stages = plan.For(project, projectFindings);
        var suppressed = new SuppressedCodes(project.Property("NoWarn"));
        projectFindings.RemoveAll(suppressed.Suppresses);
        foreach (var finding in projectFindings.Where(_ => reportProjectFindings))
            output.Finding(finding);
        output.Detailed(
            $"{project.Name}: {string.Join(", ", StageCatalogue.All.Select(s => $"{s.Property}='{project.Property(s.Property)}'"))}; {files.Count} of {project.SourceFiles.Count} source files selected."
        );

        var mode = ModeOf(options);
        var outcomes = new List<StageOutcome>();
        // With --diff, nothing is written, so each stage is handed what the stages before it would have written:
        // the diff of a file then goes from its text on disk to its text after every stage, one patch that applies.
        var texts = options.Diff
            ? new Dictionary<string, ChainedText>(StringComparer.Ordinal)
            : null;
        foreach (var info in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Progress(
                $"[{index + 1}/{count}] {project.Name}: {info.Name} on {SummaryTable.Plural(files.Count, "file")}"
            );
            var report =
                (info == StageCatalogue.DeadCode ? deadCodeAhead?.Take(project) : null)
                ?? StageCatalogue
                    .Create(info, compilationInputs)
                    .Run(
                        RequestFor(
                            project,
                            stages,
                            files,
                            options,
                            texts?.ToDictionary(
                                t => t.Key,
                                t => t.Value.Current,
                                StringComparer.Ordinal
                            )
                        ),
                        cancellationToken
                    );
            // Printed and reported by the command line: each fix names the CLI's command, not the build property.
            var findings = report
                .Findings.Where(f => !suppressed.Suppresses(f))
                .Select(f => f.WithFixVia(FixVia.CommandLine))
                .Where(f => baseline is null || !baseline.Baseline.Accepts(f, baseline.Lines))
                .ToList();
            // A file that every stage must leave alone (a syntax error, unreadable, not UTF-8) is one problem,
            // however many stages meet it: it is reported, and counted, by the first.
            findings.RemoveAll(f =>
                FileProblemCodes.Contains(f.Code) && !reportedFileProblems.Add(f.ToString())
            );
            baseline?.Examined(info, files);
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
                texts![change.FilePath] = texts.TryGetValue(change.FilePath, out var earlier)
                    ? earlier with
                    {
                        Current = change.NewText,
                    }
                    : new ChainedText(change.OriginalText, change.NewText);
            }
            foreach (var file in report.FilesChanged)
                output.Detailed($"  {info.Name}: changed {file}");
            output.Progress(
                $"[{index + 1}/{count}] {project.Name}: {info.Name}: {SummaryTable.Cell(stageOutcome)}"
            );
        }
        foreach (var (file, text) in (texts ?? []).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var label = DisplayPath.Relative(file);
            output.Diff(
                UnifiedDiff.Create($"a/{label}", $"b/{label}", text.Original, text.Current)
            );
        }
        return new ProjectOutcome(project, files.Count, outcomes, projectFindings, []);
    }

    private static readonly HashSet<string> FileProblemCodes =
    [
        Findings.SyntaxErrorCode,
        Findings.UnreadableFileCode,
        Findings.UnsupportedEncodingCode,
    ];

    /// <summary>A file's text on disk, and its text after the stages that have run so far.</summary>
    private sealed record ChainedText(string Original, string Current);

    private static string Conclusion(RunOutcome outcome)
    {
        var findings = outcome.FailingFindings.Count();
        var files = outcome.FailingFindings.Select(f => f.Finding.FilePath).Distinct().Count();
        var scope = $"{SummaryTable.Plural(outcome.Projects.Count, "project")}";
        // Files, not changes: a file that three stages rewrote is one changed file.
        var changed = outcome
            .Projects.SelectMany(p => p.Stages.SelectMany(s => s.Report.FilesChanged))
            .Distinct(StringComparer.Ordinal)
            .Count();
        var fixes =
            outcome.Command == CommandKind.Fix && !outcome.Diff
                ? $", {SummaryTable.Plural(changed, "file")} changed"
                : "";
        var notAnalysed = outcome
            .Projects.Where(p => p.Stages.Any(SummaryTable.IsNotAnalysed))
            .Select(p => p.Project.Name)
            .ToList();
        var unjudged =
            notAnalysed.Count == 0
                ? ""
                : $"; not analysed by DeadCode, see {Findings.BuildNotAnalysedCode}: {string.Join(", ", notAnalysed)}";
        return findings == 0
            ? $"Groundwork {outcome.CommandName}: clean ({scope}{fixes}{unjudged})."
            : $"Groundwork {outcome.CommandName}: {SummaryTable.Plural(findings, "finding")} in {SummaryTable.Plural(files, "file")} ({scope}{fixes}{unjudged}).";
    }
}
