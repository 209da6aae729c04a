using Groundwork.Cli.Commands;
using Microsoft.Build.Locator;

namespace Groundwork.Cli.Projects;

/// <summary>
/// Finds the SDK that <c>dotnet build</c> would use in a folder (global.json included) and makes the process
/// load that SDK's MSBuild. It must run before any Microsoft.Build type is loaded, which is why the code that
/// uses them lives in other classes, reached only after this.
/// </summary>
public static class MsBuildRegistration
{
    public static void EnsureRegistered(string workingDirectory)
    {
        if (MSBuildLocator.IsRegistered)
            return;
        var instance =
            MSBuildLocator
                .QueryVisualStudioInstances(
                    new VisualStudioInstanceQueryOptions
                    {
                        DiscoveryTypes = DiscoveryType.DotNetSdk,
                        WorkingDirectory = workingDirectory,
                    }
                )
                .FirstOrDefault()
            ?? throw new UsageException(
                $"No .NET SDK was found for '{workingDirectory}'. Install the .NET SDK (10 or later), or fix global.json."
            );
        CompilerAssemblies.OfferSdk(instance.MSBuildPath);
        MSBuildLocator.RegisterInstance(instance);
    }
}
