using CSharpier.Core;
using CSharpier.Core.CSharp;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.Format;

public class FormatRewriterTests
{
    private static readonly FormatRewriter Rewriter = new(new CSharpierOptionsProvider());

    private static string Formatted(string text)
    {
        var result = Rewriter.Rewrite("/virtual/File.cs", text, CancellationToken.None);
        Assert.That(result.Findings, Is.Empty, "unexpected findings");
        return result.NewText ?? text;
    }

    private static string CSharpier(string text) =>
        CSharpFormatter.Format(text, new CodeFormatterOptions()).Code;

    [Test]
    public void Keeps_the_order_of_using_directives_and_formats_the_rest()
    {
        var input = "using Zeta;\nusing   System.Text ;\nusing Alpha;\nclass C{int  x;}\n";

        var output = Formatted(input);

        Assert.That(
            output,
            Is.EqualTo(
                "using Zeta;\nusing System.Text;\nusing Alpha;\n\nclass C\n{\n    int x;\n}\n"
            )
        );
        Assert.That(
            CSharpier(output),
            Is.EqualTo(CSharpier(input)),
            "differs from CSharpier by more than the using order"
        );
    }

    [Test]
    public void Equals_CSharpier_when_the_usings_are_already_in_its_order()
    {
        var input =
            "// header\nusing System;\nusing System.IO;\nusing Alpha;\nnamespace N{class C{void M(){if(true){return;}}}}\n";

        Assert.That(Formatted(input), Is.EqualTo(CSharpier(input)));
    }

    [Test]
    public void Comments_stay_with_their_directive_and_the_header_stays_on_top()
    {
        var input =
            "// licence   \n#nullable enable\nusing Zeta; // why zeta\n// about beta\nusing Beta;\nclass C{}\n";

        var output = Formatted(input);

        Assert.That(
            output,
            Does.StartWith(
                "// licence\n#nullable enable\nusing Zeta; // why zeta\n// about beta\nusing Beta;\n\nclass C { }"
            )
        );
    }

    [Test]
    public void Keeps_blank_lines_between_using_groups_for_the_Usings_stage()
    {
        var input = "using System;\n\n\nusing Alpha;\nclass C{}\n";

        Assert.That(Formatted(input), Is.EqualTo("using System;\n\nusing Alpha;\n\nclass C { }\n"));
    }

    [Test]
    public void Never_moves_a_using_across_an_if_directive()
    {
        var input =
            "using System.Text;\n#if NET8_0\n  using System.Buffers;\n#endif\nusing Zeta;\nnamespace N\n{\nclass C{}\n}\n";

        var output = Formatted(input);

        Assert.That(
            output,
            Does.StartWith(
                "using System.Text;\n#if NET8_0\nusing System.Buffers;\n#endif\nusing Zeta;\n\nnamespace N\n{\n    class C { }\n}"
            )
        );
    }

    [Test]
    public void Keeps_a_region_around_some_usings_intact()
    {
        var input = "using Zeta;\n#region r\nusing Beta;\n#endregion\nusing Alpha;\nclass C{}\n";

        var output = Formatted(input);

        Assert.That(
            output,
            Is.EqualTo(
                "using Zeta;\n#region r\nusing Beta;\n#endregion\nusing Alpha;\n\nclass C { }\n"
            )
        );
    }

    [Test]
    public void Lays_out_the_usings_of_a_namespace_in_their_own_order()
    {
        var input = "namespace N {\n  using Y;\n      using X;\n  class C {}\n}\n";

        Assert.That(
            Formatted(input),
            Is.EqualTo("namespace N\n{\n    using Y;\n    using X;\n\n    class C { }\n}\n")
        );
    }

    [Test]
    public void An_inactive_branch_after_the_usings_is_laid_out_as_CSharpier_does()
    {
        var input = "using B;\n#if DEBUG\n   using A;\n#endif\nclass C{}\n";

        Assert.That(Formatted(input), Is.EqualTo(CSharpier(input)));
    }

