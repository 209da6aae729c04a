using System.Text;
using Groundwork.Cli.Projects;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Microsoft.CodeAnalysis;

namespace Groundwork.Cli.Stages;

/// <summary>One analyzer rule whose check contradicts the layout the Format stage (CSharpier) writes.</summary>
/// <param name="Id">The diagnostic id.</param>
/// <param name="StyleCop">True for a StyleCop.Analyzers rule, false for the SDK's code-style rule IDE0055.</param>
/// <param name="Reason">What in CSharpier's layout the rule reports, in one line.</param>
public sealed record FormatterConflict(string Id, bool StyleCop, string Reason)
{
    /// <summary>The .editorconfig line that turns the rule off.</summary>
    public string EditorConfigLine => $"dotnet_diagnostic.{Id}.severity = none";

    /// <summary>
    /// The code-style option value under which the rule contradicts the layout (IDE0011 only with
    /// <c>csharp_prefer_braces = when_multiline</c>); null when it always does.
    /// </summary>
    public (string Name, string Value)? OnlyWithOption { get; init; }
}

/// <summary>
/// The analyzer rules that fight the Format stage: formatting a project that runs them with CSharpier's layout
/// makes them report warnings (SA1111, SA1502, IDE0055...), which fail a build that treats warnings as errors.
/// <c>dotnet groundwork plan</c> lists those a project turns on and offers the .editorconfig lines that turn
/// them off.
/// </summary>
public static class FormatterConflicts
{
    /// <summary>
    /// Every rule here is reported on code that the Format stage laid out and that the rule did not report
    /// before (<c>FormatterConflictsWithAnalyzersTests</c> proves it with the real analyzers, and that no other rule is).
    /// StyleCop's SA1127 and SA1128 are not here: CSharpier puts a generic constraint and a constructor
    /// initializer on lines of their own, as they want.
    /// </summary>
    public static readonly IReadOnlyList<FormatterConflict> Rules =
    [
        new(
            "IDE0011",
            false,
            "With csharp_prefer_braces = when_multiline, an if or loop without braces whose condition CSharpier breaks over lines needs braces."
        )
        {
            OnlyWithOption = ("csharp_prefer_braces", "when_multiline"),
        },
        new(
            "IDE0055",
            false,
            "Roslyn's formatter checks spacing and wrapping against its own options, not CSharpier's layout."
        ),
        new(
            "IDE2006",
            false,
            "With csharp_style_allow_blank_line_after_token_in_arrow_expression_clause_experimental = false, CSharpier breaks a long expression body after `=>`."
        )
        {
            OnlyWithOption = (
                "csharp_style_allow_blank_line_after_token_in_arrow_expression_clause_experimental",
                "false"
            ),
        },
        new(
            "SA1003",
            true,
            "CSharpier breaks a long expression after a cast (`(T)` at the end of a line)."
        ),
        new(
            "SA1009",
            true,
            "CSharpier puts a closing parenthesis on its own line after broken arguments (`\\n);`, `\\n) =>`)."
        ),
        new(
            "SA1111",
            true,
            "SA1111 wants `)` on the line of the last parameter; CSharpier breaks it onto its own line."
        ),
        new(
            "SA1118",
            true,
            "CSharpier breaks a long argument (a call, an object creation, a condition) over several lines."
        ),
        new(
            "SA1137",
            true,
            "CSharpier indents a type parameter under its broken attribute deeper than the other type parameters."
        ),
        new(
            "SA1500",
            true,
            "CSharpier writes the `while` of a do-while loop on the line of its closing brace (`} while (x);`)."
        ),
        new(
            "SA1501",
            true,
            "CSharpier writes an empty statement block on one line (`catch (IOException) { }`)."
        ),
        new(
            "SA1502",
            true,
            "CSharpier writes an empty type or member body on one line (`class Empty { }`, `Foo() { }`)."
        ),
        new(
            "SA1504",
            true,
            "CSharpier keeps a short accessor on one line (`get { return _x; }`) and breaks a long one over several."
        ),
        new(
            "SA1516",
            true,
            "CSharpier breaks a long field over two lines, and adjacent fields without a blank line then need one."
        ),
    ];

    private static readonly string ProbeName = "Groundwork.FormatterConflicts.cs";

