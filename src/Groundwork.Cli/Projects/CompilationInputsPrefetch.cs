using Groundwork.Engine.DeadCode;

namespace Groundwork.Cli.Projects;

/// <summary>
/// The compiler inputs of the projects the DeadCode stage will judge, read ahead, one project after another
/// on a thread of its own, in the order the run judges them. Reading them is MSBuild's work (evaluation,
/// reference resolution, the targets before CoreCompile), which keeps about one core busy; the compiler's
/// binding of the project before keeps the others. MSBuild runs one build at a time in a process, so every
/// read, ahead of time or asked for now, goes through this one reader. A read that failed fails again, with
/// the same exception, for the stage that asks for it.
/// </summary>
public sealed class CompilationInputsPrefetch : IDisposable
{
    private readonly object _oneBuildAtATime = new();
    private readonly Dictionary<LoadedProject, Lazy<IReadOnlyList<BuildInputs>>> _reads;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _ahead;

    public CompilationInputsPrefetch(IReadOnlyList<LoadedProject> projects)
    {
        _reads = new(ReferenceEqualityComparer.Instance);
        foreach (var project in projects)
            _reads.TryAdd(project, new Lazy<IReadOnlyList<BuildInputs>>(() => ReadNow(project)));
        var token = _stop.Token;
        _ahead = Task.Run(() =>
        {
            foreach (var project in projects)
            {
                if (token.IsCancellationRequested)
                    return;
                try
                {
                    _ = _reads[project].Value;
                }
                catch (Exception)
                {
                    // Kept by the Lazy: the stage that asks for this project gets it.
                }
            }
        });
    }

    /// <summary>A project's inputs: read ahead, waited for, or read now if it was not on the list.</summary>
    public IReadOnlyList<BuildInputs> Read(LoadedProject project) =>
        _reads.TryGetValue(project, out var read) ? read.Value : ReadNow(project);

    private IReadOnlyList<BuildInputs> ReadNow(LoadedProject project)
    {
        lock (_oneBuildAtATime)
            return CompilationInputsReader.Read(project);
    }

    /// <summary>Stops reading ahead, and waits for the read under way: no MSBuild build outlives the run.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _ahead.Wait();
        _stop.Dispose();
    }
}
