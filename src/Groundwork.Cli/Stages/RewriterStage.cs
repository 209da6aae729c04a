using Groundwork.Engine.Pipeline;

namespace Groundwork.Cli.Stages;

/// <summary>
/// A stage that rewrites files one at a time (an <see cref="ISourceRewriter"/>), run by the engine's
/// <see cref="StageRunner"/> with the project's clean-file cache, exactly as the MSBuild task runs it.
/// </summary>
public sealed class RewriterStage(StageInfo info, Func<ISourceRewriter> createRewriter) : IStage
{
    public StageInfo Info => info;

    public StageReport Run(StageRequest request, CancellationToken cancellationToken)
    {
        // The same cache file as the build's (obj/groundwork/<stage>.cache): its entries are keyed by the
        // file's bytes and the stage's fingerprint, so either can trust what the other found clean.
        var cache = CleanFileCache.Load(
            Path.Combine(request.Project.StateDirectory, info.Key + ".cache")
        );
        var runner = new StageRunner(createRewriter(), cache)
        {
            KeepProposedChanges = request.KeepProposedChanges,
            PendingTexts = request.PendingTexts,
        };
        return runner.Run(request.Files, request.Mode, request.CheckSeverity, cancellationToken);
    }
}
