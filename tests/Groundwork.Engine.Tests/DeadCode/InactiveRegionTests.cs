using Groundwork.Engine.DeadCode;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.Tests.DeadCode;

/// <summary>What code the compiler never sees (#if branches inactive in every build) keeps.</summary>
public class InactiveRegionTests
{
    private static string[] Codes(Engine.Pipeline.StageReport report) =>
        [.. report.Findings.Select(f => f.Code)];

    [TestCase("using Sb = System.Text.StringBuilder;", "object M() => new Sb();", true)]
    [TestCase("using Sb = System.Text.StringBuilder;", "object M() => new StringBuilder();", false)]
    [TestCase("using static System.Math;", "double M() => Sqrt(2);", true)]
    [TestCase("using static System.Math;", "double M() => Twice(2);", false)]
    [TestCase("using System.Diagnostics.CodeAnalysis;", "[SetsRequiredMembers] void M() { }", true)]
    [TestCase("using System.Linq;", "object M(int[] xs) => from x in xs select x;", true)]
    [TestCase("using System.Linq;", "object M(int[] xs) => xs.Where(x => x > 0);", true)]
    [TestCase("using System.Linq;", "int M(int[] xs) => xs.Length;", false)]
    public void A_region_keeps_the_using_it_could_need(
        string directive,
        string regionCode,
        bool kept
    )
    {
        using var project = new TestProject();
        project.Write(
            "Region.cs",
            $"{directive}\n\npublic class Region\n{{\n#if NEVER\n    {regionCode}\n#endif\n}}\n"
        );

        var report = project.Check();

        Assert.That(Codes(report), kept ? Is.Empty : Is.EqualTo(new[] { "GW3001" }));
    }

    [Test]
    public void A_global_using_is_kept_for_a_region_in_any_file_and_a_local_one_only_for_its_own()
    {
        using var project = new TestProject();
        project.Write("Globals.cs", "global using System.Text;\n");
        project.Write("Local.cs", "using System.Net;\n\npublic static class Local { }\n");
        project.Write(
            "Elsewhere.cs",
            "public static class Elsewhere\n{\n#if NEVER\n    static object M() => (new StringBuilder(), new WebClient());\n#endif\n}\n"
        );

        var report = project.Check();

        Assert.That(
            report.Findings.Select(f => (Path.GetFileName(f.FilePath), f.Code)),
            Is.EqualTo(new[] { ("Local.cs", "GW3001") })
        );
    }

    [Test]
    public void Only_spans_inactive_in_every_build_count()
    {
        IReadOnlyList<TextSpan> a = [TextSpan.FromBounds(0, 10), TextSpan.FromBounds(20, 30)];
        IReadOnlyList<TextSpan> b = [TextSpan.FromBounds(5, 25)];

        Assert.That(
            InactiveRegions.InAll([a, b]),
            Is.EqualTo(new[] { TextSpan.FromBounds(5, 10), TextSpan.FromBounds(20, 25) })
        );
        Assert.That(InactiveRegions.InAll([a, []]), Is.Empty);
    }

    [Test]
    public void A_global_using_is_kept_for_a_file_that_only_another_configuration_compiles()
    {
        using var project = new TestProject();
        project.Write("Globals.cs", "global using System.Text;\nglobal using System.Net;\n");
        project.Write("Used.cs", "public static class Used { }\n");
        project.Write(
            "DebugOnly.cs",
            "public static class DebugOnly { static object M() => new StringBuilder(); }\n"
        );
        project.Write(
            "obj/Debug/Old.cs",
            "public static class Old { static object M() => new WebClient(); }\n"
        );

        var report = project.Check(project.Build("", "Globals.cs", "Used.cs"));

        Assert.That(
            report.Findings.Select(f => (Path.GetFileName(f.FilePath), f.Line)),
            Is.EqualTo(new[] { ("Globals.cs", 2) }),
            "System.Text serves DebugOnly.cs; files under obj/ are build output, not code"
        );
    }
}
