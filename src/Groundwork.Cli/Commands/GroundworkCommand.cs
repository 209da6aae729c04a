using System.CommandLine;
using Groundwork.Cli.Reports;
using Groundwork.Cli.Terminal;

namespace Groundwork.Cli.Commands;

/// <summary>The command line: <c>dotnet groundwork verify|fix [PATH] [options]</c>.</summary>
public static class GroundworkCommand
{
    public static int Invoke(string[] args)
    {
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would exit with 1, which this tool keeps for findings.
            foreach (var error in parse.Errors)
                Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run 'dotnet groundwork --help' for usage.");
            return ExitCodes.UsageOrLoadError;
        }
        return parse.Invoke();
    }

    public static RootCommand Create()
    {
        var root = new RootCommand(
            "Runs Groundwork's stages (Format, Usings, DeadCode) over a solution or project without building it."
        );
        root.Subcommands.Add(
            CreateRunCommand(
                CommandKind.Verify,
                "verify",
                "Run every enabled stage in check mode: report what would change, write nothing. Exit code 0: clean, 1: findings, 2: usage or load error."
            )
        );
        root.Subcommands.Add(
            CreateRunCommand(
                CommandKind.Fix,
                "fix",
                "Run every enabled stage in fix mode: rewrite the files. Exit code 0: nothing left to report, 1: findings, 2: usage or load error."
            )
        );
        return root;
    }

    private static Command CreateRunCommand(CommandKind kind, string name, string description)
    {
        var path = new Argument<string?>("PATH")
        {
            Description =
                "A .sln, .slnx or project file, or a folder that holds exactly one of them (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var stage = new Option<string[]>("--stage", "-s")
        {
            Description =
                "Run this stage whatever the project properties say: format, usings or deadcode. Repeat it, or separate stages with commas.",
        };
        var allStages = new Option<bool>("--all-stages")
        {
            Description = "Run every stage whatever the project properties say.",
        };
        var diff = new Option<bool>("--diff")
        {
            Description = "Print the unified diff of each change instead of writing it.",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Write a report of the run to this file.",
        };
        var reportFormat = new Option<string?>("--report-format")
        {
            Description =
                "json, sarif (2.1.0) or markdown (default: from the report file's extension, else json).",
        };
        reportFormat.AcceptOnlyFromAmong("json", "sarif", "markdown");
        var verbosity = new Option<string>("--verbosity", "-v")
        {
            Description = "quiet, normal or detailed (q, n, d).",
            DefaultValueFactory = _ => "normal",
        };
        verbosity.AcceptOnlyFromAmong("quiet", "normal", "detailed", "q", "n", "d");
        var include = new Option<string[]>("--include")
        {
            Description =
                "Only these files (globs relative to PATH's folder, like src/**/*.cs; a folder means everything under it). Repeatable.",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave these files alone (globs, as --include). Repeatable.",
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description =
                "Only files changed since this git ref (from its merge base with HEAD), including uncommitted and untracked files.",
        };

        var deadCodeRules = new Option<string?>("--deadcode-rules")
        {
            Description =
                "The DeadCode stage's removals, whatever GroundworkDeadCodeRules says: usings, locals, separated by ; or , (default: the property, else all).",
        };

        var command = new Command(name, description)
        {
            path,
            stage,
            allStages,
            diff,
            report,
            reportFormat,
            verbosity,
            include,
            exclude,
            changedSince,
            deadCodeRules,
        };
        command.SetAction(parse =>
        {
            var options = new RunOptions(
                kind,
                parse.GetValue(path),
                parse.GetValue(stage) ?? [],
                parse.GetValue(allStages),
                parse.GetValue(diff),
                parse.GetValue(report),
                ParseReportFormat(parse.GetValue(reportFormat), parse.GetValue(report)),
                ParseVerbosity(parse.GetValue(verbosity)),
                parse.GetValue(include) ?? [],
                parse.GetValue(exclude) ?? [],
                parse.GetValue(changedSince),
                parse.GetValue(deadCodeRules)
            );
            return RunCommand.Execute(options);
        });
        return command;
    }

    private static Verbosity ParseVerbosity(string? value) =>
        value switch
        {
            "quiet" or "q" => Verbosity.Quiet,
            "detailed" or "d" => Verbosity.Detailed,
            _ => Verbosity.Normal,
        };

    private static ReportFormat? ParseReportFormat(string? format, string? file) =>
        format switch
        {
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            "markdown" => ReportFormat.Markdown,
            _ when file is null => null,
            _ when file.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase)
                    || file.EndsWith(".sarif.json", StringComparison.OrdinalIgnoreCase) =>
                ReportFormat.Sarif,
            _ when file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) =>
                ReportFormat.Markdown,
            _ => ReportFormat.Json,
        };
}
