using Groundwork.Engine.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.DeadCode;

/// <summary>
/// A source file changes on disk while the DeadCode stage analyses the project (the other project of a parallel
/// build that links the file fixes it). The change is made from inside the analysis by a source generator,
/// which runs exactly there. The stage must not report GW0003: it accepts a file that already holds its own
/// result, analyses again a file that changed otherwise, and leaves a file that never stops changing with GW0007.
/// </summary>
public class ConcurrentChangeTests
{
    /// <summary>A generator that runs <paramref name="body"/> (C# statements) each time the analysis runs it.</summary>
    private static string EmitGenerator(TestProject project, string name, string body)
    {
        var source = $$"""
            using System.IO;
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

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    [Test]
    public void A_file_that_already_holds_the_same_removal_is_not_an_error()
    {
        using var project = new TestProject();
        var shared = project.Write("Shared.cs", "using System.Net;\n\npublic static class S { }\n");
        project.Write("Own.cs", "using System.Text;\n\npublic static class O { }\n");
        var generator = EmitGenerator(
            project,
            "SameRemoval",
            $"File.WriteAllText({Literal(shared)}, {Literal("public static class S { }\n")});"
        );

        var report = project.Fix(project.Build() with { Analyzers = [generator] });

        Assert.That(report.Findings, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(project.Read("Shared.cs"), Is.EqualTo("public static class S { }\n"));
        Assert.That(project.Read("Own.cs"), Is.EqualTo("public static class O { }\n"));
    }

    [Test]
    public void A_file_changed_once_during_the_analysis_is_analysed_again_and_fixed()
    {
        using var project = new TestProject();
        var shared = project.Write("Shared.cs", "using System.Net;\n\npublic static class S { }\n");
        var marker = project.PathOf("changed-once");
        // The other process adds a using of its own, once: the second analysis sees it and removes both.
        var generator = EmitGenerator(
            project,
            "ChangeOnce",
            $$"""
            if (!File.Exists({{Literal(marker)}}))
            {
                File.WriteAllText({{Literal(marker)}}, "");
                File.WriteAllText({{Literal(shared)}}, {{Literal(
                "using System.IO;\nusing System.Net;\n\npublic static class S { }\n"
            )}});
            }
            """
        );

        var report = project.Fix(project.Build() with { Analyzers = [generator] });

        Assert.That(report.Findings, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(project.Read("Shared.cs"), Is.EqualTo("public static class S { }\n"));
    }

    [Test]
    public void A_file_that_changes_during_every_analysis_is_left_with_GW0007()
    {
        using var project = new TestProject();
        var shared = project.Write("Shared.cs", "using System.Net;\n\npublic static class S { }\n");
        var generator = EmitGenerator(
            project,
            "AlwaysChanging",
            $$"""
            File.WriteAllText({{Literal(
                shared
            )}}, "using System.Net;\n\npublic static class S { }\n// " + System.Guid.NewGuid() + "\n");
            """
        );

        var report = project.Fix(project.Build() with { Analyzers = [generator] });

        var finding = report.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.FileChangedCode), finding.ToString());
        Assert.That(finding.FilePath, Is.EqualTo(shared));
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(finding.Message, Does.Contain("DeadCode stage"));
        Assert.That(project.Read("Shared.cs"), Does.StartWith("using System.Net;\n"));
        Assert.That(report.FilesChanged, Is.Empty);
    }
}
