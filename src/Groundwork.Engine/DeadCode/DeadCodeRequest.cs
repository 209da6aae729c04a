using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.DeadCode;

/// <summary>One run of the DeadCode stage over a project: its builds, and what the user asked for.</summary>
/// <param name="Builds">One entry per target framework; all of them are judged together.</param>
/// <param name="EditableFiles">
/// The files the stage may change (the Compile items less <c>GroundworkExclude</c>); the usual file rules
/// (<see cref="Files.SourceSelection"/>, generated code) narrow them further.
/// </param>
/// <param name="StampFile">Where the stage records the inputs of its last clean run; null disables the skip.</param>
/// <param name="Rules">The removals to make (<c>GroundworkDeadCodeRules</c>).</param>
/// <param name="KeepProposedChanges">
/// In check mode, also return each file's text with the removals made (for the CLI's <c>--diff</c>).
/// </param>
/// <param name="PendingTexts">
/// In check mode, the texts earlier stages would give some files (the CLI's <c>--diff</c> chains the stages in
/// memory): those files are analysed with these texts instead of their contents on disk, and the stamp is
/// neither trusted nor written, since it describes the files on disk.
/// </param>
/// <param name="Formatter">
/// The Format stage's rewriter when the project formats its code: a file that was formatted before the removals
/// is formatted again after them (see <see cref="KeptLayout"/>). Null leaves the layout to the user.
/// </param>
public sealed record DeadCodeRequest(
    IReadOnlyList<BuildInputs> Builds,
    IReadOnlyCollection<string> EditableFiles,
    StageMode Mode,
    FindingSeverity CheckSeverity,
    string ProjectDirectory,
    bool IncludeLinkedFiles = false,
    string? StampFile = null,
    bool KeepProposedChanges = false,
    IReadOnlyDictionary<string, string>? PendingTexts = null,
    DeadCodeRules Rules = DeadCodeRules.All,
    ISourceRewriter? Formatter = null
)
{
    /// <summary>
    /// The run's projects compiled in memory (the command line): the builds' project references that
    /// <see cref="BuildInputs.ProjectReferences"/> lists are their compilations, and the stamp covers their
    /// sources. Null in a build, where every referenced project was built before.
    /// </summary>
    public ProjectCompilations? ProjectCompilations { get; init; }
}
