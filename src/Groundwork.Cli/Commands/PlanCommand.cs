using System.Text;
using DiffPlex;
using Groundwork.Cli.Diffs;
using Groundwork.Cli.Projects;
using Groundwork.Cli.Reports;
using Groundwork.Cli.Selection;
using Groundwork.Cli.Stages;
using Groundwork.Cli.Terminal;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Commands;

/// <summary>
/// <c>dotnet groundwork plan [PATH]</c>: what turning on each stage that is not on yet would change, per
/// project (files, lines, findings, and the kind of change), so a team can plan the rollout. Runs the stages
/// in check mode, in memory, each on the previous one's output, as the rollout would apply them; writes no
/// source file.
/// </summary>
public static class PlanCommand
{
    /// <summary>One stage a project does not turn on yet, and what it would do there.</summary>
    public sealed record PlanRow(
        string Project,
        StageInfo Stage,
        int Files,
        int LinesAdded,
        int LinesRemoved,
        int Findings,
        bool NotAnalysed = false
    );

    /// <summary>The analyzer rules a project turns on that contradict the Format stage's layout.</summary>
    public sealed record ConflictRow(string Project, IReadOnlyList<FormatterConflict> Rules);

    public static int Execute(
        string? path,
        string? reportFile,
        IReadOnlyList<string> include,
        IReadOnlyList<string> exclude,
        IReadOnlyDictionary<string, string> globalProperties,
        bool writeEditorConfig = false
    )
    {
        var output = ConsoleOutput.ForConsole(Verbosity.Normal, diff: false);
        try
        {
            var target = ProjectTarget.Resolve(path);
            var filter = new FileFilter(target.Directory, include, exclude, null);
            MsBuildRegistration.EnsureRegistered(target.Directory);
            var files = ProjectLoader.ProjectFiles(target);
            if (files.Count == 0)
                throw new UsageException($"'{target.FullPath}' contains no C# project.");
            var projects = ProjectLoader.Load(
                files,
                globalProperties,
                p => output.Progress($"Loaded {p.Name}")
            );
            // The projects whose DeadCode stage is off, which the plan judges: their inputs are read ahead.
            using var compilationInputs = new CompilationInputsPrefetch(
                [
                    .. projects.Where(p =>
                        !p.IsSkipped
                        && p.InvalidProperties().Count == 0
                        && StageModeParser.TryParse(
                            p.Property(StageCatalogue.DeadCode.Property),
                            false,
                            out var mode
                        )
                        && mode == StageMode.Off
                    ),
                ],
                projects
            );
            var rows = new List<PlanRow>();
            var notes = new List<string>();
            var conflicts = new List<ConflictRow>();
            var editorConfig = new EditorConfigLookup();
            foreach (var project in projects)
            {
                rows.AddRange(Plan(project, filter, output, notes, compilationInputs));
                // Every project the tool may format, whether Format is on yet or not: once it is, these rules
                // report its layout.
                if (!project.IsSkipped && project.InvalidProperties().Count == 0)
                {
                    var enabled = FormatterConflicts.EnabledIn(project, editorConfig);
                    if (enabled.Count > 0)
                        conflicts.Add(new ConflictRow(project.Name, enabled));
                }
            }
            output.ClearStatus();
            output.Normal(RenderTable(rows, notes).TrimEnd());
            if (conflicts.Count > 0)
                output.Normal(RenderConflicts(conflicts).TrimEnd());
            if (reportFile is not null)
            {
                File.WriteAllText(reportFile, RenderMarkdown(rows, notes, conflicts));
                output.Normal($"Wrote the plan to {reportFile}.");
            }
            if (writeEditorConfig)
            {
                var added = FormatterConflicts.WriteEditorConfig(
                    target.Directory,
                    AllRules(conflicts)
                );
                var file = Path.Combine(target.Directory, ".editorconfig");
                output.Normal(
                    added.Count > 0 ? $"Added {SummaryTable.Plural(added.Count, "line")} to {file}."
                    : conflicts.Count > 0 ? $"{file} already has every line: nothing added."
                    : $"No analyzer rule that contradicts the formatter is on: {file} left as it is."
                );
            }
            return ExitCodes.Clean;
        }
        catch (UsageException e)
        {
            output.Error(e.Message);
            return ExitCodes.UsageOrLoadError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            output.Error($"unexpected failure ({e.GetType().Name}): {e.Message}");
            return ExitCodes.UsageOrLoadError;
        }
    }

