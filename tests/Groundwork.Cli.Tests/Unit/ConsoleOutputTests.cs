using Groundwork.Cli.Terminal;
using Groundwork.Engine.Diagnostics;

namespace Groundwork.Cli.Tests.Unit;

public class ConsoleOutputTests
{
    private static readonly Finding Sample = new(
        "GW1001",
        FindingSeverity.Error,
        "/src/A.cs",
        3,
        1,
        "The file is not formatted."
    );

    [Test]
    public void On_a_terminal_progress_is_one_line_rewritten_in_place_and_cleared_before_output()
    {
        var output = new StringWriter();
        var console = new ConsoleOutput(Verbosity.Normal, output, new StringWriter(), live: true);

        console.Progress("Loading App");
        console.Progress("Format");
        console.Finding(Sample);

        Assert.That(
            output.ToString(),
            Is.EqualTo(
                "\rLoading App"
                    + "\rFormat     "
                    + "\r      \r"
                    + "/src/A.cs(3,1): error GW1001: The file is not formatted."
                    + Environment.NewLine
            )
        );
    }

    [Test]
    public void Redirected_progress_is_plain_lines_and_quiet_drops_it()
    {
        var plain = new StringWriter();
        var quiet = new StringWriter();

        new ConsoleOutput(Verbosity.Normal, plain, new StringWriter(), live: false).Progress(
            "Format"
        );
        var quietConsole = new ConsoleOutput(
            Verbosity.Quiet,
            quiet,
            new StringWriter(),
            live: false
        );
        quietConsole.Progress("Format");
        quietConsole.Finding(Sample);

        Assert.That(plain.ToString(), Is.EqualTo("Format" + Environment.NewLine));
        Assert.That(quiet.ToString(), Does.StartWith("/src/A.cs(3,1)"));
    }
}
