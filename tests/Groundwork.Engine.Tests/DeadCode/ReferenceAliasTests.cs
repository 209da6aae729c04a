using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.DeadCode;

public class ReferenceAliasTests
{
    [Test]
    public void A_reference_with_an_alias_compiles_as_the_build_compiles_it()
    {
        using var project = new TestProject();
        var library = project.PathOf("lib/Lib.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(library)!);
        var emitted = CSharpCompilation
            .Create(
                "Lib",
                [CSharpSyntaxTree.ParseText("namespace LibNs { public class Thing { } }")],
                ReferenceAssemblies.Paths.Select(p => MetadataReference.CreateFromFile(p)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            )
            .Emit(library);
        Assert.That(emitted.Success, Is.True);
        project.Write(
            "Use.cs",
            "extern alias Other;\nusing Other::LibNs;\nusing System.Net;\n\npublic static class Use { public static object Make() => new Thing(); }\n"
        );
        var build = project.Build() with { References = [.. project.Build().References, library] };

        var withoutAlias = project.Check(build);
        var withAlias = project.Check(
            build with
            {
                ReferenceAliases = new Dictionary<string, string> { [library] = "global,Other" },
            }
        );

        Assert.That(withoutAlias.Findings.Select(f => f.Code), Is.EqualTo(new[] { "GW3901" }));
        Assert.That(
            withAlias.Findings.Select(f => (f.Code, f.Line)),
            Is.EqualTo(new[] { ("GW3001", 3) }),
            string.Join("\n", withAlias.Findings)
        );
    }
}
