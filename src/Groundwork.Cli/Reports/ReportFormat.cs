namespace Groundwork.Cli.Reports;

public enum ReportFormat
{
    Json,
    Sarif,
    Markdown,
}
