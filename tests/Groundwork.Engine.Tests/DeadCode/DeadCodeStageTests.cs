using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Tests.DeadCode;

public class DeadCodeStageTests
{
    private static string[] Codes(Engine.Pipeline.StageReport report) =>
        [.. report.Findings.Select(f => f.Code)];

    [Test]
    public void Fix_removes_an_unused_using_with_its_line_and_keeps_the_used_one()
    {
        using var project = new TestProject();
        project.Write(
            "Program.cs",
            "using System.Text;\nusing System.Net;\n\nnamespace Sample;\n\npublic static class Program\n{\n    public static string Make() => new StringBuilder().ToString();\n}\n"
        );

        var report = project.Fix();

        Assert.That(Codes(report), Is.Empty, string.Join("\n", report.Findings));
        Assert.That(report.FilesChanged, Is.EqualTo(new[] { project.PathOf("Program.cs") }));
        Assert.That(
            project.Read("Program.cs"),
            Is.EqualTo(
                "using System.Text;\n\nnamespace Sample;\n\npublic static class Program\n{\n    public static string Make() => new StringBuilder().ToString();\n}\n"
            )
        );
    }

    [Test]
    public void Check_reports_GW3001_at_the_directive_and_writes_nothing()
    {
        using var project = new TestProject();
        var path = project.Write(
            "Program.cs",
            "using System.Text;\nusing System.Net;\n\npublic static class Program { }\n"
        );
        var before = File.ReadAllBytes(path);
        var written = File.GetLastWriteTimeUtc(path);

        var report = project.Check();

        Assert.That(
            report.Findings.Select(f => f.ToString()),
            Is.EquivalentTo(
                new[]
                {
                    $"{path}(1,1): error GW3001: The using directive 'using System.Text;' is not needed in any target framework or #if branch of the project. Build with GroundworkDeadCode=fix to remove it.",
                    $"{path}(2,1): error GW3001: The using directive 'using System.Net;' is not needed in any target framework or #if branch of the project. Build with GroundworkDeadCode=fix to remove it.",
                }
            )
        );
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(before));
        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(written));
        Assert.That(report.FilesChanged, Is.Empty);
    }

    [Test]
    public void A_using_needed_only_by_a_cref_stays()
    {
        using var project = new TestProject();
        project.Write(
            "Doc.cs",
            "using System.Text;\n\n/// <summary>Builds with <see cref=\"StringBuilder\"/>.</summary>\npublic static class Doc { }\n"
        );

        var report = project.Check();

        Assert.That(Codes(report), Is.Empty, string.Join("\n", report.Findings));
    }

    [Test]
    public void A_using_needed_only_by_query_syntax_stays()
    {
        using var project = new TestProject();
        project.Write(
            "Query.cs",
            "using System.Linq;\nusing System.Text;\n\npublic static class Query\n{\n    public static object Run(int[] xs) => from x in xs where x > 1 select x;\n}\n"
        );

        var report = project.Fix();

        Assert.That(
            project.Read("Query.cs"),
            Does.StartWith("using System.Linq;\n\npublic static class Query")
        );
        Assert.That(Codes(report), Is.Empty);
    }

    // Bag is IEnumerable (collection initializers need it), so foreach would use that: enumerate an int instead.
    [TestCase(
        "foreach (var x in 5) { }",
        "public static System.Collections.Generic.IEnumerator<int> GetEnumerator(this int n) { yield break; }"
    )]
    [TestCase(
        "await new Bag();",
        "public static System.Runtime.CompilerServices.TaskAwaiter GetAwaiter(this Bag b) => System.Threading.Tasks.Task.CompletedTask.GetAwaiter();"
    )]
    [TestCase(
        "var (a, b) = new Bag();",
        "public static void Deconstruct(this Bag b, out int x, out int y) { x = 1; y = 2; }"
    )]
    [TestCase("var bag = new Bag { 1, 2 };", "public static void Add(this Bag b, int x) { }")]
    public void A_using_that_brings_a_pattern_extension_method_stays(string use, string extension)
    {
        using var project = new TestProject { Rules = DeadCodeRules.Usings };
        project.Write(
            "Extensions.cs",
            $"namespace Patterns\n{{\n    public static class BagExtensions\n    {{\n        {extension}\n    }}\n}}\n"
        );
        project.Write(
            "Bag.cs",
            "public class Bag : System.Collections.IEnumerable { System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw null!; }\n"
        );
        project.Write(
            "Use.cs",
            $"using Patterns;\n\npublic static class Use\n{{\n    public static async System.Threading.Tasks.Task Run()\n    {{\n        {use}\n        await System.Threading.Tasks.Task.Yield();\n    }}\n}}\n"
        );

        var report = project.Check();

        Assert.That(Codes(report), Is.Empty, string.Join("\n", report.Findings));
    }

    [Test]
    public void Using_static_for_an_extension_method_and_an_alias_used_in_an_attribute_stay()
    {
        using var project = new TestProject();
        project.Write(
            "Helpers.cs",
            "namespace Tools\n{\n    public static class Strings\n    {\n        public static string Twice(this string s) => s + s;\n    }\n}\n"
        );
        project.Write(
            "Use.cs",
            "using static Tools.Strings;\nusing Marker = System.ObsoleteAttribute;\nusing Unused = System.Text.StringBuilder;\n\n[Marker]\npublic static class Use\n{\n    public static string Run() => \"a\".Twice();\n}\n"
        );

        project.Fix();

        Assert.That(
            project.Read("Use.cs"),
            Does.StartWith(
                "using static Tools.Strings;\nusing Marker = System.ObsoleteAttribute;\n\n[Marker]"
            )
        );
    }

    [Test]
    public void Duplicates_of_a_using_and_of_a_global_using_go()
    {
        using var project = new TestProject();
        project.Write("Globals.cs", "global using System.Text;\n");
        project.Write(
            "Use.cs",
            "using System.Text;\nusing System.IO;\nusing System.IO;\n\npublic static class Use\n{\n    public static object Run() => (new StringBuilder(), Path.GetTempPath());\n}\n"
        );

        var report = project.Fix();

        Assert.That(Codes(report), Is.Empty, string.Join("\n", report.Findings));
        Assert.That(
            project.Read("Use.cs"),
            Does.StartWith("using System.IO;\n\npublic static class Use")
        );
        Assert.That(project.Read("Globals.cs"), Is.EqualTo("global using System.Text;\n"));
    }

    [Test]
    public void A_using_that_repeats_a_global_one_says_where_the_global_one_comes_from()
    {
        using var project = new TestProject();
        project.Write(
            "obj/Debug/net10.0/Sample.GlobalUsings.g.cs",
            "global using global::System.IO;\n"
        );
        project.Write("Globals.cs", "global using System.Text;\n");
        project.Write(
            "Use.cs",
            "using System.Text;\nusing System.IO;\nusing System.Net;\n\npublic static class Use\n{\n    public static object Run() => (new StringBuilder(), Path.GetTempPath());\n}\n"
        );

        var messages = project
            .Check()
            .Findings.Where(f => f.FilePath.EndsWith("Use.cs", StringComparison.Ordinal))
            .OrderBy(f => f.Line)
            .Select(f => f.Message)
            .ToList();

        Assert.That(messages, Has.Count.EqualTo(3));
        Assert.That(
            messages[0],
            Does.Contain("'using System.Text;' repeats the global using directive in Globals.cs")
        );
        Assert.That(
            messages[1],
            Does.Contain(
                "'using System.IO;' repeats an implicit global using of the SDK (ImplicitUsings)"
            )
        );
        Assert.That(messages[2], Does.Contain("'using System.Net;' is not needed"));
    }

    [Test]
    public void A_using_needed_in_one_build_only_stays_and_one_unused_in_every_build_goes()
    {
        using var project = new TestProject();
        project.Write(
            "Multi.cs",
            "using System.Text;\nusing System.Net;\n\npublic static class Multi\n{\n#if NEWER\n    public static object Make() => new StringBuilder();\n#endif\n}\n"
        );

        var report = project.Fix(project.Build("NEWER"), project.Build(""));

        Assert.That(Codes(report), Is.Empty, string.Join("\n", report.Findings));
        Assert.That(
            project.Read("Multi.cs"),
            Does.StartWith("using System.Text;\n\npublic static class")
        );
    }

    [TestCase("new StringBuilder()", true)]
    [TestCase("StringBuilderExtensions()", false)]
    [TestCase("new Encoder[0]", true)]
    public void A_using_that_an_inactive_region_could_need_stays(string regionCode, bool kept)
    {
        using var project = new TestProject();
        project.Write(
            "Release.cs",
            $"using System.Text;\n\npublic static class Release\n{{\n#if !DEBUG\n    public static object Make() => {regionCode};\n#endif\n}}\n"
        );

        var report = project.Check(project.Build("DEBUG"));

        Assert.That(Codes(report), kept ? Is.Empty : Is.EqualTo(new[] { "GW3001" }));
    }

    [Test]
    public void An_inactive_region_with_foreach_keeps_a_namespace_that_declares_GetEnumerator_extensions()
    {
        using var project = new TestProject();
        project.Write(
            "Extensions.cs",
            "namespace Patterns\n{\n    public static class E\n    {\n        public static System.Collections.Generic.IEnumerator<int> GetEnumerator(this int n) { yield break; }\n    }\n}\n"
        );
        project.Write(
            "Use.cs",
            "using Patterns;\n\npublic static class Use\n{\n#if LEGACY\n    public static void Run() { foreach (var x in 3) { } }\n#endif\n}\n"
        );

        var report = project.Check();

        Assert.That(Codes(report), Is.Empty, string.Join("\n", report.Findings));
    }

    [TestCase(
        "#pragma warning disable GW3001\nusing System.Net;\n#pragma warning restore GW3001\n"
    )]
    [TestCase("using System.Net; // groundwork: keep\n")]
    [TestCase("using System.Net; // Groundwork: keep (loaded by reflection)\n")]
    public void A_suppressed_directive_stays(string directive)
    {
        using var project = new TestProject();
        project.Write("Keep.cs", directive + "\npublic static class Keep { }\n");

        var report = project.Fix();

        Assert.That(report.FilesChanged, Is.Empty);
        Assert.That(Codes(report), Is.Empty);
    }

    [Test]
    public void NoWarn_and_editorconfig_turn_GW3001_off()
    {
        using var project = new TestProject();
        project.Write("Keep.cs", "using System.Net;\n\npublic static class Keep { }\n");
        var config = project.Write(
            ".editorconfig",
            "root = true\n\n[*.cs]\ndotnet_diagnostic.GW3001.severity = none\n"
        );

        var noWarn = project.Check(project.Build() with { NoWarn = "CS1591;GW3001" });
        var editorConfig = project.Check(project.Build() with { AnalyzerConfigFiles = [config] });
        var neither = project.Check(project.Build());

        Assert.That(Codes(noWarn), Is.Empty);
        Assert.That(Codes(editorConfig), Is.Empty);
        Assert.That(Codes(neither), Is.EqualTo(new[] { "GW3001" }));
    }

    [Test]
    public void A_project_that_does_not_compile_is_left_alone_with_GW3901()
    {
        using var project = new TestProject();
        project.Write(
            "Broken.cs",
            "using System.Net;\n\npublic static class Broken { int X => \"\"; }\n"
        );

        var report = project.Fix();

        Assert.That(Codes(report), Is.EqualTo(new[] { "GW3901" }));
        Assert.That(report.Findings[0].Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(report.FilesChanged, Is.Empty);
    }

    [Test]
    public void Generated_files_are_never_changed_but_their_uses_count()
    {
        using var project = new TestProject();
        project.Write("Globals.cs", "global using System.Text;\n");
        var generated = project.Write(
            "Model.g.cs",
            "using System.Net;\n\npublic static class Model { public static object Make() => new StringBuilder(); }\n"
        );
        var marked = project.Write(
            "Other.cs",
            "// <auto-generated/>\nusing System.Net;\n\npublic static class Other { }\n"
        );

        var report = project.Fix();

        Assert.That(report.FilesChanged, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(File.ReadAllText(generated), Does.StartWith("using System.Net;"));
        Assert.That(File.ReadAllText(marked), Does.Contain("using System.Net;"));
    }

    [Test]
    public void Files_marked_generated_in_editorconfig_are_never_changed_but_their_uses_count()
    {
        using var project = new TestProject();
        project.Write(
            ".editorconfig",
            "root = true\n\n[Vendor/**.cs]\ngenerated_code = true\n\n[Owned/**.cs]\ngenerated_code = false\n"
        );
        project.Write("Globals.cs", "global using System.Text;\n");
        var vendor = project.Write(
            "Vendor/Parser.cs",
            "using System.Net;\n\npublic static class Parser { public static object Make() => new StringBuilder(); }\n"
        );
        var owned = project.Write(
            "Owned/View.g.cs",
            "using System.Net;\n\npublic static class View { }\n"
        );

        var check = project.Check();
        var fix = project.Fix();

        // The global using stays: only the vendored file uses it, and that file is compiled.
        Assert.That(
            check.Findings.Select(f => (f.Code, Path.GetFileName(f.FilePath))),
            Is.EqualTo(new[] { ("GW3001", "View.g.cs") }),
            string.Join("\n", check.Findings)
        );
        Assert.That(fix.FilesChanged, Is.EqualTo(new[] { owned }));
        Assert.That(File.ReadAllText(vendor), Does.StartWith("using System.Net;"));
        Assert.That(project.Read("Globals.cs"), Is.EqualTo("global using System.Text;\n"));
        Assert.That(File.ReadAllText(owned), Does.Not.Contain("System.Net"));
    }

    [Test]
    public void Byte_order_mark_and_line_endings_are_kept()
    {
        using var project = new TestProject();
        var path = project.Write("Crlf.cs", "");
        File.WriteAllBytes(
            path,
            [
                0xEF,
                0xBB,
                0xBF,
                .. System.Text.Encoding.UTF8.GetBytes(
                    "using System.Net;\r\nusing System.Text;\r\n\r\npublic static class Crlf { static StringBuilder B = new(); }\r\n"
                ),
            ]
        );

        project.Fix();

        Assert.That(
            File.ReadAllBytes(path),
            Is.EqualTo(
                new byte[] { 0xEF, 0xBB, 0xBF }.Concat(
                    System.Text.Encoding.UTF8.GetBytes(
                        "using System.Text;\r\n\r\npublic static class Crlf { static StringBuilder B = new(); }\r\n"
                    )
                )
            )
        );
    }

    [TestCase(false, "", "GW3001")]
    [TestCase(true, "", "GW3901")]
    [TestCase(false, "nullable", "GW3901")]
    [TestCase(false, "SYSLIB0011", "GW3001")]
    public void A_warning_counts_as_a_failure_exactly_when_the_build_treats_it_as_an_error(
        bool treatWarningsAsErrors,
        string warningsAsErrors,
        string expected
    )
    {
        using var project = new TestProject();
        project.Write(
            "Nullable.cs",
            "using System.Net;\n\npublic static class Nullable { public static int L(string? s) => s.Length; }\n"
        );

        var report = project.Check(
            project.Build() with
            {
                TreatWarningsAsErrors = treatWarningsAsErrors,
                WarningsAsErrors = warningsAsErrors,
            }
        );

        Assert.That(
            Codes(report),
            Is.EqualTo(new[] { expected }),
            string.Join("\n", report.Findings)
        );
    }

    /// <summary>A rewriter that fails as a bug would: the stage's own code throwing halfway.</summary>
    private sealed class ThrowingRewriter : Engine.Pipeline.ISourceRewriter
    {
        public string StageName => "Format";

        public string Fingerprint(string path) => "";

        public Engine.Pipeline.RewriteResult Rewrite(
            string path,
            string text,
            CancellationToken cancellationToken
        ) => throw new InvalidOperationException("a bug in the stage");

        public Engine.Diagnostics.Finding PendingChange(
            string path,
            int line,
            Engine.Diagnostics.FindingSeverity severity
        ) => throw new NotSupportedException();
    }

    [Test]
    public void A_failure_of_the_stage_is_a_GW0002_at_the_project_and_no_file_is_written()
    {
        using var project = new TestProject { Formatter = new ThrowingRewriter() };
        var path = project.Write(
            "Program.cs",
            "using System.Net;\n\npublic static class Program\n{\n    public static int Two() => 2;\n}\n"
        );
        var before = File.ReadAllBytes(path);

        var report = project.Fix();

        var finding = report.Findings.Single();
        Assert.That(
            (finding.Code, finding.Severity, finding.FilePath),
            Is.EqualTo(("GW0002", Engine.Diagnostics.FindingSeverity.Warning, project.ProjectPath))
        );
        Assert.That(
            finding.Message,
            Does.Contain("InvalidOperationException: a bug in the stage")
                .And.Contain("Please report this as a Groundwork bug")
        );
        Assert.That(report.FilesChanged, Is.Empty);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(before));
    }
}
