using Groundwork.Engine.DeadCode;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Tests.DeadCode;

public class SafetyNetTests
{
    private static UsingRemoval RemovalOf(AnalyzedBuild build, string path, string directiveText)
    {
        var directive = build
            .TreesByPath[path]
            .GetRoot()
            .DescendantNodes()
            .OfType<UsingDirectiveSyntax>()
            .Single(d => d.ToString() == directiveText);
        return new UsingRemoval(
            path,
            directive.Span,
            directive.GlobalKeyword != default,
            directiveText,
            1,
            1
        );
    }

    [Test]
    public void A_removal_that_breaks_the_build_is_reverted_with_GW3900_and_the_others_are_kept()
    {
        using var project = new TestProject();
        var used = project.Write(
            "Used.cs",
            "using System.Text;\n\npublic static class Used { public static object Make() => new StringBuilder(); }\n"
        );
        var unused = project.Write(
            "Unused.cs",
            "using System.Net;\n\npublic static class Unused { }\n"
        );
        using var loader = new AnalyzerAssemblyLoader();
        var build = new CompilationFactory(new SourceFiles(), new GeneratorCatalog(loader)).Create(
            project.Build(),
            CancellationToken.None
        );
        Assert.That(build.Problem, Is.Null);
        var wrong = RemovalOf(build, used, "using System.Text;");
        var right = RemovalOf(build, unused, "using System.Net;");

        var (proven, reverted) = SafetyNet.Prove([build], [wrong, right], CancellationToken.None);

        Assert.That(proven, Is.EqualTo(new[] { right }));
        Assert.That(
            reverted.Select(f => (f.Code, f.FilePath)),
            Is.EqualTo(new[] { ("GW3900", used) })
        );
        Assert.That(reverted[0].Message, Does.Contain("CS0246").And.Contain("StringBuilder"));
    }

    [Test]
    public void A_global_using_whose_removal_breaks_another_file_is_reverted()
    {
        using var project = new TestProject();
        var globals = project.Write("Globals.cs", "global using System.Text;\n");
        project.Write(
            "Used.cs",
            "public static class Used { public static object Make() => new StringBuilder(); }\n"
        );
        using var loader = new AnalyzerAssemblyLoader();
        var build = new CompilationFactory(new SourceFiles(), new GeneratorCatalog(loader)).Create(
            project.Build(),
            CancellationToken.None
        );

        var (proven, reverted) = SafetyNet.Prove(
            [build],
            [RemovalOf(build, globals, "global using System.Text;")],
            CancellationToken.None
        );

        Assert.That(proven, Is.Empty);
        Assert.That(reverted.Single().Code, Is.EqualTo("GW3900"));
    }
}
