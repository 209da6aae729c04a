using System.Reflection;
using System.Runtime.Loader;
using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Stages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.DeadCode;

public class UnusedLocalTests
{
    private const string Header =
        "using System;\nusing System.Collections.Generic;\nusing System.IO;\n\npublic static class Sample\n{\n    public static int Counter;\n\n    public static int Next() => ++Counter;\n\n    public static void Use(object value) { }\n\n";

    private static string Class(string body, string members = "") =>
        Header
        + members
        + "    public static void Run(List<int> items, string text)\n    {\n"
        + body
        + "    }\n}\n";

    /// <summary>Fixes a file whose method Run has this body (lines indented by 8); returns the new body.</summary>
    private static string FixedBody(
        string body,
        string members = "",
        DeadCodeRules rules = DeadCodeRules.Locals
    )
    {
        using var project = new TestProject { Rules = rules };
        project.Write("Sample.cs", Class(body, members));
        var report = project.Fix();
        Assert.That(
            report.Findings.Where(f => f.Severity != Engine.Diagnostics.FindingSeverity.Info),
            Is.Empty
        );
        var text = project.Read("Sample.cs");
        var start = text.IndexOf("string text)\n    {\n", StringComparison.Ordinal) + 19;
        return text[start..text.LastIndexOf("    }\n}\n", StringComparison.Ordinal)];
    }

    [TestCase("        var x = 1;\n        Use(2);\n", "        Use(2);\n")]
    [TestCase("        int x;\n        Use(2);\n", "        Use(2);\n")]
    [TestCase("        string? s = null;\n        var d = default(int);\n", "")]
    [TestCase("        var f = (int a) => a + Next();\n", "")]
    [TestCase("        var t = typeof(string);\n        var n = nameof(Use);\n", "")]
    [TestCase("        var copy = text;\n", "")]
    [TestCase("        var x = 1; // the answer\n        Use(2);\n", "        Use(2);\n")]
    [TestCase("        var x = 1;\n\n        Use(2);\n", "        Use(2);\n")]
    [TestCase(
        "        Use(1);\n\n        var x = 1;\n\n        Use(2);\n",
        "        Use(1);\n\n        Use(2);\n"
    )]
    [TestCase(
        "        Use(1);\n        var x = 1;\n\n        Use(2);\n",
        "        Use(1);\n\n        Use(2);\n"
    )]
    [TestCase("        var shape = new { Id = 1, text, Name = nameof(Use) };\n", "")]
    public void A_local_never_read_whose_values_do_nothing_goes_with_its_line(
        string body,
        string expected
    ) => Assert.That(FixedBody(body), Is.EqualTo(expected));

    [TestCase("        var x = Next();\n", "        _ = Next();\n")]
    [TestCase("        var list = new List<int>();\n", "        _ = new List<int>();\n")]
    [TestCase("        var n = items.Count;\n", "        _ = items.Count;\n")]
    [TestCase("        var first = items[0];\n", "        _ = items[0];\n")]
    [TestCase("        var sum = Next() + 1;\n", "        _ = Next() + 1;\n")]
    [TestCase("        List<int> made = new();\n", "        _ = new List<int>();\n")]
    [TestCase("        List<int>? maybe = new(4);\n", "        _ = new List<int>(4);\n")]
    [TestCase(
        "        var shape = new { Id = 1, items.Count };\n",
        "        _ = new { Id = 1, items.Count };\n"
    )]
    [TestCase(
        "        int y = 0;\n        var x = y = Next();\n        Use(y);\n",
        "        int y = 0;\n        y = Next();\n        Use(y);\n"
    )]
    [TestCase(
        "        int i = 0;\n        var x = i++;\n        Use(i);\n",
        "        int i = 0;\n        i++;\n        Use(i);\n"
    )]
    [TestCase(
        "        var t = System.Threading.Tasks.Task.Run(() => Next());\n",
        "        _ = System.Threading.Tasks.Task.Run(() => Next());\n"
    )]
    [TestCase("        object o = Next();\n", "        _ = Next();\n")]
    [TestCase("        object o = Counter;\n", "        _ = Counter;\n")]
    [TestCase("        var c = Counter;\n", "        _ = Counter;\n")]
    [TestCase("        int x;\n        x = Next();\n        x = 2;\n", "        _ = Next();\n")]
    [TestCase("        int x = 0;\n        x = items.Count;\n", "        _ = items.Count;\n")]
    public void A_local_never_read_keeps_what_its_initializer_and_assignments_do(
        string body,
        string expected
    ) => Assert.That(FixedBody(body), Is.EqualTo(expected));

