using Groundwork.Engine.DeadCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.DeadCode;

public class CompilationFactoryTests
{
    [Test]
    public void The_targeting_pack_references_are_read_once_for_every_compilation_of_the_process()
    {
        using var first = new TestProject();
        using var second = new TestProject();
        first.Write("A.cs", "public static class A { public static string Name => nameof(A); }\n");
        second.Write("B.cs", "public static class B { public static int Count => 1; }\n");

        var a = Create(first.Build());
        var b = Create(second.Build());

        var systemRuntime = ReferenceAssemblies.Paths.Single(p =>
            Path.GetFileName(p) == "System.Runtime.dll"
        );
        Assert.That(
            ReferenceTo(b, systemRuntime),
            Is.SameAs(ReferenceTo(a, systemRuntime)),
            "the second compilation reuses the first one's reference (and the symbols built from it)"
        );
    }

    [Test]
    public void A_reference_outside_the_targeting_packs_is_read_again_since_a_build_may_rewrite_it()
    {
        using var project = new TestProject();
        var library = project.PathOf("lib/Lib.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(library)!);
        EmitLibrary(library, "namespace LibNs { public class First { } }");
        project.Write(
            "Use.cs",
            "public static class Use { public static object Make() => new LibNs.First(); }\n"
        );
        var build = project.Build() with { References = [.. ReferenceAssemblies.Paths, library] };
        var before = Create(build);
        Assert.That(before.Problem, Is.Null);

        // The referenced project was built again: its type is now called Second.
        EmitLibrary(library, "namespace LibNs { public class Second { } }");
        project.Write(
            "Use.cs",
            "public static class Use { public static object Make() => new LibNs.Second(); }\n"
        );
        var after = Create(build);

        Assert.That(after.Problem, Is.Null, "the new library is the one compiled against");
        Assert.That(ReferenceTo(after, library), Is.Not.SameAs(ReferenceTo(before, library)));
    }

    private static AnalyzedBuild Create(BuildInputs inputs)
    {
        using var loader = new AnalyzerAssemblyLoader();
        return new CompilationFactory(new SourceFiles(), new GeneratorCatalog(loader)).Create(
            inputs,
            CancellationToken.None
        );
    }

    private static MetadataReference ReferenceTo(AnalyzedBuild build, string path) =>
        build
            .Compilation.References.OfType<PortableExecutableReference>()
            .Single(r => r.FilePath == path);

    private static void EmitLibrary(string path, string source)
    {
        var emitted = CSharpCompilation
            .Create(
                "Lib",
                [CSharpSyntaxTree.ParseText(source)],
                ReferenceAssemblies.Paths.Select(p => MetadataReference.CreateFromFile(p)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            )
            .Emit(path);
        Assert.That(emitted.Success, Is.True);
    }
}
