using System.IO.Compression;

namespace Groundwork.IntegrationTests;

public class PackageLayoutTests
{
    [Test]
    public void The_package_carries_the_build_files_and_the_tasks_whole_dependency_closure_but_not_MSBuild()
    {
        using var package = ZipFile.OpenRead(GroundworkPackage.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.That(
            entries,
            Is.SupersetOf(
                new[]
                {
                    "build/Groundwork.props",
                    "build/Groundwork.targets",
                    "buildMultitargeting/Groundwork.props",
                    "buildMultitargeting/Groundwork.targets",
                    "tasks/net10.0/Groundwork.Tasks.dll",
                    "tasks/net10.0/Groundwork.Engine.dll",
                    "tasks/net10.0/CSharpier.Core.dll",
                    "tasks/net10.0/Microsoft.CodeAnalysis.dll",
                    "tasks/net10.0/Microsoft.CodeAnalysis.CSharp.dll",
                    "tasks/net10.0/YamlDotNet.dll",
                }
            )
        );
        Assert.That(
            entries.Where(e => e.Contains("Microsoft.Build", StringComparison.OrdinalIgnoreCase)),
            Is.Empty
        );
        Assert.That(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)), Is.Empty);

        var nuspec = package.Entries.Single(e =>
            e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)
        );
        using var reader = new StreamReader(nuspec.Open());
        var text = reader.ReadToEnd();
        Assert.That(text, Does.Contain("<developmentDependency>true</developmentDependency>"));
        Assert.That(text, Does.Not.Contain("<dependency "));
    }
}