    [Test]
    public void Leaves_csharpier_ignore_regions_among_usings_as_they_are()
    {
        var input =
            "using Zeta;\n// csharpier-ignore-start\nusing   Yy;\nusing Xx;\n// csharpier-ignore-end\nusing Alpha;\nclass C{}\n";

        Assert.That(
            Formatted(input),
            Does.StartWith(
                "using Zeta;\n// csharpier-ignore-start\nusing   Yy;\nusing Xx;\n// csharpier-ignore-end\nusing Alpha;\n"
            )
        );
    }

    [Test]
    public void Adds_trailing_commas_as_CSharpier_does()
    {
        var input = "enum E { A, B,\n C }\n";

        Assert.That(Formatted(input), Is.EqualTo(CSharpier(input)));
        Assert.That(Formatted(input), Does.Contain("C,"));
    }

    [Test]
    public void Keeps_crlf_line_endings()
    {
        var input = "using Zeta;\r\nusing Alpha;\r\nclass C{int x;}\r\n";

        var output = Formatted(input);

        Assert.That(output.Replace("\r\n", ""), Does.Not.Contain("\n"));
        Assert.That(output, Does.StartWith("using Zeta;\r\nusing Alpha;\r\n\r\nclass C\r\n"));
    }

    [TestCase(
        "class C\r\n{\r\n  string s = @\"a\nb\";\r\n}\r\n",
        "    string s =\r\n        @\"a\nb\";\r\n",
        TestName = "A verbatim string with LF in a CRLF file"
    )]
    [TestCase(
        "class C\n{\n  string s = @\"a\r\nb\";\n}\n",
        "    string s =\n        @\"a\r\nb\";\n",
        TestName = "A verbatim string with CRLF in an LF file"
    )]
    [TestCase(
        "class C\r\n{\r\nvoid M() {\r\n        var s = \"\"\"\n            one\n            two\n            \"\"\";\r\n}\r\n}\r\n",
        "        var s = \"\"\"\n            one\n            two\n            \"\"\";\r\n",
        TestName = "A raw string with LF in a CRLF file"
    )]
    [TestCase(
        "class C\r\n{\r\nstring M(int x) {\r\n        return $\"\"\"\n            {x}\n            next\n            \"\"\";\r\n}\r\n}\r\n",
        "        return $\"\"\"\n            {x}\n            next\n            \"\"\";\r\n",
        TestName = "An interpolated raw string with LF in a CRLF file"
    )]
    public void A_string_keeps_its_own_line_endings_where_CSharpier_would_change_its_value(
        string input,
        string expectedLine
    )
    {
        var output = Formatted(input);

        Assert.That(output, Does.Contain(expectedLine));
        Assert.That(output, Is.Not.EqualTo(input), "the rest is formatted");
        Assert.That(
            CSharpier(input),
            Does.Not.Contain(expectedLine),
            "CSharpier changes the string's line endings"
        );
        Assert.That(
            Rewriter.Rewrite("/virtual/File.cs", output, CancellationToken.None),
            Is.EqualTo(RewriteResult.Unchanged)
                .Using<RewriteResult>(
                    (a, b) => a.NewText == b.NewText && a.Findings.Count == b.Findings.Count
                ),
            "a second run changes nothing"
        );
    }

    [Test]
    public void Is_idempotent()
    {
        var input =
            "using Zeta;\n#if X\nusing Y;\n#endif\nusing Alpha;\nnamespace N{using Q;using P;class C{void M(){var x=new[]{1,2};}}}\n";

        var once = Formatted(input);

        Assert.That(Formatted(once), Is.EqualTo(once));
    }

