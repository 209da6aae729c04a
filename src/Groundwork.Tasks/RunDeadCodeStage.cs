using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Microsoft.Build.Framework;

namespace Groundwork.Tasks;

/// <summary>
/// The DeadCode stage: removes the using directives and local variables that no build of the project needs
/// (<c>GroundworkDeadCodeRules</c> chooses which). It runs once per project,
/// with the compiler inputs of every target framework.
/// </summary>
public sealed class RunDeadCodeStage : GroundworkStageTask
{
    /// <summary>
    /// One item per target framework, as the <c>_GroundworkCompilationInputs</c> target returns them. Metadata:
    /// <c>ProjectPath</c>, <c>AssemblyName</c>, <c>TargetFramework</c>, <c>SourceFiles</c>, <c>References</c>,
    /// <c>Analyzers</c>, <c>AnalyzerConfigFiles</c>, <c>AdditionalFiles</c> (lists separated by <c>;</c>),
    /// <c>ReferenceAliases</c> (<c>path|alias,alias</c> entries separated by <c>;</c>),
    /// and the compiler properties <c>DefineConstants</c>, <c>LangVersion</c>, <c>Nullable</c>,
    /// <c>AllowUnsafeBlocks</c>, <c>OutputType</c>, <c>NoWarn</c>, <c>WarningsAsErrors</c>,
    /// <c>WarningsNotAsErrors</c>, <c>TreatWarningsAsErrors</c>, <c>WarningLevel</c>,
    /// <c>CheckForOverflowUnderflow</c>, <c>Features</c>, <c>InterceptorsNamespaces</c>,
    /// <c>InterceptorsPreviewNamespaces</c>, <c>GeneratesDocumentationFile</c>, <c>KeyFile</c>,
    /// <c>KeyContainer</c>, <c>DelaySign</c>, <c>PublicSign</c>.
    /// </summary>
    [Required]
    public ITaskItem[] Builds { get; set; } = [];

    /// <summary>The files the stage may change: the Compile items less <c>GroundworkExclude</c>.</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The stamp of the last clean run; empty disables skipping a no-op run.</summary>
    public string? StampFile { get; set; }

    /// <summary>
    /// <c>GroundworkDeadCodeRules</c>: the removals to make, names separated by <c>;</c> or <c>,</c>
    /// (usings, locals, members); empty means all of them.
    /// </summary>
    public string? Rules { get; set; }

    /// <summary>
    /// Whether the project's Format stage is on: a formatted file then stays formatted after its removals, so that
    /// the next build's Format stage has nothing to do.
    /// </summary>
    public bool FormatOn { get; set; }

    private DeadCodeRules _rules = DeadCodeRules.All;

    protected override string PendingCode => Findings.UnneededUsingCode;

    protected override bool IsPending(Finding finding) =>
        finding.Code
            is Findings.UnneededUsingCode
                or Findings.UnusedLocalCode
                or Findings.UnusedMemberCode;

    public override bool Execute()
    {
        if (!DeadCodeRuleSet.TryParse(Rules, out _rules, out var unknown))
        {
            var finding = Findings.InvalidDeadCodeRules(
                BuildEngine.ProjectFileOfTaskNode,
                DeadCodeRuleSet.PropertyName,
                Rules ?? "",
                unknown,
                DeadCodeRuleSet.Names
            );
            Log.LogError(null, finding.Code, null, finding.FilePath, 0, 0, 0, 0, finding.Message);
            return false;
        }
        return base.Execute();
    }

    protected override StageReport RunStage(
        StageMode mode,
        FindingSeverity checkSeverity,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return RunEngine(mode, checkSeverity, cancellationToken);
        }
        finally
        {
            // The stage's compilations are garbage now, hundreds of megabytes of them in an MSBuild node that lives
            // on to build the next project: handing them back at once keeps the build's peak memory near what it is
            // without Groundwork, for a blocking collection of a fraction of a second.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private StageReport RunEngine(
        StageMode mode,
        FindingSeverity checkSeverity,
        CancellationToken cancellationToken
    ) =>
        DeadCodeStage.Run(
            new DeadCodeRequest(
                [.. Builds.Select(ToInputs)],
                [.. Files.Select(f => f.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal)],
                mode,
                checkSeverity,
                ProjectDirectory,
                IncludeLinkedFiles,
                string.IsNullOrEmpty(StampFile) ? null : StampFile,
                Rules: _rules,
                Formatter: FormatOn ? new FormatRewriter(new CSharpierOptionsProvider()) : null
            ),
            cancellationToken
        );

    private static BuildInputs ToInputs(ITaskItem item) =>
        new()
        {
            ProjectPath = item.GetMetadata("ProjectPath"),
            AssemblyName = item.GetMetadata("AssemblyName"),
            TargetFramework = item.GetMetadata("TargetFramework"),
            SourceFiles = List(item, "SourceFiles"),
            References = List(item, "References"),
            ReferenceAliases = Aliases(item.GetMetadata("ReferenceAliases")),
            Analyzers = List(item, "Analyzers"),
            AnalyzerConfigFiles = List(item, "AnalyzerConfigFiles"),
            AdditionalFiles = List(item, "AdditionalFiles"),
            DefineConstants = item.GetMetadata("DefineConstants"),
            LangVersion = item.GetMetadata("LangVersion"),
            Nullable = item.GetMetadata("Nullable"),
            AllowUnsafeBlocks = Flag(item, "AllowUnsafeBlocks"),
            OutputType = item.GetMetadata("OutputType"),
            NoWarn = item.GetMetadata("NoWarn"),
            WarningsAsErrors = item.GetMetadata("WarningsAsErrors"),
            WarningsNotAsErrors = item.GetMetadata("WarningsNotAsErrors"),
            TreatWarningsAsErrors = Flag(item, "TreatWarningsAsErrors"),
            WarningLevel = item.GetMetadata("WarningLevel"),
            CheckForOverflowUnderflow = Flag(item, "CheckForOverflowUnderflow"),
            Features = item.GetMetadata("Features"),
            InterceptorsNamespaces = item.GetMetadata("InterceptorsNamespaces"),
            InterceptorsPreviewNamespaces = item.GetMetadata("InterceptorsPreviewNamespaces"),
            GeneratesDocumentationFile = Flag(item, "GeneratesDocumentationFile"),
            KeyFile = item.GetMetadata("KeyFile"),
            KeyContainer = item.GetMetadata("KeyContainer"),
            DelaySign = Flag(item, "DelaySign"),
            PublicSign = Flag(item, "PublicSign"),
        };

    private static string[] List(ITaskItem item, string name) =>
        [
            .. item.GetMetadata(name)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal),
        ];

    /// <summary>Reads <c>path|alias,alias;path|alias</c>.</summary>
    private static Dictionary<string, string> Aliases(string value)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (
            var entry in value.Split(
                ';',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
        )
        {
            var bar = entry.LastIndexOf('|');
            if (bar > 0 && bar < entry.Length - 1)
                aliases[entry[..bar]] = entry[(bar + 1)..];
        }
        return aliases;
    }

    private static bool Flag(ITaskItem item, string name) =>
        string.Equals(item.GetMetadata(name).Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
