using System.Text;
using Groundwork.Cli.Reports;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Terminal;

/// <summary>
/// The table printed at the end: one row per project, one column per stage that ran, each cell the files the
/// stage examined and its findings (and in fix mode the files it changed).
/// </summary>
public static class SummaryTable
{
    public static string Render(RunOutcome outcome)
    {
        var stages = outcome.StagesRun;
        var header = new List<string> { "Project" };
        header.AddRange(stages.Select(s => s.Name));
        var rows = new List<List<string>> { header };
        foreach (var project in outcome.Projects)
        {
            var row = new List<string> { project.Project.Name };
            foreach (var stage in stages)
            {
                var ran = project.Stages.FirstOrDefault(s => s.Stage == stage);
                row.Add(ran is null ? "-" : Cell(ran));
            }
            rows.Add(row);
        }
        var widths = Enumerable
            .Range(0, header.Count)
            .Select(c => rows.Max(r => r[c].Length))
            .ToList();
        var text = new StringBuilder();
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            text.AppendLine(
                string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()
            );
            if (index == 0)
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
        return text.ToString();
    }

    public static string Cell(StageOutcome stage)
    {
        // A stage that could not judge the project examined nothing: "0 findings" would read as clean.
        if (IsNotAnalysed(stage))
            return $"not analysed ({Findings.BuildNotAnalysedCode})";
        var files = Plural(stage.Report.FilesExamined, "file");
        var changed =
            stage.Mode == StageMode.Fix ? $", {stage.Report.FilesChanged.Count} changed" : "";
        return $"{files}{changed}, {Plural(stage.FailingCount, "finding")}";
    }

    public static bool IsNotAnalysed(StageOutcome stage) =>
        stage.Report.Findings.Any(f => f.Code == Findings.BuildNotAnalysedCode);

    public static string Plural(int count, string noun) =>
        $"{count} {noun}{(count == 1 ? "" : "s")}";
}
