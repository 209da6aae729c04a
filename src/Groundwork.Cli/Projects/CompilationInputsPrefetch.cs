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
/// <remarks>
/// The run's projects are also compiled in memory when another project references them
/// (<see cref="Compilations"/>): a referenced project of the run is then neither built nor read from its
/// assembly, which on a fresh clone does not exist yet.
/// </remarks>
public sealed class CompilationInputsPrefetch : IDisposable
{
    private readonly object _oneBuildAtATime = new();
    private readonly Dictionary<LoadedProject, Lazy<IReadOnlyList<BuildInputs>>> _reads;
    private readonly Dictionary<string, LoadedProject> _runProjects;
    private readonly HashSet<string> _inMemory;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _ahead;

    /// <param name="projects">The projects to read ahead, in the order the run judges them.</param>
    /// <param name="runProjects">Every project the run loaded: those a reference may compile in memory.</param>
    public CompilationInputsPrefetch(
        IReadOnlyList<LoadedProject> projects,
        IReadOnlyList<LoadedProject> runProjects
    )
    {
        _runProjects = runProjects
            .GroupBy(p => p.FullPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _inMemory = [.. _runProjects.Keys];
        Compilations = new ProjectCompilations(InputsOfRunProject);
        _reads = new(ReferenceEqualityComparer.Instance);
        foreach (var project in projects.Concat(_runProjects.Values))
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

    /// <summary>The run's projects in memory, for the project references of the projects judged.</summary>
    public ProjectCompilations Compilations { get; }

    /// <summary>A project's inputs: read ahead, waited for, or read now if it was not on the list.</summary>
    public IReadOnlyList<BuildInputs> Read(LoadedProject project) =>
        _reads.TryGetValue(project, out var read) ? read.Value : ReadNow(project);

    private IReadOnlyList<BuildInputs> ReadNow(LoadedProject project)
    {
        lock (_oneBuildAtATime)
            return CompilationInputsReader.Read(project, _inMemory);
    }

    /// <summary>A project of the run's inputs, or null when it is not one or they cannot be read.</summary>
    private IReadOnlyList<BuildInputs>? InputsOfRunProject(string projectPath)
    {
        if (!_runProjects.TryGetValue(projectPath, out var project))
            return null;
        try
        {
            return Read(project);
        }
        catch (CompilerInputsUnavailableException)
        {
            return null;
        }
    }

    /// <summary>Stops reading ahead, and waits for the read under way: no MSBuild build outlives the run.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _ahead.Wait();
        _stop.Dispose();
        Compilations.Dispose();
    }
}
