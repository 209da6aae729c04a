using System.CommandLine;
using Groundwork.Cli.Projects;
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
        root.Subcommands.Add(CreatePlanCommand());
        root.Subcommands.Add(
            CreateRunCommand(
                CommandKind.Verify,
                "baseline",
                "Write every finding of the enabled stages (check mode) to .groundwork-baseline.json at the repository's top, so verify reports only new ones; --prune removes the findings that are fixed and adds none. Exit code 0, or 2 for a usage or load error."
            )
        );
        return root;
    }

    /// <summary>plan [PATH]: what each stage that is not on yet would change, to plan the rollout.</summary>
    private static Command CreatePlanCommand()
    {
        var path = new Argument<string?>("PATH")
        {
            Description =
                "A .sln, .slnx or project file, or a folder that holds exactly one of them (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write the plan to this file as Markdown, for the pull request.",
        };
        var include = new Option<string[]>("--include")
        {
            Description = "Only these files (globs).",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave these files out (globs).",
        };
        var property = new Option<string[]>("--property", "-p", "-property")
        {
            Description =
                "An MSBuild global property for every project: -p:Name=Value. Repeatable.",
        };
        var configuration = new Option<string?>("--configuration", "-c")
        {
            Description = "The configuration: -p:Configuration.",
        };
        var framework = new Option<string?>("--framework", "-f")
        {
            Description = "Only this target framework: -p:TargetFramework.",
        };
        var writeEditorConfig = new Option<bool>("--write-editorconfig")
        {
            Description =
                "Append the .editorconfig lines that turn off the analyzer rules that contradict the formatter's layout to the .editorconfig in PATH's folder (created if missing; lines already there are not added again).",
        };
        var command = new Command(
            "plan",
            "For each project and each stage it does not turn on yet: the files and lines the stage would change, its findings, and the kind of change (Format: layout only; Usings: order only; DeadCode: removes code). Writes no source file. Exit code 0, or 2 for a usage or load error."
        )
        {
            path,
            report,
            include,
            exclude,
            property,
            configuration,
            framework,
            writeEditorConfig,
        };
        command.SetAction(parse =>
        {
            if (
                ReadGlobalProperties(parse, property, configuration, framework)
                is not { } properties
            )
                return ExitCodes.UsageOrLoadError;
            return PlanCommand.Execute(
                parse.GetValue(path),
                parse.GetValue(report),
                parse.GetValue(include) ?? [],
                parse.GetValue(exclude) ?? [],
                properties,
                parse.GetValue(writeEditorConfig)
            );
        });
        return command;
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
        var property = new Option<string[]>("--property", "-p", "-property")
        {
            Description =
                "An MSBuild global property for every project, as dotnet build takes it: -p:Name=Value, or -p:Name=Value;Other=X. Repeatable. It wins over the project's own value.",
        };
        var configuration = new Option<string?>("--configuration", "-c")
        {
            Description =
                "The configuration to evaluate and analyse (Debug, Release): -p:Configuration.",
        };
        var framework = new Option<string?>("--framework", "-f")
        {
            Description =
                "Only this target framework of each project (net8.0): -p:TargetFramework, as dotnet build -f.",
        };

        var deadCodeRules = new Option<string?>("--deadcode-rules")
        {
            Description =
                "The DeadCode stage's removals, whatever GroundworkDeadCodeRules says: usings, locals, members, separated by ; or , (default: the property, else all).",
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
            property,
            configuration,
            framework,
        };
        var commit = new Option<bool>(StageCommits.Option)
        {
            Description =
                "Commit each stage's changes alone with git (one commit per stage, in stage order), then list those commits in .git-blame-ignore-revs in one more commit.",
        };
        if (kind == CommandKind.Fix)
            command.Options.Add(commit);
        var prune = new Option<bool>("--prune")
        {
            Description =
                "Remove the findings that are fixed from the baseline, and add none (the baseline only shrinks).",
        };
        if (name == "baseline")
            command.Options.Add(prune);
        command.SetAction(parse =>
        {
            if (
                ReadGlobalProperties(parse, property, configuration, framework)
                is not { } properties
            )
                return ExitCodes.UsageOrLoadError;
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
                parse.GetValue(deadCodeRules),
                properties,
                kind == CommandKind.Fix && parse.GetValue(commit),
                name != "baseline" ? BaselineAction.None
                    : parse.GetValue(prune) ? BaselineAction.Prune
                    : BaselineAction.Write
            );
            return RunCommand.Execute(options);
        });
        return command;
    }

    /// <summary>The MSBuild global properties of -p, -c and -f; null (after saying why) when they are malformed.</summary>
    private static IReadOnlyDictionary<string, string>? ReadGlobalProperties(
        ParseResult parse,
        Option<string[]> property,
        Option<string?> configuration,
        Option<string?> framework
    )
    {
        try
        {
            return GlobalProperties.Parse(
                parse.GetValue(property) ?? [],
                parse.GetValue(configuration),
                parse.GetValue(framework)
            );
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
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
