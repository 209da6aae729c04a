using System.Text.Json;
using System.Text.Json.Nodes;
using Groundwork.Engine.Diagnostics;

namespace Groundwork.Cli.Reports;

/// <summary>
/// The findings as SARIF 2.1.0, the format code-scanning services take. File locations are relative to the
/// current folder (the checkout's root in CI) through the %SRCROOT% base, absolute when outside it.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(RunOutcome outcome)
    {
        var root = Directory.GetCurrentDirectory();
        var findings = outcome.Findings.Select(f => f.Finding).ToList();
        var codes = findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal).ToList();

        var sarif = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(
                new JsonObject
                {
                    ["tool"] = new JsonObject
                    {
                        ["driver"] = new JsonObject
                        {
                            ["name"] = "Groundwork",
                            ["version"] = ToolInfo.Version,
                            ["informationUri"] = "https://www.nuget.org/packages/dotnet-groundwork",
                            ["rules"] = new JsonArray([
                                .. codes.Select(code => new JsonObject
                                {
                                    ["id"] = code,
                                    ["shortDescription"] = new JsonObject
                                    {
                                        ["text"] = RuleDescriptions.For(code),
                                    },
                                }),
                            ]),
                        },
                    },
                    ["originalUriBaseIds"] = new JsonObject
                    {
                        ["%SRCROOT%"] = new JsonObject
                        {
                            ["uri"] = new Uri(
                                Path.TrimEndingDirectorySeparator(root)
                                    + Path.DirectorySeparatorChar
                            ).AbsoluteUri,
                        },
                    },
                    ["results"] = new JsonArray([
                        .. findings.Select(f => Result(f, codes.IndexOf(f.Code), root)),
                    ]),
                }
            ),
        };
        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Result(Finding finding, int ruleIndex, string root)
    {
        var relative = DisplayPath.Relative(finding.FilePath, root);
        var artifact = Path.IsPathRooted(relative)
            ? new JsonObject { ["uri"] = new Uri(finding.FilePath).AbsoluteUri }
            : new JsonObject
            {
                ["uri"] = Uri.EscapeDataString(relative).Replace("%2F", "/"),
                ["uriBaseId"] = "%SRCROOT%",
            };
        var location = new JsonObject { ["artifactLocation"] = artifact };
        if (finding.Line > 0)
            location["region"] = new JsonObject
            {
                ["startLine"] = finding.Line,
                ["startColumn"] = Math.Max(finding.Column, 1),
            };
        return new JsonObject
        {
            ["ruleId"] = finding.Code,
            ["ruleIndex"] = ruleIndex,
            ["level"] = finding.Severity switch
            {
                FindingSeverity.Error => "error",
                FindingSeverity.Warning => "warning",
                _ => "note",
            },
            ["message"] = new JsonObject { ["text"] = finding.Message },
            ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = location }),
        };
    }
}
