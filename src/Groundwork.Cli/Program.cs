using Groundwork.Cli.Commands;
using Groundwork.Cli.Projects;

namespace Groundwork.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        CompilerAssemblies.Register();
        return GroundworkCommand.Invoke(args);
    }
}
