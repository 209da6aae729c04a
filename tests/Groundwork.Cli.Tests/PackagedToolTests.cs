using System.IO.Compression;

namespace Groundwork.Cli.Tests;

/// <summary>
/// The package as users get it: packed into a local feed, installed into a tool manifest, run as
/// <c>dotnet groundwork</c>.
/// </summary>
[NonParallelizable]
public class PackagedToolTests
{
    [Test]
    public void The_packed_tool_installs_into_a_tool_manifest_and_runs_as_dotnet_groundwork()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var work = Path.GetDirectoryName(sample.Directory)!;
        var feed = Path.Combine(work, "feed");
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(work, "packages"),
        };

        var pack = Tool.Process(
            Repository.Root,
            environment,
            "dotnet",
            "pack",
            "src/Groundwork.Cli/Groundwork.Cli.csproj",
            // The build the other tests run: packing it compiles nothing, so it cannot race the
            // integration tests' own pack of the engine.
            "--no-build",
            "-c",
            Tool.Configuration,
            "-o",
            feed,
            $"-p:Version={version}",
            "-p:GroundworkSkip=true",
            "-nodeReuse:false"
        );
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
        File.WriteAllText(
            Path.Combine(work, "nuget.config"),
            $"""
            <configuration>
              <packageSources>
                <add key="groundwork-test-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """
        );
        var manifest = Tool.Process(work, environment, "dotnet", "new", "tool-manifest");
        var install = Tool.Process(
            work,
            environment,
            "dotnet",
            "tool",
            "install",
            "dotnet-groundwork",
            "--version",
            version
        );
        var verify = Tool.Process(sample.Directory, environment, "dotnet", "groundwork", "verify");

        Assert.That(manifest.ExitCode, Is.Zero, manifest.ToString());
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.ToString());
        Assert.That(
            verify.Output,
            Does.Contain("Groundwork verify: 6 findings in 5 files (3 projects).")
        );

        // The YAML reader (YamlDotNet) ships with the tool and loads: a broken YAML config is GW0006 at its place.
        using (
            var package = ZipFile.OpenRead(Path.Combine(feed, $"dotnet-groundwork.{version}.nupkg"))
        )
            Assert.That(
                package.Entries.Select(e => Path.GetFileName(e.FullName)),
                Does.Contain("YamlDotNet.dll")
            );
        var config = Path.Combine(sample.Directory, ".csharpierrc.yaml");
        File.WriteAllText(config, "printWidth: 90\nuseTabs: maybe\n");
        var broken = Tool.Process(sample.Directory, environment, "dotnet", "groundwork", "verify");
        Assert.That(broken.ExitCode, Is.EqualTo(1), broken.ToString());
        Assert.That(
            broken.Output + broken.Error,
            Does.Contain(
                "(2,10): error GW0006: The formatting configuration cannot be read: Invalid YAML:"
            )
        );
    }
}
