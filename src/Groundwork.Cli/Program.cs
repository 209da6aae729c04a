using Groundwork.Cli.Commands;

namespace Groundwork.Cli;

public static class Program
{
    public static int Main(string[] args) => GroundworkCommand.Invoke(args);
}
