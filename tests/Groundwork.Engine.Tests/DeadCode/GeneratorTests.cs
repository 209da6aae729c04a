using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.DeadCode;

/// <summary>Source generators run in the analysis: their output counts as a user of the project's usings.</summary>
public class GeneratorTests
{
    internal static string EmitGenerator(TestProject project, string name, string body)
    {
        var source = $$"""
            using Microsoft.CodeAnalysis;

            [Generator]
            public sealed class {{name}} : IIncrementalGenerator
            {
                public void Initialize(IncrementalGeneratorInitializationContext context) =>
                    context.RegisterPostInitializationOutput(output => { {{body}} });
            }
            """;
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            [
                .. ReferenceAssemblies.Paths.Select(p => MetadataReference.CreateFromFile(p)),
                MetadataReference.CreateFromFile(typeof(IIncrementalGenerator).Assembly.Location),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        var path = project.PathOf($"analyzers/{name}.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = compilation.Emit(path);
        Assert.That(result.Success, Is.True, string.Join("\n", result.Diagnostics));
        return path;
    }

    [Test]
    public void A_global_using_that_only_generated_code_needs_stays()
    {
        using var project = new TestProject();
        project.Write("Globals.cs", "global using System.Text;\nglobal using System.Net;\n");
        var generator = EmitGenerator(
            project,
            "BuilderGenerator",
            "output.AddSource(\"Gen.g.cs\", \"public static class Gen { public static object Make() => new StringBuilder(); }\");"
        );

        var report = project.Fix(project.Build() with { Analyzers = [generator] });

        Assert.That(report.Findings, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(project.Read("Globals.cs"), Is.EqualTo("global using System.Text;\n"));
    }

    [Test]
    public void A_generator_that_throws_makes_the_stage_remove_nothing()
    {
        using var project = new TestProject();
        project.Write("Unused.cs", "using System.Net;\n\npublic static class Unused { }\n");
        var generator = EmitGenerator(
            project,
            "ThrowingGenerator",
            "throw new System.InvalidOperationException(\"boom\");"
        );

        var report = project.Fix(project.Build() with { Analyzers = [generator] });

        Assert.That(report.Findings.Select(f => f.Code), Is.EqualTo(new[] { "GW3901" }));
        Assert.That(
            report.Findings[0].Message,
            Does.Contain("ThrowingGenerator").And.Contain("boom")
        );
        Assert.That(project.Read("Unused.cs"), Does.StartWith("using System.Net;"));
    }

    [Test]
    public void An_analyzer_assembly_that_cannot_load_makes_the_stage_remove_nothing()
    {
        using var project = new TestProject();
        project.Write("Unused.cs", "using System.Net;\n\npublic static class Unused { }\n");
        var broken = project.Write("analyzers/Broken.dll", "not an assembly");

        var report = project.Fix(project.Build() with { Analyzers = [broken] });

        Assert.That(report.Findings.Select(f => f.Code), Is.EqualTo(new[] { "GW3901" }));
        Assert.That(project.Read("Unused.cs"), Does.StartWith("using System.Net;"));
    }
}
