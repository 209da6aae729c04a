namespace Groundwork.Cli.Commands;

public enum CommandKind
{
    /// <summary>Run the stages in check mode: report, write nothing.</summary>
    Verify,

    /// <summary>Run the stages in fix mode.</summary>
    Fix,
}
