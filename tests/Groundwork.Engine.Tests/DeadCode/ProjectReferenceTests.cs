using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.DeadCode;

/// <summary>
/// Project references compiled in memory (<see cref="ProjectCompilations"/>): the referencing project is judged
/// against the referenced project's sources, whose assembly was never built, and its stamp follows them.
/// </summary>
public class ProjectReferenceTests
{
    private const string Extensions =
        "namespace LibNs;\n\npublic static class Twice\n{\n    public static int Doubled(this int value) => value * 2;\n}\n";

    private const string Use =
        "using LibNs;\nusing System.Net;\n\nnamespace AppNs;\n\npublic static class Use\n{\n    public static int Four() => 2.Doubled();\n}\n";

    /// <summary>A library project and an application that references it; the library's assembly does not exist.</summary>
    private sealed class TwoProjects : IDisposable
    {
        public TestProject Lib { get; } = new();
        public TestProject App { get; } = new();

        public string ReferencePath => Lib.PathOf("obj/ref/Sample.dll");
        public string OutputAssembly => Lib.PathOf("bin/Sample.dll");

        public BuildInputs LibBuild => Lib.Build() with { OutputAssembly = OutputAssembly };

        public BuildInputs AppBuild =>
            App.Build() with
            {
                AssemblyName = "App",
                References = [.. ReferenceAssemblies.Paths, ReferencePath],
                ProjectReferences = new Dictionary<string, ReferencedBuild>
                {
                    [ReferencePath] = new(Lib.ProjectPath, OutputAssembly),
                },
            };

        public ProjectCompilations InMemory(bool libReadable = true) =>
            new(path => libReadable && path == Lib.ProjectPath ? [LibBuild] : null);

        public void Dispose()
        {
            Lib.Dispose();
            App.Dispose();
        }
    }

    [Test]
    public void A_referenced_project_is_compiled_from_its_sources_when_its_assembly_was_never_built()
    {
        using var projects = new TwoProjects();
        projects.Lib.Write("Twice.cs", Extensions);
        projects.App.Write("Use.cs", Use);
        using var inMemory = projects.InMemory();

        var fromFile = projects.App.Check(projects.AppBuild);
        projects.App.ProjectCompilations = inMemory;
        var fromSources = projects.App.Check(projects.AppBuild);

        Assert.That(fromFile.Findings.Select(f => f.Code), Is.EqualTo(new[] { "GW3901" }));
        Assert.That(
            fromSources.Findings.Select(f => (f.Code, f.Line)),
            Is.EqualTo(new[] { ("GW3001", 2) }),
            string.Join("\n", fromSources.Findings)
        );
        Assert.That(File.Exists(projects.OutputAssembly), Is.False);
    }

    [Test]
    public void A_project_judged_and_referenced_in_one_run_is_compiled_once()
    {
        using var projects = new TwoProjects();
        projects.Lib.Write("Twice.cs", Extensions);
        var reads = 0;
        using var inMemory = new ProjectCompilations(path =>
        {
            Interlocked.Increment(ref reads);
            return path == projects.Lib.ProjectPath ? [projects.LibBuild] : null;
        });
        var factory = new CompilationFactory(
            new SourceFiles(),
            new GeneratorCatalog(new AnalyzerAssemblyLoader()),
            inMemory
        );
        var reference = new ReferencedBuild(projects.Lib.ProjectPath, projects.OutputAssembly);

        var judged = factory.Create(projects.LibBuild, CancellationToken.None);
        var referenced = inMemory.CompilationOf(reference, CancellationToken.None);

        Assert.That(referenced.Compilation, Is.SameAs(judged.Compilation));
        Assert.That(reads, Is.Zero, "the referenced build was compiled again from its inputs");
        // Asked for first as a reference, the build is not offered again: the judged build makes its own.
        Assert.That(inMemory.Share(reference, () => new(null, "compiled twice")), Is.False);
    }

    [Test]
    public void A_build_judged_with_texts_not_on_disk_is_not_offered_as_a_reference()
    {
        using var projects = new TwoProjects();
        var twice = projects.Lib.Write("Twice.cs", Extensions);
        using var inMemory = projects.InMemory();
        var factory = new CompilationFactory(
            new SourceFiles(
                new Dictionary<string, string> { [twice] = "public class Pending { }\n" }
            ),
            new GeneratorCatalog(new AnalyzerAssemblyLoader()),
            inMemory
        );

        var judged = factory.Create(projects.LibBuild, CancellationToken.None);
        var referenced = inMemory.CompilationOf(
            new ReferencedBuild(projects.Lib.ProjectPath, projects.OutputAssembly),
            CancellationToken.None
        );

        Assert.That(referenced.Compilation, Is.Not.SameAs(judged.Compilation));
        Assert.That(referenced.Compilation!.GetTypeByMetadataName("LibNs.Twice"), Is.Not.Null);
        Assert.That(referenced.Compilation.GetTypeByMetadataName("Pending"), Is.Null);
    }

    [Test]
    public void A_referenced_project_that_cannot_be_read_leaves_the_project_unjudged_and_says_which()
    {
        using var projects = new TwoProjects();
        projects.Lib.Write("Twice.cs", Extensions);
        projects.App.Write("Use.cs", Use);
        using var inMemory = projects.InMemory(libReadable: false);
        projects.App.ProjectCompilations = inMemory;

        var report = projects.App.Check(projects.AppBuild);

        Assert.That(report.Findings.Select(f => f.Code), Is.EqualTo(new[] { "GW3901" }));
        Assert.That(
            report.Findings[0].Message,
            Does.Contain("the referenced project Sample could not be read"),
            report.Findings[0].Message
        );
    }

    [Test]
    public void The_stamp_follows_the_sources_of_a_referenced_project_compiled_in_memory()
    {
        using var projects = new TwoProjects();
        var twice = projects.Lib.Write("Twice.cs", Extensions);
        projects.App.Write("Use.cs", Use);
        using var inMemory = projects.InMemory();
        DeadCodeRequest Request(ProjectCompilations? compilations) =>
            new(
                [projects.AppBuild],
                projects.AppBuild.SourceFiles,
                StageMode.Check,
                FindingSeverity.Error,
                projects.App.Directory
            )
            {
                ProjectCompilations = compilations,
            };
        var before = DeadCodeStamp.Compute(Request(inMemory));
        var fileBefore = DeadCodeStamp.Compute(Request(null));

        // The extension moves into the application's namespace: its using directive is no longer needed,
        // though the library's (missing) assembly did not change.
        File.WriteAllText(twice, Extensions.Replace("namespace LibNs;", "namespace AppNs;"));

        Assert.That(DeadCodeStamp.Compute(Request(inMemory)), Is.Not.EqualTo(before));
        Assert.That(DeadCodeStamp.Compute(Request(null)), Is.EqualTo(fileBefore));
    }
}
