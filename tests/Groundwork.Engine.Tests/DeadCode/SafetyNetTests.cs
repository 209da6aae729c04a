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

    [Test]
    public void The_next_pass_reuses_a_whole_compilation_proof_of_the_same_texts_and_analyses_other_texts_anew()
    {
        using var project = new TestProject();
        var file = project.Write(
            "Widget.cs",
            "using System.Net;\n\npublic static class Widget { public static int Size() => 1; }\n"
        );
        using var loader = new AnalyzerAssemblyLoader();
        var build = new CompilationFactory(new SourceFiles(), new GeneratorCatalog(loader)).Create(
            project.Build(),
            CancellationToken.None
        );
        var removal = RemovalOf(build, file, "using System.Net;");
        var texts = SafetyNet.NewTexts([build], [removal], CancellationToken.None);

        var (failures, problem) = build.Recompile(
            texts,
            wholeCompilation: true,
            CancellationToken.None
        );
        var next = build.WithTexts(texts, CancellationToken.None);
        var again = build.WithTexts(
            SafetyNet.NewTexts([build], [removal], CancellationToken.None),
            CancellationToken.None
        );
        var other = build.WithTexts(
            new Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText>
            {
                [file] = Microsoft.CodeAnalysis.Text.SourceText.From(
                    "public static class Widget { public static int Size() => 2; }\n"
                ),
            },
            CancellationToken.None
        );

        Assert.That(build.Diagnostics.Where(d => d.Id == "CS8019"), Is.Not.Empty);
        Assert.That(failures, Is.Empty);
        Assert.That(problem, Is.Null);
        Assert.That(next.TreesByPath[file].ToString(), Does.Not.Contain("System.Net"));
        Assert.That(next.Problem, Is.Null);
        Assert.That(
            next.Diagnostics.Where(d => d.Id == "CS8019"),
            Is.Empty,
            "the reused analysis is of the new text, every diagnostic included"
        );
        Assert.That(again, Is.SameAs(next), "equal texts reuse the proof's compilation");
        Assert.That(other, Is.Not.SameAs(next));
        Assert.That(other.TreesByPath[file].ToString(), Does.Contain("=> 2"));
    }
}
