using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Groundwork.Tasks;

/// <summary>
/// What every stage task shares, whatever its shape (per file, or per project): read the mode, run the
/// engine's stage, log its findings in MSBuild's canonical form (less those in <see cref="NoWarn"/>), and log
/// a summary. Nothing else happens here.
/// </summary>
public abstract class GroundworkStageTask : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The raw value of the stage property: off, check, fix, true or false.</summary>
    public string? Mode { get; set; }

    /// <summary>The stage property's name, for error messages.</summary>
    [Required]
    public string ModeProperty { get; set; } = "";

    /// <summary>True in CI builds, where <c>true</c> means check instead of fix.</summary>
    public bool ContinuousIntegration { get; set; }

    /// <summary><c>error</c> (default) or <c>warning</c>: the severity of check-mode findings.</summary>
    public string? CheckSeverity { get; set; }

    [Required]
    public string ProjectDirectory { get; set; } = "";

    public bool IncludeLinkedFiles { get; set; }

    /// <summary>The project's NoWarn list: findings with these codes are not reported.</summary>
    public string? NoWarn { get; set; }

    /// <summary>
    /// The baseline file (<c>GroundworkBaseline</c>): in check mode, the findings it accepts are not reported.
    /// Empty, or a file that does not exist: no baseline.
    /// </summary>
    public string? BaselineFile { get; set; }

    /// <summary>The files the stage rewrote.</summary>
    [Output]
    public ITaskItem[] ChangedFiles { get; private set; } = [];

    /// <summary>
    /// True when the run left nothing to report: no error or warning, and no file that check mode would change.
    /// The targets then stamp the stage, and skip it while its inputs stay older than the stamp; a run that
    /// reported something is never stamped, so that the next build reports it again.
    /// </summary>
    [Output]
    public bool Clean { get; private set; }

    /// <summary>The stage's name as users see it: RunFormatStage is Format.</summary>
    protected virtual string StageName => GetType().Name.Replace("Run", "").Replace("Stage", "");

    /// <summary>The code of this stage's check-mode finding.</summary>
    protected abstract string PendingCode { get; }

    /// <summary>Whether a finding means a file would change (for the summary).</summary>
    protected virtual bool IsPending(Finding finding) => finding.Code == PendingCode;

    protected abstract StageReport RunStage(
        StageMode mode,
        FindingSeverity checkSeverity,
        CancellationToken cancellationToken
    );

    public void Cancel() => _cancellation.Cancel();

    public override bool Execute()
    {
        if (!StageModeParser.TryParse(Mode, ContinuousIntegration, out var mode))
        {
            Report(
                Findings.InvalidMode(BuildEngine.ProjectFileOfTaskNode, ModeProperty, Mode ?? "")
            );
            return false;
        }
        if (mode == StageMode.Off)
            return true;

        var severity = string.Equals(CheckSeverity, "warning", StringComparison.OrdinalIgnoreCase)
            ? FindingSeverity.Warning
            : FindingSeverity.Error;
        // Which compiler assemblies the tasks loaded: the SDK's, or the package's own (build/Groundwork.props).
        var compiler = typeof(Microsoft.CodeAnalysis.SyntaxTree).Assembly;
        Log.LogMessage(
            MessageImportance.Low,
            $"Groundwork {StageName}: C# compiler {compiler.GetName().Version} from {compiler.Location}"
        );
        StageReport report;
        try
        {
            report = RunStage(mode, severity, _cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Log.LogMessage(MessageImportance.High, $"Groundwork {StageName}: cancelled.");
            return false;
        }

        var suppressed = new SuppressedCodes(NoWarn);
        var findings = report.Findings.Where(f => !suppressed.Suppresses(f)).ToList();
        // Only check mode reads the baseline: fix fixes every finding, accepted or not.
        if (
            mode == StageMode.Check
            && !string.IsNullOrEmpty(BaselineFile)
            && File.Exists(BaselineFile)
        )
        {
            Baseline baseline;
            try
            {
                baseline = Baseline.Load(BaselineFile);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                Report(Findings.BaselineUnreadable(BaselineFile, e.Message));
                return false;
            }
            var lines = new LineTexts();
            var reported = findings.Where(f => !baseline.Accepts(f, lines)).ToList();
            Log.LogMessage(
                MessageImportance.Normal,
                $"Groundwork {StageName}: {findings.Count - reported.Count} findings accepted by the baseline {BaselineFile}, not reported."
            );
            findings = reported;
        }
        foreach (var finding in findings)
            Report(finding);

        ChangedFiles = [.. report.FilesChanged.Select(f => new TaskItem(f))];
        LogSummary(report, mode);
        Clean =
            !Log.HasLoggedErrors
            && !findings.Any(f => f.Severity != FindingSeverity.Info || IsPending(f));
        return !Log.HasLoggedErrors;
    }

    private void LogSummary(StageReport report, StageMode mode)
    {
        var pending = report
            .Findings.Where(IsPending)
            .Select(f => f.FilePath)
            .Distinct(StringComparer.Ordinal)
            .Count();
        var summary =
            mode == StageMode.Fix
                ? $"Groundwork {report.StageName}: changed {report.FilesChanged.Count} of {report.FilesExamined} files."
                : $"Groundwork {report.StageName}: {pending} of {report.FilesExamined} files would change.";
        // A fix that changed files is news to whoever runs the build, at the default verbosity too.
        var importance =
            mode == StageMode.Fix && report.FilesChanged.Count > 0
                ? MessageImportance.High
                : MessageImportance.Normal;
        Log.LogMessage(importance, summary);
        foreach (var file in report.FilesChanged)
            Log.LogMessage(MessageImportance.Low, $"  {report.StageName}: {file}");
    }

    private void Report(Finding finding)
    {
        switch (finding.Severity)
        {
            case FindingSeverity.Error:
                Log.LogError(
                    null,
                    finding.Code,
                    null,
                    finding.FilePath,
                    finding.Line,
                    finding.Column,
                    0,
                    0,
                    finding.Message
                );
                break;
            case FindingSeverity.Warning:
                Log.LogWarning(
                    null,
                    finding.Code,
                    null,
                    finding.FilePath,
                    finding.Line,
                    finding.Column,
                    0,
                    0,
                    finding.Message
                );
                break;
            default:
                Log.LogMessage(
                    null,
                    finding.Code,
                    null,
                    finding.FilePath,
                    finding.Line,
                    finding.Column,
                    0,
                    0,
                    MessageImportance.High,
                    finding.Message
                );
                break;
        }
    }
}
