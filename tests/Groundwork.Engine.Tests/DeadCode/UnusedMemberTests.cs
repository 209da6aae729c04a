using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.DeadCode;

public class UnusedMemberTests
{
    private const string Usings =
        "using System;\nusing System.Collections.Generic;\nusing System.Reflection;\n\n";

    /// <summary>A file with the usings and a class Sample holding these members (indented by 4).</summary>
    private static string Class(string members) =>
        Usings + "public class Sample\n{\n" + members + "}\n";

    /// <summary>Fixes one file with the members rule; no finding but GW3004 may come out.</summary>
    private static string Fixed(string text)
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        project.Write("Sample.cs", text);
        var report = project.Fix();
        Assert.That(
            report.Findings.Where(f => f.Code != Findings.WriteOnlyMemberCode),
            Is.Empty,
            string.Join("\n", report.Findings)
        );
        return project.Read("Sample.cs");
    }

    [TestCase(
        "    public int Run() => Used();\n\n    private int Used() => 1;\n\n    /// <summary>Never called.</summary>\n    private int Unused() => 2;\n",
        "    public int Run() => Used();\n\n    private int Used() => 1;\n"
    )]
    [TestCase(
        "    private int _unused;\n\n    public int Run() => 1;\n",
        "    public int Run() => 1;\n"
    )]
    [TestCase(
        "    public int Run() => 1;\n\n    private string Name { get; set; } = \"\";\n",
        "    public int Run() => 1;\n"
    )]
    [TestCase(
        "    public int Run() => 1;\n\n    private event Action? Changed;\n",
        "    public int Run() => 1;\n"
    )]
    [TestCase(
        "    public int Run() => 1;\n\n    private delegate void Handler();\n\n    private const int Limit = 3, Other = 4;\n",
        "    public int Run() => 1;\n\n    private delegate void Handler();\n"
    )]
    [TestCase(
        "    public int Run() => 1;\n\n    private static int Twice(int x) => x < 1 ? 0 : Twice(x - 1) + 2;\n",
        "    public int Run() => 1;\n"
    )]
    [TestCase(
        "    // Helpers\n\n    private void A() { }\n\n    public int Run() => 1;\n",
        "    // Helpers\n\n    public int Run() => 1;\n"
    )]
    [TestCase(
        "    #region Helpers\n    private void Unused() { }\n    #endregion\n\n    public int Run() => 1;\n",
        "    #region Helpers\n    #endregion\n\n    public int Run() => 1;\n"
    )]
    [TestCase(
        "    public string? Where => typeof(Sample).Assembly.FullName + typeof(Sample).Name;\n\n    private void Unused() { }\n",
        "    public string? Where => typeof(Sample).Assembly.FullName + typeof(Sample).Name;\n",
        TestName = "typeof(T) that reads only the type's identity (Assembly, Name) keeps nothing"
    )]
    public void An_unused_private_member_goes_with_its_documentation_and_lines(
        string members,
        string expected
    ) => Assert.That(Fixed(Class(members)), Is.EqualTo(Class(expected)));

    // Assembly scanning finds private nested types (a DI container's RegisterAssemblyTypes, GetTypes(),
    // Type.GetType("Outer+Inner") from another project), which no analysis of the project sees.
    [TestCase(
        "    public int Run() => 1;\n\n    private sealed class Helper\n    {\n        public int Value;\n    }\n"
    )]
    [TestCase(
        "    public int Run() => 1;\n\n    private sealed class Handler : IDisposable\n    {\n        public void Dispose() { }\n    }\n"
    )]
    [TestCase(
        "    public int Run() => 1;\n\n    private record Command(int Id);\n\n    private enum Mode { On, Off }\n"
    )]
    public void An_unused_private_nested_type_stays(string members) =>
        Assert.That(Fixed(Class(members)), Is.EqualTo(Class(members)));

    [Test]
    public void A_chain_of_members_used_only_by_each_other_goes_in_one_run()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        var text = Class(
            "    public int Run() => 1;\n\n    private int A() => B();\n\n    private int B() => C();\n\n    private int C() => _seed;\n\n    private int _seed = 1;\n"
        );
        var path = project.Write("Sample.cs", text);

        var check = project.Check();
        project.Fix();
        var second = project.Fix();

        Assert.That(
            check.Findings.Select(f => (f.Code, f.Line, f.Column, f.Severity)),
            Is.EquivalentTo(
                new[]
                {
                    ("GW3003", 9, 17, FindingSeverity.Error),
                    ("GW3003", 11, 17, FindingSeverity.Error),
                    ("GW3003", 13, 17, FindingSeverity.Error),
                    ("GW3003", 15, 17, FindingSeverity.Error),
                }
            )
        );
        Assert.That(
            check.Findings.First(f => f.Line == 9).ToString(),
            Does.StartWith(path + "(9,17): error GW3003: The private method 'A' is not used")
        );
        Assert.That(project.Read("Sample.cs"), Is.EqualTo(Class("    public int Run() => 1;\n")));
        Assert.That(second.FilesChanged, Is.Empty);
    }

    [TestCase(
        "    private int _last;\n\n    public void Set(int v) => _last = v;\n",
        "field '_last'"
    )]
    [TestCase(
        "    private int Last { get; set; }\n\n    public void Set(int v) { this.Last = v; }\n",
        "property 'Last'"
    )]
    public void A_field_written_but_never_read_is_reported_as_information_and_kept(
        string members,
        string named
    )
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        var text = Class(members);
        project.Write("Sample.cs", text);

        var check = project.Check();
        var fix = project.Fix();

        var finding = check.Findings.Single();
        Assert.That(
            (finding.Code, finding.Severity, finding.Line),
            Is.EqualTo(("GW3004", FindingSeverity.Info, 7))
        );
        Assert.That(finding.Message, Does.Contain(named).And.Contain("never read"));
        Assert.That(fix.Findings.Select(f => f.Code), Is.EqualTo(new[] { "GW3004" }));
        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text));
    }

    [TestCase("    #pragma warning disable GW3003\n    private void Unused() { }\n")]
    [TestCase("    private void Unused() { } // groundwork: keep (called by the plugin host)\n")]
    [TestCase(
        "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"Groundwork\", \"GW3003\")]\n    private void Unused() { }\n"
    )]
    public void A_suppressed_GW3003_keeps_the_member(string members) =>
        Assert.That(Fixed(Class(members)), Is.EqualTo(Class(members)));

    [Test]
    public void SuppressMessage_on_the_type_NoWarn_and_editorconfig_keep_the_members()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        var suppressed =
            "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"Groundwork\", \"GW3003:Private member is unused\")]\npublic class Suppressed\n{\n    private void Unused() { }\n}\n";
        var plain = "public class Plain\n{\n    private void Unused() { }\n}\n";
        project.Write("Suppressed.cs", suppressed);
        project.Write("Plain.cs", plain);
        var config = project.Write(
            ".editorconfig",
            "root = true\n\n[*.cs]\ndotnet_diagnostic.GW3003.severity = none\n"
        );

        project.Fix(project.Build() with { NoWarn = "GW3003" });
        project.Fix(project.Build() with { AnalyzerConfigFiles = [config] });
        Assert.That(project.Read("Plain.cs"), Is.EqualTo(plain));
        project.Fix();

        Assert.That(project.Read("Suppressed.cs"), Is.EqualTo(suppressed));
        Assert.That(project.Read("Plain.cs"), Is.EqualTo("public class Plain\n{\n}\n"));
    }

    [TestCase("    [Obsolete] private void Attributed() { }\n", TestName = "An attribute")]
    [TestCase(
        "    [System.Text.Json.Serialization.JsonInclude]\n    private int Serialized { get; set; }\n",
        TestName = "A serializer's attribute"
    )]
    [TestCase(
        "    private int Accessor { [Obsolete] get => 1; }\n",
        TestName = "An attribute on an accessor"
    )]
    [TestCase(
        "    public object? Find() => GetType().GetMethod(\"ByReflection\", BindingFlags.NonPublic | BindingFlags.Instance);\n\n    private void ByReflection() { }\n",
        TestName = "The name in a string"
    )]
    [TestCase(
        "    public const string Name = nameof(Named);\n\n    private void Named() { }\n",
        TestName = "The name in nameof"
    )]
    [TestCase(
        "#if NEVER\n    public void Later() => Hidden();\n#endif\n\n    private void Hidden() { }\n",
        TestName = "The name in an inactive region"
    )]
    [TestCase(
        "    public void Call(dynamic target) => target.Late();\n\n    private void Late() { }\n",
        TestName = "A dynamic call"
    )]
    [TestCase(
        "    public object Make() => new Resource();\n\n    private sealed class Resource : IDisposable\n    {\n        void IDisposable.Dispose() { }\n    }\n",
        TestName = "An explicit interface implementation"
    )]
    [TestCase("    private static extern void Native();\n", TestName = "extern")]
    [TestCase("    private static void Main() { }\n", TestName = "Main")]
    [TestCase(
        "    private Sample(int x) { }\n\n    static Sample() { }\n\n    ~Sample() { }\n",
        TestName = "Constructors, static constructors, finalizers"
    )]
    [TestCase(
        "    private Sample(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) { }\n",
        TestName = "The serialization constructor"
    )]
    [TestCase(
        "    private bool ShouldSerializeSize() => true;\n\n    private void ResetSize() { }\n",
        TestName = "ShouldSerializeX and ResetX"
    )]
    [TestCase(
        "    private IEnumerator<int> GetEnumerator() { yield break; }\n\n    private void Dispose() { }\n\n    private void Add(int x) { }\n",
        TestName = "Pattern methods"
    )]
    [TestCase(
        "    private const string Reason = \"old\";\n\n    [Obsolete(Reason)]\n    public void Old() { }\n",
        TestName = "A const used only in an attribute argument"
    )]
    [TestCase(
        "    private static readonly int Registered = Register();\n\n    public static int Register() => 1;\n",
        TestName = "A field whose initializer does something"
    )]
    [TestCase(
        "    private void WithIf()\n    {\n#if DEBUG\n        Console.WriteLine();\n#endif\n    }\n",
        TestName = "A member that holds a directive"
    )]
    [TestCase(
        "    /// <summary>See <see cref=\"Helper\"/>.</summary>\n    public void Documented() { }\n\n    private void Helper() { }\n",
        TestName = "A cref in a used member's documentation"
    )]
    [TestCase(
        "    public Func<int> Get() => Compute;\n\n    private int Compute() => 1;\n",
        TestName = "A method group"
    )]
    [TestCase(
        "    public object Make() => new Helper();\n\n    private sealed class Helper { }\n",
        TestName = "A nested type used by new"
    )]
    [TestCase(
        "    [Marker]\n    public void Marked() { }\n\n    private sealed class MarkerAttribute : Attribute { }\n",
        TestName = "A nested attribute type used without its suffix"
    )]
    [TestCase(
        "    public int Get() => new Sample { Size = 2 }.Size;\n\n    private int Size { get; init; }\n",
        TestName = "A property set in an object initializer and read"
    )]
    [TestCase(
        "    public int Total => Counter.Count;\n\n    private static readonly List<int> Counter = new();\n",
        TestName = "A field read by a property"
    )]
    [TestCase(
        "    private protected void ForDerived() { }\n}\n\npublic class Derived : Sample\n{\n    public void Go() => ForDerived();\n",
        TestName = "private protected used by a derived type"
    )]
    [TestCase(
        "    public int Run() => 1;\n}\n\npublic static class Extensions\n{\n    public static int Use(this int i) => i.Twice();\n\n    private static int Twice(this int i) => i * 2;\n",
        TestName = "A private extension method"
    )]
    [TestCase(
        "    public int Run() => new Part().A + new Part().B;\n\n    private partial class Part\n    {\n        public int A;\n    }\n\n    private partial class Part\n    {\n        public int B;\n    }\n",
        TestName = "A private partial type declared in two parts"
    )]
    [TestCase(
        "    public Type Host => typeof(Extensions);\n\n    private static class Extensions\n    {\n        private static int GetValue(object source) => 12;\n    }\n",
        TestName = "Members of a type named in typeof, which reflection reads by convention (AutoMapper's GetValue for Value)"
    )]
    [TestCase(
        "    public Type[] Hosts => [typeof(Outer.Inner), typeof(Outer.Generic<>)];\n\n    private static class Outer\n    {\n        public static class Inner\n        {\n            private static int Hidden() => 1;\n        }\n\n        public static class Generic<T>\n        {\n            private static int Hidden() => 2;\n        }\n    }\n",
        TestName = "Members of a nested or generic type named in typeof"
    )]
    public void The_members_rule_keeps(string members) =>
        // An unused member beside them shows the rule ran.
        Assert.That(
            Fixed(Class(members + "\n    private static void Spare() { }\n")),
            Is.EqualTo(Class(members))
        );

    [Test]
    public void The_members_rule_keeps_the_members_of_a_type_named_in_typeof_through_a_using_alias()
    {
        const string Kept =
            "using System;\nusing Conventions = Extensions;\n\ninternal static class Extensions\n{\n    private static int GetValue(object source) => 12;\n}\n\npublic class Sample\n{\n    public Type Host => typeof(Conventions);\n";
        Assert.That(
            Fixed(Kept + "\n    private static void Spare() { }\n}\n"),
            Is.EqualTo(Kept + "}\n")
        );
    }

    [TestCase(
        "public partial class Sample\n{\n    private void InPartial() { }\n}\n",
        TestName = "Members of partial types"
    )]
    [TestCase(
        "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Sample.Tests\")]\n\npublic class Sample\n{\n    private protected void ForFriends() { }\n}\n",
        TestName = "private protected members of an assembly with InternalsVisibleTo"
    )]
    [TestCase(
        "[Serializable]\npublic class Sample\n{\n    private int _state;\n}\n",
        TestName = "Members of [Serializable] types"
    )]
    [TestCase(
        "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]\npublic class Sample\n{\n    private int _state;\n}\n",
        TestName = "Members of [StructLayout] types"
    )]
    [TestCase(
        "public struct Sample\n{\n    private int _state;\n    private int Auto { get; set; }\n}\n",
        TestName = "Instance fields and auto-properties of structs"
    )]
    [TestCase(
        "public record Sample(int X)\n{\n    private int _cache;\n}\n",
        TestName = "Instance fields of records"
    )]
    [TestCase(
        "public static class Sample\n{\n    extension(int i)\n    {\n        public int Twice => Double(i);\n\n        private static int Double(int x) => x * 2;\n\n        private static int Unused() => 0;\n    }\n}\n",
        TestName = "Members of extension blocks"
    )]
    [TestCase(
        "public interface ISample\n{\n    void Run();\n}\n\nfile class Sample : ISample\n{\n    public void Run() { }\n\n    internal void Helper() { }\n}\n",
        TestName = "Public members of file types"
    )]
    public void The_members_rule_keeps_whole_files(string text)
    {
        if (TestContext.CurrentContext.Test.Name == "Public members of file types")
        {
            // Helper, internal in a file type, is seen by its file only: it goes; Run implements ISample.
            Assert.That(
                Fixed(Usings + text),
                Is.EqualTo(Usings + text.Replace("\n\n    internal void Helper() { }", ""))
            );
            return;
        }
        Assert.That(Fixed(Usings + text), Is.EqualTo(Usings + text));
    }

    /// <summary>
    /// The shape of Dapper's SqlMapper: a partial class in many files, with a private partial type declared in
    /// several of them. Each part is one declaration of the same member; the members rule keeps partial types
    /// (another part may use anything) and still judges the other files.
    /// </summary>
    [Test]
    public void A_private_partial_type_declared_in_several_files_is_kept_and_the_other_files_are_judged()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        var first =
            Usings
            + "public static partial class Mapper\n{\n    public static object Read() => new Row();\n\n    private sealed partial class Row\n    {\n        public int Id;\n    }\n}\n";
        var second =
            Usings
            + "public static partial class Mapper\n{\n    private sealed partial class Row : IDisposable\n    {\n        public void Dispose() { }\n    }\n\n    private static void NeverCalled() { }\n}\n";
        project.Write("Mapper.cs", first);
        project.Write("Mapper.Row.cs", second);
        project.Write(
            "Sample.cs",
            Class("    public int Run() => 1;\n\n    private void Spare() { }\n")
        );

        var report = project.Fix();

        Assert.That(
            report.Findings.Where(f => f.Code != Findings.WriteOnlyMemberCode),
            Is.Empty,
            string.Join("\n", report.Findings)
        );
        Assert.That(project.Read("Mapper.cs"), Is.EqualTo(first));
        Assert.That(project.Read("Mapper.Row.cs"), Is.EqualTo(second));
        Assert.That(project.Read("Sample.cs"), Is.EqualTo(Class("    public int Run() => 1;\n")));
    }

    [Test]
    public void A_name_in_another_file_of_the_project_folder_keeps_the_member()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        var text = Class(
            "    private void OnClick(object sender, EventArgs e) { }\n\n    private void Unused() { }\n"
        );
        project.Write("Sample.cs", text);
        project.Write("Views/Main.xaml", "<Button Click=\"OnClick\" />\n");

        project.Fix();

        Assert.That(
            project.Read("Sample.cs"),
            Is.EqualTo(Class("    private void OnClick(object sender, EventArgs e) { }\n"))
        );
    }

    [Test]
    public void A_name_in_generated_code_keeps_the_member()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        var text = Class("    private static int Secret() => 42;\n");
        project.Write("Sample.cs", text);
        var generator = GeneratorTests.EmitGenerator(
            project,
            "AccessorGenerator",
            "output.AddSource(\"Access.g.cs\", \"public static class Access { public const string Target = \\\"Secret\\\"; }\");"
        );

        var report = project.Fix(project.Build() with { Analyzers = [generator] });

        Assert.That(report.Findings, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(project.Read("Sample.cs"), Is.EqualTo(text));
    }

    [Test]
    public void A_member_used_in_one_target_framework_only_stays_and_one_unused_in_all_goes()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        project.Write(
            "Sample.cs",
            Class(
                "    public void Run()\n    {\n#if NET8_0\n        Legacy();\n#endif\n    }\n\n    private void Legacy() { }\n\n    private void Unused() { }\n"
            )
        );

        project.Fix(project.Build("NET8_0"), project.Build("NET10_0"));

        Assert.That(
            project.Read("Sample.cs"),
            Is.EqualTo(
                Class(
                    "    public void Run()\n    {\n#if NET8_0\n        Legacy();\n#endif\n    }\n\n    private void Legacy() { }\n"
                )
            )
        );
    }

    [Test]
    public void Members_go_before_usings_so_a_using_only_a_removed_member_needed_goes_too()
    {
        using var project = new TestProject();
        project.Write(
            "Sample.cs",
            "using System.Text;\n\npublic class Sample\n{\n    public int Run() => 1;\n\n    private StringBuilder Make() => new();\n}\n"
        );

        project.Fix();

        Assert.That(
            project.Read("Sample.cs"),
            Is.EqualTo("public class Sample\n{\n    public int Run() => 1;\n}\n")
        );
    }

    [Test]
    public void Check_places_GW3003_on_the_lines_on_disk_after_locals_went_in_earlier_passes()
    {
        using var project = new TestProject();
        var text = Class(
            "    public int Run()\n    {\n        var a = 1;\n        var b = a;\n        return 2;\n    }\n\n    private int Unused() => 3;\n\n    private int _unread;\n\n    public void Set() => _unread = 4;\n"
        );
        project.Write("Sample.cs", text);

        var check = project.Check();

        Assert.That(
            check.Findings.Where(f => f.Code != "GW3001").Select(f => (f.Code, f.Line, f.Column)),
            Is.EquivalentTo(
                new[]
                {
                    ("GW3002", 9, 13),
                    ("GW3002", 10, 13),
                    ("GW3003", 14, 17),
                    ("GW3004", 16, 17),
                }
            )
        );
    }

    [Test]
    public void The_fixed_program_does_what_it_did()
    {
        const string program =
            "using System;\nusing System.Linq;\nusing System.Reflection;\n\npublic static class Sample\n{\n    [Obsolete]\n    private static int Marked = 5;\n\n    private static string Secret() => \"found\";\n\n    private static string Unused() => \"gone\";\n\n    public static string Run() =>\n        Type.GetType(\"Sample\")!.GetMethod(\"Secret\", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)\n        + \";\"\n        + Type.GetType(\"Sample\")!.GetFields(BindingFlags.NonPublic | BindingFlags.Static).Count(f => f.IsDefined(typeof(ObsoleteAttribute)));\n}\n";

        var rewritten = Fixed(program);

        Assert.That(
            rewritten,
            Does.Not.Contain("Unused").And.Contain("Secret()").And.Contain("Marked")
        );
        Assert.That(
            UnusedLocalTests.RunSample(rewritten),
            Is.EqualTo(UnusedLocalTests.RunSample(program)).And.EqualTo("found;1")
        );
    }

    [Test]
    public void A_member_removal_that_breaks_the_build_is_reverted_with_GW3900()
    {
        using var project = new TestProject();
        var path = project.Write(
            "Sample.cs",
            "public class Sample\n{\n    public int Run() => Used();\n\n    private int Used() => 1;\n}\n"
        );
        using var loader = new AnalyzerAssemblyLoader();
        var build = new CompilationFactory(new SourceFiles(), new GeneratorCatalog(loader)).Create(
            project.Build(),
            CancellationToken.None
        );
        var text = build.TreesByPath[path].GetText().ToString();
        var start = text.IndexOf("\n    private", StringComparison.Ordinal) + 1;
        var wrong = new MemberRemoval(
            path,
            [("method", "Used", start + 16)],
            [
                new Microsoft.CodeAnalysis.Text.TextChange(
                    new(start, text.IndexOf('}', start) - start),
                    ""
                ),
            ]
        );

        var (proven, reverted) = SafetyNet.Prove([build], [wrong], CancellationToken.None);

        Assert.That(proven, Is.Empty);
        Assert.That((reverted.Single().Code, reverted.Single().Line), Is.EqualTo(("GW3900", 5)));
        Assert.That(reverted.Single().Message, Does.Contain("'Used'").And.Contain("CS0103"));
    }

    [Test]
    public void A_GW3003_finding_keeps_the_stamp_unclean_and_GW3004_does_not()
    {
        using var project = new TestProject { Rules = DeadCodeRules.Members };
        project.Write(
            "Sample.cs",
            Class("    private int _last;\n\n    public void Set(int v) => _last = v;\n")
        );
        var stamp = project.PathOf("obj/groundwork/deadcode.stamp");
        Request(project, stamp);
        Assert.That(File.Exists(stamp), Is.True, "GW3004 alone is a clean run");

        project.Write("Sample.cs", Class("    private void Unused() { }\n"));
        var report = Request(project, stamp);

        Assert.That(report.Findings.Single().Code, Is.EqualTo("GW3003"));
        Assert.That(File.Exists(stamp), Is.False);
    }

    private static StageReport Request(TestProject project, string stamp) =>
        DeadCodeStage.Run(
            new DeadCodeRequest(
                [project.Build()],
                [project.PathOf("Sample.cs")],
                StageMode.Check,
                FindingSeverity.Error,
                project.Directory,
                StampFile: stamp,
                Rules: DeadCodeRules.Members
            ),
            CancellationToken.None
        );
}
