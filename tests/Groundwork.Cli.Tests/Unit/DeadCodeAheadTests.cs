using Groundwork.Cli.Projects;
using Groundwork.Cli.Stages;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Tests.Unit;

public class DeadCodeAheadTests
{
    [Test]
    public void Each_project_gets_its_own_report_with_at_most_two_judged_at_once()
    {
        var projects = Enumerable.Range(1, 6).Select(Project).ToList();
        var stage = new RecordingStage(TimeSpan.FromMilliseconds(50));

        using (var ahead = new DeadCodeAhead(stage, Work(projects), CancellationToken.None))
        {
            foreach (var project in projects)
                Assert.That(
                    ahead.Take(project)!.Findings.Single().FilePath,
                    Is.EqualTo(project.FullPath)
                );
        }

        Assert.That(stage.Judged, Is.EquivalentTo(projects.Select(p => p.FullPath)));
        Assert.That(stage.MostAtOnce, Is.EqualTo(2));
    }

    [Test]
    public void A_judgment_that_failed_fails_for_its_project_only()
    {
        var projects = Enumerable.Range(1, 3).Select(Project).ToList();
        var stage = new RecordingStage(TimeSpan.Zero, failOn: projects[1].FullPath);

        using var ahead = new DeadCodeAhead(stage, Work(projects), CancellationToken.None);

        Assert.That(ahead.Take(projects[0]), Is.Not.Null);
        var failure = Assert.Throws<InvalidOperationException>(() => ahead.Take(projects[1]));
        Assert.That(failure!.Message, Does.Contain(projects[1].FullPath));
        Assert.That(ahead.Take(projects[2]), Is.Not.Null);
        Assert.That(ahead.Take(Project(9)), Is.Null, "a project that was not judged ahead");
    }

    [Test]
    public void A_cancelled_run_ends_every_judgment_not_yet_started()
    {
        var projects = Enumerable.Range(1, 5).Select(Project).ToList();
        using var cancellation = new CancellationTokenSource();
        var stage = new RecordingStage(TimeSpan.FromMilliseconds(100));

        using var ahead = new DeadCodeAhead(stage, Work(projects), cancellation.Token);
        cancellation.Cancel();

        Assert.That(
            () => ahead.Take(projects[^1]),
            Throws.InstanceOf<OperationCanceledException>(),
            "the last project waits for no judgment that will never come"
        );
        Assert.That(stage.Judged.Count, Is.LessThan(projects.Count));
    }

    private static LoadedProject Project(int number) =>
        new($"/src/P{number}/P{number}.csproj", ["net10.0"], new Dictionary<string, string>(), []);

    private static List<(LoadedProject, StageRequest)> Work(IEnumerable<LoadedProject> projects) =>
        [
            .. projects.Select(p =>
                (p, new StageRequest(p, [], StageMode.Check, FindingSeverity.Error, false))
            ),
        ];

    /// <summary>A stage that takes a while on each project and records what it judged, and how many at once.</summary>
    private sealed class RecordingStage(TimeSpan time, string? failOn = null) : IStage
    {
        private int _running;

        public List<string> Judged { get; } = [];
        public int MostAtOnce { get; private set; }

        public StageInfo Info => StageCatalogue.DeadCode;

        public StageReport Run(StageRequest request, CancellationToken cancellationToken)
        {
            var running = Interlocked.Increment(ref _running);
            lock (Judged)
            {
                Judged.Add(request.Project.FullPath);
                MostAtOnce = Math.Max(MostAtOnce, running);
            }
            try
            {
                Task.Delay(time, cancellationToken).GetAwaiter().GetResult();
                if (request.Project.FullPath == failOn)
                    throw new InvalidOperationException($"failed on {failOn}");
                return new StageReport(
                    Info.Name,
                    0,
                    [],
                    [
                        new Finding(
                            "GW3001",
                            FindingSeverity.Error,
                            request.Project.FullPath,
                            1,
                            1,
                            "x"
                        ),
                    ]
                );
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }
}