    /// <summary>
    /// The catalogue's rules the project's build reports: StyleCop's when the build runs StyleCop.Analyzers and
    /// the .editorconfig chain does not set the rule to none, silent or suggestion; an IDE rule when the chain
    /// makes it an error, or a warning with <c>EnforceCodeStyleInBuild</c> true, by its own severity, else the
    /// Style category's (<c>dotnet_analyzer_diagnostic.category-Style.severity</c>), else every analyzer's
    /// (<c>dotnet_analyzer_diagnostic.severity</c>), and its option has the value that conflicts.
    /// <c>NoWarn</c>, and <c>RunAnalyzers</c> or <c>RunAnalyzersDuringBuild</c> false, turn a rule off. The
    /// chain is the one a C# file in the project's folder reads (its first source file's, when it has one), with
    /// the analyzer config files the project adds itself (a shared <c>.globalconfig</c>).
    /// </summary>
    public static IReadOnlyList<FormatterConflict> EnabledIn(
        LoadedProject project,
        EditorConfigLookup editorConfig
    )
    {
        if (
            IsFalse(project.Property("RunAnalyzers"))
            || IsFalse(project.Property("RunAnalyzersDuringBuild"))
        )
            return [];
        var probe =
            project.SourceFiles.FirstOrDefault(f =>
                string.Equals(Path.GetDirectoryName(f), project.Directory, StringComparison.Ordinal)
            ) ?? Path.Combine(project.Directory, ProbeName);
        var rules = editorConfig.RulesFor(probe, project.AnalyzerConfigFiles ?? []);
        var severities =
            rules?.Severities
            ?? new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        var options =
            rules?.Options ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var suppressed = new SuppressedCodes(project.Property("NoWarn"));
        var enforce = string.Equals(
            project.Property("EnforceCodeStyleInBuild"),
            "true",
            StringComparison.OrdinalIgnoreCase
        );
        return
        [
            .. Rules.Where(rule =>
            {
                if (suppressed.Suppresses(rule.Id))
                    return false;
                if (
                    rule.OnlyWithOption is var (name, value)
                    && !string.Equals(
                        OptionValue(options, name),
                        value,
                        StringComparison.OrdinalIgnoreCase
                    )
                )
                    return false;
                var severity = severities.TryGetValue(rule.Id, out var s)
                    ? s
                    : ReportDiagnostic.Default;
                if (rule.StyleCop)
                    return project.UsesStyleCop
                        && severity
                            is not (
                                ReportDiagnostic.Suppress
                                or ReportDiagnostic.Hidden
                                or ReportDiagnostic.Info
                            );
                if (severity == ReportDiagnostic.Default)
                    severity = Severity(
                        options,
                        "dotnet_analyzer_diagnostic.category-style.severity"
                    );
                if (severity == ReportDiagnostic.Default)
                    severity = Severity(options, "dotnet_analyzer_diagnostic.severity");
                return severity == ReportDiagnostic.Error
                    || (severity == ReportDiagnostic.Warn && enforce);
            }),
        ];
    }

    /// <summary>A code-style option's value, without the <c>:severity</c> suffix it may carry.</summary>
    private static string? OptionValue(IReadOnlyDictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) ? value.Split(':')[0].Trim() : null;

    /// <summary>A category or global severity entry, as the compiler reads its values.</summary>
    private static ReportDiagnostic Severity(
        IReadOnlyDictionary<string, string> options,
        string key
    ) =>
        options.TryGetValue(key, out var value)
            ? value.Trim().ToLowerInvariant() switch
            {
                "error" => ReportDiagnostic.Error,
                "warning" => ReportDiagnostic.Warn,
                "suggestion" => ReportDiagnostic.Info,
                "silent" or "refactoring" => ReportDiagnostic.Hidden,
                "none" => ReportDiagnostic.Suppress,
                _ => ReportDiagnostic.Default,
            }
            : ReportDiagnostic.Default;

    private static bool IsFalse(string value) =>
        string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>The comment line above the lines Groundwork appends to an .editorconfig.</summary>
    public const string Comment =
        "# Groundwork: analyzer rules that contradict the Format stage's layout (CSharpier's), turned off by 'dotnet groundwork plan --write-editorconfig'.";

    /// <summary>
    /// Appends the lines that turn the rules off to the .editorconfig in the folder (created if missing), under
    /// <see cref="Comment"/> in a <c>[*.cs]</c> section of their own at the end, where they win over earlier
    /// sections. A line the file already has (spaces and case aside) is not added again; when every line is
    /// there the file is not written. Returns the lines it added.
    /// </summary>
    public static IReadOnlyList<string> WriteEditorConfig(
        string folder,
        IEnumerable<FormatterConflict> rules
    )
    {
        var path = Path.Combine(folder, ".editorconfig");
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        var present = existing
            .Split('\n')
            .Select(Normalize)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = rules
            .Select(r => r.EditorConfigLine)
            .Distinct(StringComparer.Ordinal)
            .Where(l => !present.Contains(Normalize(l)))
            .ToList();
        if (lines.Count == 0)
            return lines;
        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var text = new StringBuilder(existing);
        if (existing.Length > 0)
        {
            if (!existing.EndsWith('\n'))
                text.Append(newline);
            text.Append(newline);
        }
        text.Append(Comment).Append(newline).Append("[*.cs]").Append(newline);
        foreach (var line in lines)
            text.Append(line).Append(newline);
        File.WriteAllText(path, text.ToString());
        return lines;
    }

    private static string Normalize(string line) =>
        string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
}
