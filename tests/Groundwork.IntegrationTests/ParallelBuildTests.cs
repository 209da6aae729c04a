namespace Groundwork.IntegrationTests;

/// <summary>
/// `dotnet build -m` of a solution whose four projects compile the same linked files (../Shared/*.cs), every stage
/// on fix: the projects run their stages at the same time in different MSBuild nodes, on the same files. The build
/// must be green and leave the same files as a serial build, every time.
/// </summary>
[NonParallelizable]
[Category("Reliability")]
public class ParallelBuildTests
{
    private const int SharedFiles = 24;
    private const int ParallelRuns = 3;

    /// <summary>
    /// A shared file with work for every stage: unformatted, usings out of order, and one using (System.Text)
    /// that no project needs.
    /// </summary>
    private static string SharedSource(int index) =>
        $$"""
            using System.Text;
            using System.Linq;
            using System.Collections.Generic;
            using System;
            namespace Shared;

            public static class Part{{index}} {
                public static int   Sum( IEnumerable<int> values ) =>   values.Where(v => v > {{index}}).Sum();
                public static string Name => nameof(Part{{index}}) + Math.Abs(-{{index}});
            }

            """;

    private static SampleProject Prepare()
    {
        var sample = SampleProject.Copy("SharedLinks");
        for (var i = 0; i < SharedFiles; i++)
            File.WriteAllText(sample.PathOf($"Shared/Part{i:00}.cs"), SharedSource(i));
        return sample;
    }

    private static SortedDictionary<string, string> Sources(SampleProject sample) =>
        new(
            Directory
                .EnumerateFiles(sample.Directory, "*.cs", SearchOption.AllDirectories)
                .Where(f =>
                    !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                )
                .ToDictionary(f => Path.GetRelativePath(sample.Directory, f), File.ReadAllText),
            StringComparer.Ordinal
        );

    [Test]
    public void A_parallel_build_of_projects_sharing_linked_files_is_green_and_equals_a_serial_one()
    {
        var serial = Prepare();
        var serialResult = serial.Build("SharedLinks.sln", "-m:1");
        Assert.That(serialResult.ExitCode, Is.Zero, serialResult.ToString());
        var expected = Sources(serial);
        // The serial build did the work of every stage, so an equal parallel result is not an equal no-op.
        Assert.That(
            expected["Shared/Part07.cs".Replace('/', Path.DirectorySeparatorChar)],
            Does.Not.Contain("System.Text")
        );
        Assert.That(
            expected["Shared/Part07.cs".Replace('/', Path.DirectorySeparatorChar)],
            Does.StartWith("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n")
        );

        for (var run = 0; run < ParallelRuns; run++)
        {
            var parallel = Prepare();
            var result = parallel.Build("SharedLinks.sln", "-m:4");

            Assert.That(result.ExitCode, Is.Zero, $"parallel run {run + 1}: {result}");
            Assert.That(result.Output, Does.Not.Contain("GW0003"), $"parallel run {run + 1}");
            Assert.That(result.Output, Does.Not.Contain("GW0007"), $"parallel run {run + 1}");
            Assert.That(Sources(parallel), Is.EqualTo(expected), $"parallel run {run + 1}");
            Assert.That(
                Directory.EnumerateFiles(
                    parallel.Directory,
                    "*.gwtmp",
                    SearchOption.AllDirectories
                ),
                Is.Empty
            );
        }
    }
}
