using System.IO.Compression;

namespace Groundwork.IntegrationTests;

public class PackageLayoutTests
{
    [Test]
    public void The_package_carries_the_build_files_and_two_copies_of_the_tasks_closure_one_without_the_compiler_but_not_MSBuild()
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
                    "tasks/net10.0/YamlDotNet.dll",
                    "tasks/net10.0/compiler-included/Microsoft.CodeAnalysis.dll",
                    "tasks/net10.0/compiler-included/Microsoft.CodeAnalysis.CSharp.dll",
                }
            )
        );
        // Two copies of the tasks: one that loads the SDK's compiler (so carries none), one with its own.
        var shared = entries
            .Where(e =>
                e.StartsWith("tasks/net10.0/", StringComparison.Ordinal)
                && e.Count(c => c == '/') == 2
            )
            .Select(Path.GetFileName)
            .ToList();
        var own = entries
            .Where(e => e.StartsWith("tasks/net10.0/compiler-included/", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        Assert.That(
            shared.Where(f => f!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)),
            Is.Empty
        );
        Assert.That(
            own.Order(),
            Is.EqualTo(
                shared
                    .Append("Microsoft.CodeAnalysis.dll")
                    .Append("Microsoft.CodeAnalysis.CSharp.dll")
                    .Order()
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
