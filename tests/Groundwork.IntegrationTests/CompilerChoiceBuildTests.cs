using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Groundwork.IntegrationTests;

/// <summary>
/// The tasks load the C# compiler of the SDK that runs the build when it is at least the version the package
/// carries (build/Groundwork.props), else the package's own copy: this SDK's is, and both copies judge alike.
/// </summary>
public class CompilerChoiceBuildTests
{
    private static readonly Regex CompilerLine = new(
        @"Groundwork DeadCode: C# compiler (?<version>[\d.]+) from (?<path>\S+)"
    );

    private static string OwnTasks =>
        Path.Combine(
            GroundworkPackage.PackagesFolder,
            "groundwork",
            GroundworkPackage.Version.ToLowerInvariant(),
            "tasks",
            "net10.0",
            "compiler-included"
        );

    [Test]
    public void The_tasks_run_on_this_SDKs_compiler_and_the_packages_own_copy_reports_the_same_findings()
    {
        var sample = SampleProject.Copy("DeadCode");
        string[] check =
        [
            "Traps/Traps.csproj",
            "-p:GroundworkDeadCode=check",
            "-p:GroundworkCheckSeverity=warning",
            "-v:d",
        ];

        var shared = sample.Build(check);
        var own = sample.Build([
            .. check,
            $"-p:GroundworkTasksAssembly={Path.Combine(OwnTasks, "Groundwork.Tasks.dll")}",
        ]);

        Assert.That(shared.ExitCode, Is.Zero, shared.ToString());
        Assert.That(own.ExitCode, Is.Zero, own.ToString());
        var sharedCompiler = CompilerLine.Match(shared.Output);
        var ownCompiler = CompilerLine.Match(own.Output);
        Assert.That(sharedCompiler.Success && ownCompiler.Success, shared.Output);
        Assert.That(
            File.Exists(
                Path.Combine(
                    Path.GetDirectoryName(sharedCompiler.Groups["path"].Value)!,
                    "MSBuild.dll"
                )
            ),
            "the default tasks load the compiler from the SDK's folder: " + sharedCompiler.Value
        );
        Assert.That(
            Path.GetDirectoryName(ownCompiler.Groups["path"].Value),
            Is.EqualTo(OwnTasks),
            ownCompiler.Value
        );
        Assert.That(Findings(shared), Is.Not.Empty);
        Assert.That(Findings(own), Is.EqualTo(Findings(shared)));
    }

    [Test]
    public void The_compiler_version_the_props_compare_with_is_the_version_of_the_packages_own_copy()
    {
        var props = File.ReadAllText(Path.Combine(Repository.Root, "build", "Groundwork.props"));
        var minimum = Regex
            .Match(
                props,
                @"VersionGreaterThanOrEquals\('\$\(_GroundworkSdkCompilerVersion\)', '([\d.]+)'\)"
            )
            .Groups[1]
            .Value;
        var copy = Path.Combine(
            GroundworkPackage.WorkDirectory,
            $"compiler-{Guid.NewGuid():N}.dll"
        );
        using (var package = ZipFile.OpenRead(GroundworkPackage.PackagePath))
            package
                .GetEntry("tasks/net10.0/compiler-included/Microsoft.CodeAnalysis.dll")!
                .ExtractToFile(copy);
        var own = AssemblyName.GetAssemblyName(copy).Version!;

        Assert.That(minimum, Is.EqualTo($"{own.Major}.{own.Minor}"));
    }

    private static string[] Findings(ProcessResult result) =>
        [
            .. Regex
                .Matches(
                    result.Output,
                    // Detailed verbosity puts the project's node before each line ("1>", "1:7>"); it depends on
                    // what else the build did (a restore), not on the findings.
                    @"^\s*(?:\d+(?::\d+)?>)?(\S+\.cs\(\d+,\d+\): warning GW3\d+: .*?)( \[.*\])?$",
                    RegexOptions.Multiline
                )
                .Select(m => m.Groups[1].Value)
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
}
