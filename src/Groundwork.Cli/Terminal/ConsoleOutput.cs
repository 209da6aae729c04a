using Groundwork.Engine.Diagnostics;

namespace Groundwork.Cli.Terminal;

/// <summary>
/// Everything the tool prints. Findings go to standard output at every verbosity, errors to standard
/// error. With <c>--diff</c> the diffs alone go to standard output (so it can be saved as a patch) and
/// everything else to standard error. Progress is one live status line on a terminal, and plain lines when
/// the output is redirected (CI logs), where a rewritten line would only be noise.
/// </summary>
public sealed class ConsoleOutput(
    Verbosity verbosity,
    TextWriter output,
    TextWriter error,
    bool live,
    TextWriter? diffs = null
)
{
    private int _statusLength;

    public Verbosity Verbosity => verbosity;

    public static ConsoleOutput ForConsole(Verbosity verbosity, bool diff)
    {
        var live =
            !(diff ? Console.IsErrorRedirected : Console.IsOutputRedirected)
            && !string.Equals(
                Environment.GetEnvironmentVariable("TERM"),
                "dumb",
                StringComparison.Ordinal
            );
        return diff
            ? new ConsoleOutput(verbosity, Console.Error, Console.Error, live, Console.Out)
            : new ConsoleOutput(verbosity, Console.Out, Console.Error, live);
    }

    public void Error(string message)
    {
        ClearStatus();
        error.WriteLine($"error: {message}");
    }

    public void Finding(Finding finding)
    {
        ClearStatus();
        output.WriteLine(finding.ToString());
    }

    /// <summary>Unified diffs: the point of <c>--diff</c>, printed whatever the verbosity.</summary>
    public void Diff(string diff)
    {
        ClearStatus();
        (diffs ?? output).Write(diff);
    }

    /// <summary>A step done: a live status on a terminal, a line in a log.</summary>
    public void Progress(string message)
    {
        if (verbosity == Verbosity.Quiet)
            return;
        if (!live)
        {
            output.WriteLine(message);
            return;
        }
        var line = message.Length > 119 ? message[..119] : message;
        output.Write("\r" + line.PadRight(_statusLength));
        _statusLength = line.Length;
        output.Flush();
    }

    public void Normal(string message)
    {
        if (verbosity == Verbosity.Quiet)
            return;
        ClearStatus();
        output.WriteLine(message);
    }

    public void Detailed(string message)
    {
        if (verbosity != Verbosity.Detailed)
            return;
        ClearStatus();
        output.WriteLine(message);
    }

    public void ClearStatus()
    {
        if (_statusLength == 0)
            return;
        output.Write("\r" + new string(' ', _statusLength) + "\r");
        _statusLength = 0;
    }
}
