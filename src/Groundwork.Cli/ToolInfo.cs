using System.Reflection;

namespace Groundwork.Cli;

public static class ToolInfo
{
    public const string Name = "dotnet-groundwork";

    public static string Version { get; } =
        typeof(ToolInfo)
            .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