    // The callee gets the variable's current value: a proxy that reads an out parameter before writing it (a
    // mocking library matching arguments) sees it, and two out _ may share one hidden variable.
    [TestCase("        if (int.TryParse(text, out var n))\n            Use(1);\n")]
    [TestCase("        if (int.TryParse(text, out int n))\n            Use(1);\n")]
    [TestCase("        int n;\n        int.TryParse(text, out n);\n")]
    [TestCase("        int n = 42;\n        int.TryParse(text, out n);\n")]
    public void A_local_passed_as_an_out_argument_stays(string body) =>
        Assert.That(FixedBody(body), Is.EqualTo(body));

    [TestCase(
        "        object o = text;\n        if (o is string s)\n            Use(1);\n",
        "        object o = text;\n        if (o is string)\n            Use(1);\n"
    )]
    [TestCase(
        "        object o = text;\n        switch (o)\n        {\n            case string s:\n                Use(1);\n                break;\n        }\n",
        "        object o = text;\n        switch (o)\n        {\n            case string _:\n                Use(1);\n                break;\n        }\n"
    )]
    [TestCase(
        "        object o = text;\n        if (o is string { Length: > 0 } s)\n            Use(1);\n",
        "        object o = text;\n        if (o is string { Length: > 0 })\n            Use(1);\n"
    )]
    public void Pattern_locals_never_read_become_discards(string body, string expected) =>
        Assert.That(FixedBody(body), Is.EqualTo(expected));

    [Test]
    public void Of_several_locals_declared_together_only_the_unused_ones_go() =>
        Assert.That(
            FixedBody("        int a = 1, b = 2, c = 3;\n        Use(b);\n"),
            Is.EqualTo("        int b = 2;\n        Use(b);\n")
        );

    [Test]
    public void Locals_that_become_unused_when_another_goes_go_in_the_same_run_and_a_second_run_changes_nothing()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        project.Write(
            "Sample.cs",
            Class(
                "        var a = Next();\n        var b = a;\n        var c = b;\n        Use(2);\n"
            )
        );

        var first = project.Fix();
        var second = project.Fix();

