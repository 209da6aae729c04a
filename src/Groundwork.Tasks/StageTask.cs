using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Microsoft.Build.Framework;

namespace Groundwork.Tasks;

/// <summary>
/// A stage that works file by file (Format, Usings): the project's files go through the engine's
/// <see cref="StageRunner"/> with the stage's rewriter and its clean-file cache.
/// </summary>
public abstract class StageTask : GroundworkStageTask
{
    /// <summary>The project's source files (Compile items of every target framework).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Where the stage remembers the files it found clean; empty disables the cache.</summary>
    public string? CacheFile { get; set; }

    protected abstract ISourceRewriter CreateRewriter();

    protected override StageReport RunStage(
        StageMode mode,
        FindingSeverity checkSeverity,
        CancellationToken cancellationToken
    )
    {
        var selection = new SourceSelection(ProjectDirectory, IncludeLinkedFiles);
        var files = Files
            .Select(item => item.GetMetadata("FullPath"))
            .Where(selection.Includes)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var cache = string.IsNullOrEmpty(CacheFile)
            ? CleanFileCache.None()
            : CleanFileCache.Load(CacheFile);
        return new StageRunner(CreateRewriter(), cache).Run(
            files,
            mode,
            checkSeverity,
            cancellationToken
        );
    }
}
