namespace Groundwork.Cli.Terminal;

public enum Verbosity
{
    /// <summary>Findings and errors only.</summary>
    Quiet,

    /// <summary>Findings, progress and the summary table.</summary>
    Normal,

    /// <summary>Also every project's settings, skipped stages and each changed file.</summary>
    Detailed,
}
