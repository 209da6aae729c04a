namespace Groundwork.Cli.Commands;

public static class ExitCodes
{
    /// <summary>Every stage that ran found nothing to report.</summary>
    public const int Clean = 0;

    /// <summary>A stage reported findings (in verify: files it would change).</summary>
    public const int Findings = 1;

    /// <summary>The command line is wrong, or the projects cannot be found or loaded.</summary>
    public const int UsageOrLoadError = 2;

    /// <summary>Interrupted by Ctrl+C (SIGINT): 128 + 2, as shells report a process that SIGINT ended.</summary>
    public const int Cancelled = 130;
}
