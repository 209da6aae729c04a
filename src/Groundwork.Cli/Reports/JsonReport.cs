using System.Text.Json;
using System.Text.Json.Nodes;

namespace Groundwork.Cli.Reports;

/// <summary>The run as JSON, for tools: every project, every stage that ran, every finding.</summary>
public static class JsonReport
{
    public static string Write(RunOutcome outcome)
    {
        var root = new JsonObject
        {
            ["tool"] = new JsonObject { ["name"] = ToolInfo.Name, ["version"] = ToolInfo.Version },
            ["command"] = outcome.CommandName,
            ["diff"] = outcome.Diff,
            ["exitCode"] = outcome.ExitCode,
            ["projects"] = new JsonArray([
                .. outcome.Projects.Select(p => new JsonObject
                {
                    ["name"] = p.Project.Name,
                    ["path"] = p.Project.FullPath,
                    ["targetFrameworks"] = new JsonArray([
                        .. p.Project.TargetFrameworks.Select(t => JsonValue.Create(t)),
                    ]),
                    ["sourceFiles"] = p.Project.SourceFiles.Count,
                    ["selectedFiles"] = p.FilesSelected,
                    ["notes"] = new JsonArray([.. p.Notes.Select(n => JsonValue.Create(n))]),
                    ["stages"] = new JsonArray([
                        .. p.Stages.Select(s => new JsonObject
                        {
                            ["stage"] = s.Stage.Key,
                            ["mode"] = s.Mode.ToString().ToLowerInvariant(),
                            ["filesExamined"] = s.Report.FilesExamined,
                            ["filesChanged"] = new JsonArray([
                                .. s.Report.FilesChanged.Select(f => JsonValue.Create(f)),
                            ]),
                            ["findings"] = s.Findings.Count,
                        }),
                    ]),
                }),
            ]),
            ["findings"] = new JsonArray([
                .. outcome.Findings.Select(f => new JsonObject
                {
                    ["project"] = f.Project.Project.FullPath,
                    ["stage"] = f.Stage?.ToLowerInvariant(),
                    ["code"] = f.Finding.Code,
                    ["severity"] = f.Finding.Severity.ToString().ToLowerInvariant(),
                    ["file"] = f.Finding.FilePath,
                    ["line"] = f.Finding.Line,
                    ["column"] = f.Finding.Column,
                    ["message"] = f.Finding.Message,
                }),
            ]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