        Assert.That(
            project.Read("Sample.cs"),
            Is.EqualTo(Class("        _ = Next();\n        Use(2);\n"))
        );
        Assert.That(first.Findings, Is.Empty);
        Assert.That(second.FilesChanged, Is.Empty);
        Assert.That(second.Findings, Is.Empty);
    }

    [TestCase("        using var stream = new MemoryStream();\n")]
    [TestCase("        using (var stream = new MemoryStream()) { }\n")]
    [TestCase("        ref int first = ref CollectionsMarshalFirst(items);\n")]
    [TestCase("        foreach (var item in items) { }\n")]
    [TestCase("        for (int i = 0, j = 0; i < 1; i++) { }\n")]
    [TestCase("        try { Next(); } catch (Exception e) { }\n")]
    [TestCase("        var (a, b) = (Next(), 2);\n")]
    [TestCase("        int x = 0;\n        Action set = () => x = Next();\n        set();\n")]
    [TestCase("        int x = 0;\n        void Set() => x = Next();\n        Set();\n")]
    [TestCase("        int x = 0;\n        try { x = Next(); } finally { Use(x); }\n")]
    [TestCase("        int x = 0;\n        try { x = Next(); } catch { Use(x); }\n")]
    [TestCase("        Wrapper w = 5;\n")]
    [TestCase("        Wrapper w = default;\n        w = 6;\n")]
    [TestCase("        const int x = 1;\n")]
    [TestCase("        var x = 1;\n        Use(nameof(x));\n")]
    [TestCase("        var x = Next();\n#if NEVER\n        Use(x);\n#endif\n")]
    [TestCase("        var x = Next();\n#if NEVER\n        Use(2);\n#endif\n")]
    [TestCase("        var x = 1; // groundwork: keep\n")]
    [TestCase("        var x = 1;\n        int y = 0;\n        y = x = Next();\n        Use(y);\n")]
    [TestCase("        Func<int> f = () => { var inner = Next(); return 1; };\n        f();\n")]
    [TestCase("        var _ = Next();\n")]
    public void What_the_rule_keeps_stays_as_it_was(string body) =>
        Assert.That(
            FixedBody(
                body,
                "    public struct Wrapper { public static implicit operator Wrapper(int value) { Next(); return default; } }\n\n    public static ref int CollectionsMarshalFirst(List<int> items) => ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items)[0];\n\n"
            ),
            Is.EqualTo(body)
        );

    [Test]
    public void An_awaited_value_stays_in_a_discard_and_the_await_happens()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        project.Write(
            "Sample.cs",
            "using System.Threading.Tasks;\n\npublic static class Sample\n{\n    public static async Task Run(Task<int> task)\n    {\n        var value = await task;\n        var started = Task.Run(() => 1);\n    }\n}\n"
        );

        project.Fix();

        Assert.That(
            project.Read("Sample.cs"),
            Does.Contain("        _ = await task;\n        _ = Task.Run(() => 1);\n")
        );
    }

    [Test]
    public void A_variable_named_underscore_in_scope_keeps_the_locals_that_would_need_a_discard()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        var text = Class(
            "        var _ = 0;\n        var x = Next();\n        int.TryParse(text, out var n);\n        Use(_);\n"
        );
        project.Write("Sample.cs", text);

        project.Fix();

        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text));
    }

    [Test]
    public void A_local_of_a_switch_section_and_a_negated_pattern_go()
    {
        Assert.That(
            FixedBody(
                "        switch (text.Length)\n        {\n            case 1:\n                var one = Next();\n                break;\n        }\n        object o = text;\n        if (o is not string s)\n            Use(1);\n"
            ),
            Is.EqualTo(
                "        switch (text.Length)\n        {\n            case 1:\n                _ = Next();\n                break;\n        }\n        object o = text;\n        if (o is not string _)\n            Use(1);\n"
            )
        );
    }

    [Test]
    public void A_fixed_local_stays()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        var text = Class("        unsafe { fixed (char* p = text) { } }\n");
        project.Write("Sample.cs", text);

        var report = project.Fix(project.Build() with { AllowUnsafeBlocks = true });

        Assert.That(report.Findings, Is.Empty);
        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text));
    }

    [TestCase("#pragma warning disable GW3002\n", "")]
    [TestCase(
        "",
        "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"Groundwork\", \"GW3002\")]\n"
    )]
    [TestCase(
        "",
        "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"Groundwork\", \"GW3002:Unused local\", Justification = \"a breakpoint\")]\n"
    )]
    public void A_suppressed_GW3002_keeps_the_local(string beforeClass, string onMethod)
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        var text =
            beforeClass
            + "public static class Sample\n{\n"
            + onMethod
            + "    public static void Run()\n    {\n        var x = 1;\n    }\n}\n";
        project.Write("Sample.cs", text);

        project.Fix();

        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text));
    }

    [Test]
    public void SuppressMessage_on_the_type_keeps_the_locals_of_its_members()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        var text =
            "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"Groundwork\", \"GW3002\")]\npublic static class Sample\n{\n    public static int Value\n    {\n        get\n        {\n            var x = 1;\n            return 2;\n        }\n    }\n}\n";
        project.Write("Sample.cs", text);

        project.Fix();

        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text));
    }

    [Test]
    public void NoWarn_and_editorconfig_severity_keep_the_local()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        var text =
            "public static class Sample\n{\n    public static void Run()\n    {\n        var x = 1;\n    }\n}\n";
        project.Write("Sample.cs", text);
        var config = project.Write(
            ".editorconfig",
            "root = true\n\n[*.cs]\ndotnet_diagnostic.GW3002.severity = none\n"
        );

        project.Fix(project.Build() with { NoWarn = "GW3002" });
        project.Fix(project.Build() with { AnalyzerConfigFiles = [config] });

        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text));
    }

    [Test]
    public void Check_reports_GW3002_at_each_local_and_writes_nothing()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        var text = Class(
            "        var a = Next();\n        var b = a;\n        int.TryParse(text, out var n);\n"
        );
        var path = project.Write("Sample.cs", text);

        var report = project.Check();

        Assert.That(
            report.Findings.Select(f => (f.Code, f.Line, f.Column, f.Severity)),
            Is.EquivalentTo(
                new[]
                {
                    ("GW3002", 15, 13, Engine.Diagnostics.FindingSeverity.Error),
                    ("GW3002", 16, 13, Engine.Diagnostics.FindingSeverity.Error),
                }
            )
        );
        Assert.That(
            report.Findings[0].ToString(),
            Does.StartWith(path + "(")
                .And.Contain("error GW3002: The local variable '")
                .And.Contain("is never read in any target framework or #if branch")
        );
        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text));
        Assert.That(report.FilesChanged, Is.Empty);
    }

    [Test]
    public void Check_with_proposed_changes_gives_the_text_fix_writes()
    {
        using var project = new TestProject { Rules = DeadCodeRules.All };
        var text =
            "using System.Text;\n\n"
            + Class(
                "        var a = Next();\n        var b = a;\n        StringBuilder? s = null;\n"
            );
        project.Write("Sample.cs", text);

        var check = DeadCodeStage.Run(
            new DeadCodeRequest(
                [project.Build()],
                [project.PathOf("Sample.cs")],
                StageMode.Check,
                Engine.Diagnostics.FindingSeverity.Error,
                project.Directory,
                KeepProposedChanges: true
            ),
            CancellationToken.None
        );
        project.Fix();

        Assert.That(check.ProposedChanges.Single().OriginalText, Is.EqualTo(text));
        Assert.That(check.ProposedChanges.Single().NewText, Is.EqualTo(project.Read("Sample.cs")));
        Assert.That(
            project.Read("Sample.cs"),
            Does.Contain("string text)\n    {\n        _ = Next();\n    }\n")
                .And.Not.Contain("System.Text")
        );
        Assert.That(
            check.Findings.Where(f => f.Code == "GW3002").Select(f => f.Line),
            Is.EquivalentTo(new[] { 17, 18, 19 })
        );
        Assert.That(
            check.Findings.Where(f => f.Code == "GW3001").Select(f => f.Line),
            Does.Contain(1)
        );
    }

    [Test]
    public void A_local_unused_in_every_build_goes_and_one_whose_value_differs_between_builds_stays()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        var members =
            "#if ONE\n    public const int Size = 1;\n#else\n    public static int Size => Next();\n#endif\n\n";
        project.Write(
            "Sample.cs",
            Class("        var size = Size;\n        var x = 1;\n", members)
        );

        var report = project.Fix(project.Build("ONE"), project.Build("TWO"));

        Assert.That(report.Findings, Is.Empty);
        Assert.That(
            project.Read("Sample.cs"),
            Is.EqualTo(Class("        var size = Size;\n", members))
        );

        // In the build where Size is a constant alone, the local goes.
        project.Fix(project.Build("ONE"));
        Assert.That(project.Read("Sample.cs"), Is.EqualTo(Class("", members)));
    }

    [Test]
    public void Only_the_rules_asked_for_run()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Usings };
        var text =
            "using System.Net;\n\npublic static class Sample\n{\n    public static void Run()\n    {\n        var x = 1;\n    }\n}\n";
        project.Write("Sample.cs", text);

        project.Fix();
        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text["using System.Net;\n\n".Length..]));

        project.Write("Sample.cs", text);
        project.Rules = DeadCodeRules.Locals;
        project.Fix();
        Assert.That(
            project.Read("Sample.cs"),
            Is.EqualTo(text.Replace("        var x = 1;\n", ""))
        );
    }

    [Test]
    public void A_using_that_only_a_removed_local_needed_goes_in_the_same_run()
    {
        using var project = new TestProject();
        project.Write(
            "Sample.cs",
            "using System.Text;\n\npublic static class Sample\n{\n    public static void Run()\n    {\n        StringBuilder? b = null;\n    }\n}\n"
        );

        project.Fix();

        Assert.That(
            project.Read("Sample.cs"),
            Is.EqualTo(
                "public static class Sample\n{\n    public static void Run()\n    {\n    }\n}\n"
            )
        );
        Assert.That(project.Fix().FilesChanged, Is.Empty);
    }

    [Test]
    public void The_safety_net_reverts_a_locals_removal_that_breaks_definite_assignment()
    {
        using var project = new TestProject();
        var path = project.Write(
            "Sample.cs",
            "public static class Sample\n{\n    public static int Run()\n    {\n        int x;\n        x = 1;\n        return x;\n    }\n}\n"
        );
        using var loader = new AnalyzerAssemblyLoader();
        var build = new CompilationFactory(new SourceFiles(), new GeneratorCatalog(loader)).Create(
            project.Build(),
            CancellationToken.None
        );
        var text = build.TreesByPath[path].GetText();
        var assignment = text.ToString().IndexOf("        x = 1;\n", StringComparison.Ordinal);
        var body = text.ToString().IndexOf("    {\n        int", StringComparison.Ordinal);
        var wrong = new LocalRemoval(
            path,
            [("x", assignment + 8)],
            Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(body, text.Length - 2),
            [new Microsoft.CodeAnalysis.Text.TextChange(new(assignment, 15), "")]
        );

        var (proven, reverted) = SafetyNet.Prove([build], [wrong], CancellationToken.None);

        Assert.That(proven, Is.Empty);
        Assert.That(reverted.Single().Code, Is.EqualTo("GW3900"));
        Assert.That(reverted.Single().Line, Is.EqualTo(6));
        Assert.That(reverted.Single().Message, Does.Contain("CS0165").And.Contain("'x'"));
    }

    [Test]
    public void The_rewritten_program_does_what_it_did()
    {
        const string program =
            "using System.Collections.Generic;\n\npublic static class Sample\n{\n    public static int Counter;\n    public static List<int> Log = new();\n\n    public static int Next() { Counter++; Log.Add(Counter); return Counter; }\n\n    public static string Run()\n    {\n        var a = Next();\n        var b = Next() + Next();\n        int c;\n        c = Next();\n        int.TryParse(\"7\", out var parsed);\n        var count = Log.Count;\n        return string.Join(\",\", Log) + \";\" + Counter;\n    }\n}\n";
        using var project = new TestProject { Rules = DeadCodeRules.Locals };
        project.Write("Sample.cs", program);

        project.Fix();
        var rewritten = project.Read("Sample.cs");

        Assert.That(rewritten, Does.Not.Contain("var a").And.Not.Contain("int c"));
        Assert.That(
            rewritten,
            Does.Contain(
                "        _ = Next();\n        _ = Next() + Next();\n        _ = Next();\n        int.TryParse(\"7\", out var parsed);\n        _ = Log.Count;\n"
            )
        );
        Assert.That(RunSample(rewritten), Is.EqualTo(RunSample(program)).And.EqualTo("1,2,3,4;4"));
    }

    /// <summary>Compiles the code in memory and returns what Sample.Run() returns.</summary>
    internal static string RunSample(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Run" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.That(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext(null, isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var run = assembly
                .GetType("Sample")!
                .GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (string)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
