using Groundwork.Cli.Commands;
using Groundwork.Cli.Terminal;

namespace Groundwork.Cli.Reports;

/// <summary>Writes the requested report, and the Markdown job summary when GitHub Actions asks for one.</summary>
public static class ReportWriter
{
    public static void WriteAll(RunOutcome outcome, RunOptions options, ConsoleOutput output)
    {
        if (options.ReportFile is not null)
        {
            var format = options.ReportFormat ?? ReportFormat.Json;
            var text = format switch
            {
                ReportFormat.Sarif => SarifReport.Write(outcome),
                ReportFormat.Markdown => MarkdownReport.Write(outcome),
                _ => JsonReport.Write(outcome),
            };
            Write(options.ReportFile, text, append: false);
            output.Normal($"Report ({format.ToString().ToLowerInvariant()}): {options.ReportFile}");
        }

        var stepSummary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (!string.IsNullOrEmpty(stepSummary))
            Write(stepSummary, MarkdownReport.Write(outcome), append: true);
    }

    private static void Write(string path, string text, bool append)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
                Directory.CreateDirectory(folder);
            if (append)
                File.AppendAllText(path, text);
            else
                File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot write the report '{path}': {e.Message}");
        }
    }
}