    [Test]
    public void Refuses_csharpiers_output_when_it_drops_code()
    {
        // CSharpier 1.3.0 drops the interface name of an explicit interface conversion operator.
        var input =
            "interface I<T> where T : I<T> { static abstract explicit operator string(T t); }\nclass C : I<C> { static explicit I<C>.operator string(C c) => \"\"; }\n";

        var result = Rewriter.Rewrite("/virtual/File.cs", input, CancellationToken.None);

        Assert.That(result.NewText, Is.Null);
        var finding = result.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.UnsafeRewriteCode));
        Assert.That((finding.Line, finding.Column), Is.EqualTo((2, 34)), "at the dropped 'I'");
        Assert.That(finding.Message, Does.Contain("has 'operator' where the file has 'I'"));
    }

    // Each of these was refused with GW0002 on real libraries: CSharpier's own, meaning-preserving changes.
    [TestCase("class C { private readonly static int X = 1; }")]
    [TestCase(
        "class B { protected internal B(string s) { } }\nclass C : B { internal protected C(string s) : base(s) { } }"
    )]
    [TestCase(
        "class C { private async static System.Threading.Tasks.Task<T> ThrowAsync<T>() => throw null; }"
    )]
    [TestCase(
        "unsafe struct S { public unsafe static void M() { } new public string ToString() => \"\"; }"
    )]
    [TestCase("class C { void M() { async static System.Threading.Tasks.Task L() { } } }")]
    [TestCase("class C { System.Func<int,int> F = static   async x => x; }")]
    [TestCase("#if NEVER\nclass C { readonly static int X; }\n#endif\nclass D { }\n")]
    [TestCase("class C { string M(int x) => $\"\"\"\n  a {x}\n    b\n  \"\"\"; }")]
    [TestCase("class C { string M(int x) => $$\"\"\"\n   {\"k\": {{x}} }\n   \"\"\"; }")]
    [TestCase("class C { string S = \"\"\"\"\n  say \"\"\"hi\"\"\"\n  \"\"\"\"; }")]
    [TestCase(
        "class C {\n#if NEVER\n  async void M(System.Threading.Tasks.Task<int> t) { var s = $\"{await t,5:x}\"; }\n#endif\n}\n"
    )]
    public void Formats_what_CSharpier_changes_without_changing_meaning(string input)
    {
        var result = Rewriter.Rewrite("/virtual/File.cs", input, CancellationToken.None);

        Assert.That(result.Findings, Is.Empty);
        Assert.That(result.NewText, Is.EqualTo(CSharpier(input)));
    }

    [Test]
    public void Puts_each_using_directive_of_a_line_on_its_own_line_in_the_same_order()
    {
        var input =
            "using System.Linq; using System; using static System.Console; // why\nclass C { }\n";

        var output = Formatted(input);

        Assert.That(
            output,
            Is.EqualTo(
                "using System.Linq;\nusing System;\nusing static System.Console; // why\n\nclass C { }\n"
            )
        );
        Assert.That(Formatted(output), Is.EqualTo(output));
    }

    [TestCase(
        "// licence\n#if NET4X\nusing Zeta;\nusing System;\n\nnamespace N\n{\n    using B;\n    using A;\n  class C{}\n}\n#endif\n"
    )]
    [TestCase("#if !NET4X\nusing Zeta;\nusing System;\nclass C{}\n#endif\n")]
    [TestCase(
        "#if NET4X\n#region Usings\nusing Zeta;\nusing System;\n#endregion\nclass C{}\n#endif\n"
    )]
    public void Keeps_the_order_of_usings_in_a_file_wrapped_in_an_if(string input)
    {
        // CSharpier formats the wrapped branch under NET4X and sorts its usings there; Format must not.
        var output = Formatted(input);

        Assert.That(output, Does.Match("(?s)Zeta;.*System;"));
        Assert.That(CSharpier(output), Is.EqualTo(CSharpier(input)));
        Assert.That(Formatted(output), Is.EqualTo(output));
    }

    [Test]
    public void A_define_above_the_usings_is_seen_by_CSharpier()
    {
        // With the #define hidden in the using block, CSharpier would format the #else branch it makes dead.
        var input =
            "#define TRACE\nusing System;\nclass C {\n#if TRACE\n  void A() { }\n#else\n     void   B( ) { }\n#endif\n}\n";

        Assert.That(Formatted(input), Is.EqualTo(CSharpier(input)));
    }

    [Test]
    public void Reports_a_syntax_error_of_an_inactive_branch_at_its_line_in_the_file()
    {
        // CSharpier parses the X branch of its own, longer output; the error is on line 3 of the file.
        var input =
            "class C { void A() { int x = 1; int y = 2; if (x > y) { x = y; } } void B() { }\n#if X\n    void M( { }\n#endif\n}\n";

        var result = Rewriter.Rewrite("/virtual/File.cs", input, CancellationToken.None);

        var finding = result.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.SyntaxErrorCode));
        Assert.That((finding.Line, finding.Column), Is.EqualTo((3, 13)));
        Assert.That(finding.Message, Does.Contain("when X is defined"));
    }

    [Test]
    public void Formats_a_file_based_program_as_CSharpier_does()
    {
        var input =
            "#:package Newtonsoft.Json@13.0.3\n#:property Nullable=enable\nusing System;\nConsole.WriteLine( 1 );\n";

        var result = Rewriter.Rewrite("/virtual/app.cs", input, CancellationToken.None);

        Assert.That(result.Findings, Is.Empty);
        Assert.That(result.NewText, Is.EqualTo(CSharpier(input)));
    }

    // One diagnostic on one line, at the problem's place in the config file (MSBuild counted a JSON error
    // split over two lines as two errors, with no position, and the reader's own line counted from zero).
    [TestCase(".csharpierrc.json", "{\n  \"printWidth\": 70\n  \"useTabs\": true\n}", "(3,3)")]
    [TestCase(".csharpierrc.yaml", "printWidth: 70\nuseTabs: maybe\n", "(2,10)")]
    [TestCase(".csharpierrc", "printWidth: 70\nendOfLine: cr\n", "(2,12)")]
    public void A_broken_csharpierrc_is_one_GW0006_at_the_line_and_column_of_the_problem(
        string name,
        string content,
        string position
    )
    {
        using var folder = new TempFolder();
        var config = folder.Write(name, System.Text.Encoding.UTF8.GetBytes(content));

        var result = Rewriter.Rewrite(
            Path.Combine(folder.Path, "File.cs"),
            "class C{}\n",
            CancellationToken.None
        );

        Assert.That(result.NewText, Is.Null);
        var text = result.Findings.Single().ToString();
        Assert.That(text, Does.StartWith($"{config}{position}: error GW0006: "));
        Assert.That(text, Does.Not.Contain('\n').And.Not.Contain('\r'));
    }

    [Test]
    public void Reports_a_syntax_error_with_its_line_and_leaves_the_file()
    {
        var input = "class C\n{\n    void M( { }\n}\n";

        var result = Rewriter.Rewrite("/virtual/File.cs", input, CancellationToken.None);

        Assert.That(result.NewText, Is.Null);
        var finding = result.Findings.Single();
        Assert.That(finding.Code, Is.EqualTo(Findings.SyntaxErrorCode));
        Assert.That(finding.Line, Is.EqualTo(3));
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
    }

    [Test]
    public void A_formatted_file_is_unchanged()
    {
        var input = CSharpier("namespace N{class C{int x;}}");

        var result = Rewriter.Rewrite("/virtual/File.cs", input, CancellationToken.None);

        Assert.That(result.NewText, Is.Null);
        Assert.That(result.Findings, Is.Empty);
    }

    [TestCase("#if A\nclass C {\n#else\nclass C : System.Exception {\n#endif\n  int x;\n}\n")]
    [TestCase("class C {\n#if A\n  void M() { } }\n#else\n  void N() { }\n}\n#endif\n")]
    [TestCase(
        "class C {\n  void M() {\n#if A\n    Foo(1,\n#else\n    Foo(2,\n#endif\n      3);\n  }\n}\n"
    )]
    public void A_file_that_parses_differently_under_each_symbol_keeps_every_branch(string input)
    {
        var output = Formatted(input);

        // The proof lexes inactive branches; parsing with A defined checks the other branch as real syntax too.
        Assert.That(Difference(input, output, FormatRewriter.ParseOptions), Is.Null);
        Assert.That(
            Difference(input, output, FormatRewriter.ParseOptions.WithPreprocessorSymbols("A")),
            Is.Null
        );
    }

    private static TokenDifference? Difference(string a, string b, CSharpParseOptions options) =>
        TokenEquivalence.FirstDifference(
            CSharpSyntaxTree.ParseText(a, options),
            CSharpSyntaxTree.ParseText(b, options)
        );
}
