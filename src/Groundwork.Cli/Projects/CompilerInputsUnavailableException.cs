namespace Groundwork.Cli.Projects;

/// <summary>
/// A project's compiler inputs cannot be read: it cannot be restored, or the targets that prepare its
/// compilation fail. The DeadCode stage then cannot judge the project; the other projects and stages go on.
/// </summary>
/// <param name="Build">The build that failed, as users name it: <c>Lib</c>, or <c>Lib (net8.0)</c>.</param>
/// <param name="Reason">What failed, with MSBuild's first errors.</param>
public sealed class CompilerInputsUnavailableException(string build, string reason)
    : Exception($"{build}: {reason}")
{
    public string Build { get; } = build;

    public string Reason { get; } = reason;
}
