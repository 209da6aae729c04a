using System.Text;
using Groundwork.Cli.Terminal;

namespace Groundwork.Cli.Reports;

/// <summary>The run as Markdown, for a pull-request comment or a CI job summary.</summary>
public static class MarkdownReport
{
    private const int MaxFindings = 200;

    public static string Write(RunOutcome outcome)
    {
        var text = new StringBuilder();
        var findings = outcome.Findings.ToList();
        var failing = outcome.FailingFindings.Count();
        var verdict = failing == 0 ? "clean" : SummaryTable.Plural(failing, "finding");
        text.AppendLine($"## Groundwork {outcome.CommandName}: {verdict}");
        text.AppendLine();

        var stages = outcome.StagesRun;
        if (stages.Count > 0)
        {
            text.AppendLine($"| Project | {string.Join(" | ", stages.Select(s => s.Name))} |");
            text.AppendLine($"| --- |{string.Concat(stages.Select(_ => " --- |"))}");
            foreach (var project in outcome.Projects)
            {
                var cells = stages.Select(s =>
                    project.Stages.FirstOrDefault(o => o.Stage == s) is { } ran
                        ? SummaryTable.Cell(ran)
                        : "-"
                );
                text.AppendLine(
                    $"| {Escape(project.Project.Name)} | {string.Join(" | ", cells)} |"
                );
            }
            text.AppendLine();
        }
        else
            text.AppendLine(
                    "No stage ran: no project turns one on (see `--stage`, `--all-stages`)."
                )
                .AppendLine();

        if (findings.Count > 0)
        {
            text.AppendLine("| File | Line | Code | Message |");
            text.AppendLine("| --- | --- | --- | --- |");
            foreach (var (_, _, finding) in findings.Take(MaxFindings))
                text.AppendLine(
                    $"| `{Escape(DisplayPath.Relative(finding.FilePath))}` | {(finding.Line > 0 ? finding.Line : "")} | {finding.Code} | {Escape(finding.Message)} |"
                );
            if (findings.Count > MaxFindings)
                text.AppendLine().AppendLine($"... and {findings.Count - MaxFindings} more.");
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
