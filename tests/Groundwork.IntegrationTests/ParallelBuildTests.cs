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
    private const int ParallelRuns = 2;

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
        // One copy, restored once; every build starts again from the original sources (the stages' caches and
        // stamps do not know their bytes, so each build does all the work again).
        var sample = Prepare();
        var original = Sources(sample);
        var restore = sample.Build("SharedLinks.sln", "-t:Restore");
        Assert.That(restore.ExitCode, Is.Zero, restore.ToString());

        var serialResult = sample.Build("SharedLinks.sln", "--no-restore", "-m:1");
        Assert.That(serialResult.ExitCode, Is.Zero, serialResult.ToString());
        var expected = Sources(sample);
        // The serial build did the work of every stage, so an equal parallel result is not an equal no-op.
        var part = expected["Shared/Part07.cs".Replace('/', Path.DirectorySeparatorChar)];
        Assert.That(part, Does.Not.Contain("System.Text"));
        Assert.That(
            part,
            Does.StartWith("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n")
        );
        Assert.That(part, Does.Contain("public static class Part7\n{"));

        for (var run = 1; run <= ParallelRuns; run++)
        {
            foreach (var (file, text) in original)
                File.WriteAllText(Path.Combine(sample.Directory, file), text);

            var result = sample.Build("SharedLinks.sln", "--no-restore", "-m:4");

            Assert.That(result.ExitCode, Is.Zero, $"parallel run {run}: {result}");
            Assert.That(result.Output, Does.Not.Contain("GW0003"), $"parallel run {run}");
            Assert.That(result.Output, Does.Not.Contain("GW0007"), $"parallel run {run}");
            Assert.That(Sources(sample), Is.EqualTo(expected), $"parallel run {run}");
            Assert.That(
                Directory.EnumerateFiles(sample.Directory, "*.gwtmp", SearchOption.AllDirectories),
                Is.Empty
            );
        }
    }

    /// <summary>
    /// `dotnet build -m` of a solution whose projects reference multi-targeting projects: a reference starts an
    /// inner build of Core directly, which waits for Core's stages in its outer build, while those stages read
    /// each target framework of Core. When they read it through the inner builds themselves, that is a cycle that
    /// MSBuild fails with MSB4006 whenever the two land on different nodes (found on Fluid: one build in three or
    /// four). The stages read through configurations of their own, which do not reach the referenced projects.
    /// </summary>
    [Test]
    public void A_parallel_build_with_references_to_multi_targeting_projects_is_green_and_builds_each_once()
    {
        var sample = SampleProject.Copy("ReferencedMultiTarget");
        var original = Sources(sample);
        var restore = sample.Build("ReferencedMultiTarget.sln", "-t:Restore");
        Assert.That(restore.ExitCode, Is.Zero, restore.ToString());

        for (var run = 1; run <= 2; run++)
        {
            foreach (var (file, text) in original)
                File.WriteAllText(Path.Combine(sample.Directory, file), text);
            foreach (
                var obj in Directory.EnumerateDirectories(
                    sample.Directory,
                    "obj",
                    SearchOption.AllDirectories
                )
            )
            {
                // Every run builds everything again (restore's files stay).
                if (Directory.Exists(Path.Combine(obj, "Debug")))
                    Directory.Delete(Path.Combine(obj, "Debug"), recursive: true);
            }

            var result = sample.Build("ReferencedMultiTarget.sln", "--no-restore", "-m:4", "-v:n");

            Assert.That(result.ExitCode, Is.Zero, $"parallel run {run}: {result}");
            Assert.That(result.Output, Does.Not.Contain("MSB4006"), $"parallel run {run}");
            // Each target framework of a referenced project is built once: the stages' configurations did not
            // build Lib or Core again (their property does not reach the references).
            foreach (var project in new[] { "Lib", "Core" })
                Assert.That(
                    result
                        .Output.Split('\n')
                        .Count(l =>
                            l.TrimStart().StartsWith(project + " -> ", StringComparison.Ordinal)
                        ),
                    Is.EqualTo(2),
                    $"parallel run {run}: {project} built once per target framework\n{result}"
                );
            var core = File.ReadAllText(sample.PathOf("Core/CorePart.cs"));
            Assert.That(
                core,
                Does.Not.Contain("System.Text"),
                $"parallel run {run}: the stages ran"
            );
            Assert.That(
                core,
                Does.Contain("public static class CorePart\n{"),
                $"parallel run {run}"
            );
        }

        // Where the stages ran in the outer build's own configuration, an inner build that asked it for them
        // while it waited for that inner build failed with MSB4006: 3 of 11 no-op builds of this sample.
        for (var noop = 1; noop <= 6; noop++)
        {
            var result = sample.Build("ReferencedMultiTarget.sln", "--no-restore", "-m:4");
            Assert.That(result.ExitCode, Is.Zero, $"no-op run {noop}: {result}");
            Assert.That(result.Output, Does.Not.Contain("MSB4006"), $"no-op run {noop}");
        }
    }
}
