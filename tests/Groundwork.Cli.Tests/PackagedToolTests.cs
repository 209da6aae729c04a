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
        // Packed by the README's own command (LocalFeed); the NuGet folder is this test's alone.
        var feed = LocalFeed.Folder;
        var version = LocalFeed.Version;
        var environment = LocalFeed.IsolatedEnvironment(work);
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
        // The compiler ships only in compiler/, for an SDK whose own is older (Projects/CompilerAssemblies.cs).
        using (
            var package = ZipFile.OpenRead(Path.Combine(feed, $"dotnet-groundwork.{version}.nupkg"))
        )
        {
            var entries = package.Entries.Select(e => e.FullName).ToList();
            Assert.That(entries.Select(Path.GetFileName), Does.Contain("YamlDotNet.dll"));
            Assert.That(
                entries.Where(e => e.EndsWith("/Microsoft.CodeAnalysis.CSharp.dll")),
                Is.EqualTo(new[] { "tools/net10.0/any/compiler/Microsoft.CodeAnalysis.CSharp.dll" })
            );
        }
        // This SDK's compiler is the tool's version: the tool runs on it, and DeadCode works.
        var deadCode = Tool.Process(
            sample.Directory,
            environment,
            "dotnet",
            "groundwork",
            "verify",
            "--stage",
            "deadcode",
            "--verbosity",
            "detailed"
        );
        Assert.That(deadCode.ExitCode, Is.EqualTo(0).Or.EqualTo(1), deadCode.ToString());
        var compilerLine = (deadCode.Output + "\n" + deadCode.Error)
            .Split('\n')
            .Single(l => l.StartsWith("C# compiler from ", StringComparison.Ordinal));
        var compilerFolder = compilerLine["C# compiler from ".Length..].Trim();
        Assert.That(File.Exists(Path.Combine(compilerFolder, "MSBuild.dll")), compilerLine);
        Assert.That(deadCode.Output, Does.Contain("DeadCode: "), deadCode.ToString());
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
