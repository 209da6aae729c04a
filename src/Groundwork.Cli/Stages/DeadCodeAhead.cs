using Groundwork.Cli.Projects;
using Groundwork.Engine.Pipeline;

namespace Groundwork.Cli.Stages;

/// <summary>
/// verify's DeadCode reports, judged ahead of the run, two projects at a time in the run's order, while the run
/// reports each in turn. In check mode the stage's report on a project depends on nothing else the run does:
/// nothing is written, and no other stage's output is handed to it. One project's judgment keeps the cores
/// busy only part of the time (loading the generators, planning and proving are mostly sequential); a second
/// one fills the rest. A judgment that failed fails again, with the same exception, for the run that takes it.
/// </summary>
public sealed class DeadCodeAhead : IDisposable
{
    /// <summary>Two compilations in memory at once, whatever the number of cores.</summary>
    private const int AtOnce = 2;

    private readonly IReadOnlyList<(LoadedProject Project, StageRequest Request)> _work;
    private readonly Dictionary<LoadedProject, TaskCompletionSource<StageReport>> _reports;
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _judges;
    private int _next = -1;

    public DeadCodeAhead(
        IStage deadCode,
        IReadOnlyList<(LoadedProject Project, StageRequest Request)> work,
        CancellationToken cancellationToken
    )
    {
        _work = work;
        _reports = new(ReferenceEqualityComparer.Instance);
        foreach (var (project, _) in work)
            _reports[project] = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = _stop.Token;
        _judges =
        [
            .. Enumerable
                .Range(0, Math.Min(AtOnce, work.Count))
                .Select(_ =>
                    Task.Factory.StartNew(
                        () => Judge(deadCode, token),
                        CancellationToken.None,
                        TaskCreationOptions.LongRunning,
                        TaskScheduler.Default
                    )
                ),
        ];
    }

    private void Judge(IStage deadCode, CancellationToken cancellationToken)
    {
        for (
            var i = Interlocked.Increment(ref _next);
            i < _work.Count;
            i = Interlocked.Increment(ref _next)
        )
        {
            var (project, request) = _work[i];
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                _reports[project].SetResult(deadCode.Run(request, cancellationToken));
            }
            catch (Exception e)
            {
                _reports[project].SetException(e);
            }
        }
    }

    /// <summary>The project's report, waited for; null for a project that was not judged ahead.</summary>
    public StageReport? Take(LoadedProject project) =>
        _reports.TryGetValue(project, out var report) ? report.Task.GetAwaiter().GetResult() : null;

    /// <summary>Stops judging ahead, and waits for the judgments under way.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            Task.WaitAll(_judges);
        }
        catch (AggregateException) { }
        _stop.Dispose();
    }
}