    private static IEnumerable<PlanRow> Plan(
        LoadedProject project,
        FileFilter filter,
        ConsoleOutput output,
        List<string> notes,
        CompilationInputsPrefetch compilationInputs
    )
    {
        if (project.IsSkipped)
        {
            notes.Add($"{project.Name}: GroundworkSkip is true; left out.");
            yield break;
        }
        var invalid = project.InvalidProperties();
        if (invalid.Count > 0)
        {
            foreach (var finding in invalid)
                output.Finding(finding);
            notes.Add(
                $"{project.Name}: a Groundwork property has a value it does not take; left out."
            );
            yield break;
        }
        // The stages the project does not turn on yet: those are what a rollout would change.
        var off = StageCatalogue
            .All.Where(s =>
                StageModeParser.TryParse(project.Property(s.Property), false, out var mode)
                && mode == StageMode.Off
            )
            .ToList();
        if (off.Count == 0)
        {
            notes.Add($"{project.Name}: every stage is on already.");
            yield break;
        }
        var files = project.SourceFiles.Where(filter.Includes).ToList();
        var suppressed = new SuppressedCodes(project.Property("NoWarn"));
        var pending = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in off)
        {
            output.Progress(
                $"{project.Name}: {stage.Name} on {SummaryTable.Plural(files.Count, "file")}"
            );
            var report = StageCatalogue
                .Create(stage, compilationInputs)
                .Run(
                    new StageRequest(
                        project,
                        files,
                        StageMode.Check,
                        FindingSeverity.Error,
                        KeepProposedChanges: true,
                        PendingTexts: new Dictionary<string, string>(
                            pending,
                            StringComparer.Ordinal
                        ),
                        // The rollout turns Format on first, if it is not on already.
                        FormatOn: true
                    ),
                    CancellationToken.None
                );
            var (added, removed) = (0, 0);
            foreach (var change in report.ProposedChanges)
            {
                var diff = Differ.Instance.CreateDiffs(
                    change.OriginalText,
                    change.NewText,
                    false,
                    false,
                    new LineChunker()
                );
                added += diff.DiffBlocks.Sum(b => b.InsertCountB);
                removed += diff.DiffBlocks.Sum(b => b.DeleteCountA);
                pending[change.FilePath] = change.NewText;
            }
            yield return new PlanRow(
                project.Name,
                stage,
                report.ProposedChanges.Count,
                added,
                removed,
                report.Findings.Count(f =>
                    f.Severity != FindingSeverity.Info && !suppressed.Suppresses(f)
                ),
                // Nothing to remove is not "no findings" when the stage could not look: say so, and why.
                report.Findings.Any(f => f.Code == Findings.BuildNotAnalysedCode)
            );
            foreach (
                var finding in report.Findings.Where(f => f.Code == Findings.BuildNotAnalysedCode)
            )
                notes.Add($"{project.Name}: {finding.Message}");
        }
    }

    /// <summary>The kind of change a stage makes, in a word or two, for the table.</summary>
    public static string RiskClass(StageInfo stage) =>
        stage.Key switch
        {
            "format" => "layout only",
            "usings" => "order only",
            "deadcode" => "removes code",
            _ => "",
        };

    private static List<string[]> Cells(IReadOnlyList<PlanRow> rows) =>
        [
            .. rows.Select(r =>
                new[]
                {
                    r.Project,
                    r.Stage.Name,
                    r.Files.ToString(),
                    $"+{r.LinesAdded} -{r.LinesRemoved}",
                    r.NotAnalysed
                        ? $"not analysed ({Findings.BuildNotAnalysedCode})"
                        : r.Findings.ToString(),
                    RiskClass(r.Stage),
                }
            ),
        ];

    private static readonly string[] Header =
    [
        "Project",
        "Stage",
        "Files",
        "Lines",
        "Findings",
        "Risk",
    ];

    public static string RenderTable(IReadOnlyList<PlanRow> rows, IReadOnlyList<string> notes)
    {
        var text = new StringBuilder();
        if (rows.Count > 0)
        {
            var all = new List<string[]> { Header };
            all.AddRange(Cells(rows));
            var widths = Enumerable
                .Range(0, Header.Length)
                .Select(c => all.Max(r => r[c].Length))
                .ToList();
            foreach (var (row, index) in all.Select((r, i) => (r, i)))
            {
                text.AppendLine(
                    string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()
                );
                if (index == 0)
                    text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
        else
            text.AppendLine("Nothing to plan: no project has a stage that is not on.");
        foreach (var note in notes)
            text.AppendLine(note);
        return text.ToString();
    }

    /// <summary>Each rule once, in the catalogue's order.</summary>
    private static List<FormatterConflict> AllRules(IReadOnlyList<ConflictRow> conflicts) =>
        [.. FormatterConflicts.Rules.Where(r => conflicts.Any(c => c.Rules.Contains(r)))];

    private static string ProjectsOf(
        FormatterConflict rule,
        IReadOnlyList<ConflictRow> conflicts
    ) => string.Join(", ", conflicts.Where(c => c.Rules.Contains(rule)).Select(c => c.Project));

    /// <summary>The terminal's list of analyzer rules that fight the formatter, and the lines that turn them off.</summary>
    public static string RenderConflicts(IReadOnlyList<ConflictRow> conflicts)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(
            "Analyzer rules that contradict the Format stage's layout (they would warn on formatted code):"
        );
        foreach (var row in conflicts)
            text.AppendLine($"{row.Project}: {string.Join(", ", row.Rules.Select(r => r.Id))}");
        text.AppendLine(
            "These .editorconfig lines turn them off ('plan --write-editorconfig' appends them):"
        );
        text.AppendLine("[*.cs]");
        foreach (var rule in AllRules(conflicts))
            text.AppendLine(rule.EditorConfigLine);
        return text.ToString();
    }

    public static string RenderMarkdown(
        IReadOnlyList<PlanRow> rows,
        IReadOnlyList<string> notes,
        IReadOnlyList<ConflictRow>? conflicts = null
    )
    {
        var text = new StringBuilder();
        text.AppendLine("# Groundwork rollout plan");
        text.AppendLine();
        text.AppendLine(
            "What each stage that is not on yet would change, if turned on now (made by "
                + $"{ToolInfo.Name} {ToolInfo.Version}, `dotnet groundwork plan`)."
        );
        text.AppendLine();
        text.AppendLine("| " + string.Join(" | ", Header) + " |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | --- |");
        foreach (var row in Cells(rows))
            text.AppendLine(
                "| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|"))) + " |"
            );
        text.AppendLine();
        foreach (var stage in StageCatalogue.All.Where(s => rows.Any(r => r.Stage == s)))
            text.AppendLine($"- **{stage.Name}**: {StageCommits.Risk(stage)}");
        foreach (var note in notes)
            text.AppendLine($"- {note}");
        if (conflicts is { Count: > 0 })
        {
            text.AppendLine();
            text.AppendLine("## Analyzer rules that fight the formatter");
            text.AppendLine();
            text.AppendLine(
                "These rules are on and contradict the Format stage's layout (CSharpier's): formatted code "
                    + "would make them warn. Turn them off before the Format commit "
                    + "(`dotnet groundwork plan --write-editorconfig` appends these lines):"
            );
            text.AppendLine();
            text.AppendLine("| Rule | Projects | Why |");
            text.AppendLine("| --- | --- | --- |");
            foreach (var rule in AllRules(conflicts))
                text.AppendLine(
                    $"| {rule.Id} | {ProjectsOf(rule, conflicts)} | {rule.Reason.Replace("|", "\\|")} |"
                );
            text.AppendLine();
            text.AppendLine("```editorconfig");
            text.AppendLine("[*.cs]");
            foreach (var rule in AllRules(conflicts))
                text.AppendLine(rule.EditorConfigLine);
            text.AppendLine("```");
        }
        return text.ToString();
    }
}
