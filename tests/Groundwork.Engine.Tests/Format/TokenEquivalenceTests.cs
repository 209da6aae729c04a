using Groundwork.Engine.Format;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.Format;

public class TokenEquivalenceTests
{
    private static TokenDifference? Difference(string a, string b) =>
        TokenEquivalence.FirstDifference(
            CSharpSyntaxTree.ParseText(a, FormatRewriter.ParseOptions),
            CSharpSyntaxTree.ParseText(b, FormatRewriter.ParseOptions)
        );

    [TestCase("class C{int x;}", "class C\n{\n    int x; // note\n}\n")]
    [TestCase("enum E { A, B }", "enum E\n{\n    A,\n    B,\n}")]
    [TestCase("var x = new[] { 1, 2 };", "var x = new[] { 1, 2, };")]
    [TestCase("int[] x = [1, 2];", "int[] x = [1, 2,];")]
    [TestCase("var s = \"\"\"\n    a\n    \"\"\";", "var s = \"\"\"\n        a\n        \"\"\";")]
    public void Accepts_changes_of_trivia_and_optional_trailing_commas(string a, string b) =>
        Assert.That(Difference(a, b), Is.Null);

    [TestCase("class C { readonly static int x; }", "class C { static readonly int x; }")]
    [TestCase("class C { internal protected C() { } }", "class C { protected internal C() { } }")]
    [TestCase(
        "class C { int P { get; internal protected set; } }",
        "class C { int P { get; protected internal set; } }"
    )]
    [TestCase("void M() { async static Task L() { } }", "void M() { static async Task L() { } }")]
    [TestCase("var f = async static x => x;", "var f = static async x => x;")]
    [TestCase("#if X\nreadonly static int x;\n#endif", "#if X\nstatic readonly int x;\n#endif")]
    [TestCase(
        "#if X\nasync static Task M() { }\n#endif",
        "#if X\nstatic async Task M() { }\n#endif"
    )]
    public void Accepts_modifiers_in_another_order(string a, string b) =>
        Assert.That(Difference(a, b), Is.Null);

    [TestCase(
        "var s = $\"\"\"\n  a {x}\n    b\n  \"\"\";",
        "var s = $\"\"\"\n        a {x}\n          b\n        \"\"\";"
    )]
    [TestCase("var s = $$\"\"\"\n{{x}}\n\"\"\";", "var s = $$\"\"\"\n    {{x}}\n    \"\"\";")]
    [TestCase(
        "#if X\nvar s = $\"{await t,5:x}\";\n#endif",
        "#if X\nvar s = $\"{await t, 5:x}\";\n#endif"
    )]
    [TestCase(
        "#if X\nvar s = $\"\"\"\n  a {x}\n  \"\"\";\n#endif",
        "#if X\nvar s = $\"\"\"\n      a {x}\n      \"\"\";\n#endif"
    )]
    public void Accepts_strings_whose_value_is_unchanged(string a, string b) =>
        Assert.That(Difference(a, b), Is.Null);

    [TestCase("class C { int x; }", "class C { long x; }")]
    [TestCase("var t = typeof(int[,]);", "var t = typeof(int[]);")]
    [TestCase("using A;\nusing B;", "using B;\nusing A;")]
    [TestCase("#if X\nint a;\n#endif\nint b;", "int b;\n#if X\nint a;\n#endif")]
    [TestCase("#if DEBUG\nclass A { int x; }\n#endif", "#if DEBUG\nclass A { }\n#endif")]
    [TestCase("var s = \"a  b\";", "var s = \"a b\";")]
    [TestCase("class C { static int x; }", "class C { const int x; }")]
    [TestCase("class C { static readonly int x; }", "class C { static int x; }")]
    [TestCase("class C { public static int x; }", "class C { static public int x; int y; }")]
    [TestCase(
        "#if X\npublic ref readonly int M() => ref x;\n#endif",
        "#if X\npublic readonly ref int M() => ref x;\n#endif"
    )]
    [TestCase("void M(scoped ref int x) { }", "void M(ref scoped int x) { }")]
    [TestCase(
        "var s = $\"\"\"\n  a {x}\n    b\n  \"\"\";",
        "var s = $\"\"\"\n  a {x}\n  b\n  \"\"\";"
    )]
    [TestCase("#if X\nvar s = $\"{a,5:x}\";\n#endif", "#if X\nvar s = $\"{a,5:y}\";\n#endif")]
    [TestCase("#if X\nvar s = $\"{a}\";\n#endif", "#if X\nvar s = $\"{b}\";\n#endif")]
    public void Refuses_changes_of_code(string a, string b) =>
        Assert.That(Difference(a, b), Is.Not.Null);

    [Test]
    public void Names_the_first_difference_where_it_is()
    {
        var difference = Difference(
            "class C\n{\n    int x;\n    int y;\n}\n",
            "class C\n{\n    int x;\n    long y;\n}\n"
        );

        Assert.That(difference, Is.Not.Null);
        Assert.That((difference!.Line, difference.Column), Is.EqualTo((4, 5)));
        Assert.That(
            difference.Describe(),
            Is.EqualTo("CSharpier's output has 'long' where the file has 'int'")
        );
    }

    [Test]
    public void Names_a_difference_in_an_inactive_branch_at_its_own_line()
    {
        var difference = Difference(
            "class C\n{\n#if X\n    int a;\n    int b;\n#endif\n}\n",
            "class C\n{\n#if X\n    int a;\n    int b, c;\n#endif\n}\n"
        );

        Assert.That((difference!.Line, difference.Column), Is.EqualTo((5, 10)));
        Assert.That(difference.Describe(), Does.Contain("',' where the file has ';'"));
    }

    [Test]
    public void Names_a_string_whose_value_only_the_symbols_of_an_if_reveal()
    {
        // Where X is not defined the '#' line is a directive, and moving it is layout; where X is defined it is
        // string content. Only a parse under X sees the change (CSharpier 1.3.0 makes it).
        const string Original =
            "class C\n{\n#if X\n    string s = @\"\n        #nullable enable\n\";\n#endif\n}\n";
        var moved = Original.Replace("        #nullable", "#nullable", StringComparison.Ordinal);
        var parse = (string text) => CSharpSyntaxTree.ParseText(text, FormatRewriter.ParseOptions);

        var inactiveOnly = TokenEquivalence.FirstDifference(parse(Original), parse(moved));
        var anyBranch = TokenEquivalence.FirstDifferenceInAnyBranch(
            parse(Original),
            parse(moved),
            CancellationToken.None
        );

        Assert.That(inactiveOnly, Is.Null, "the text as it is parsed by default hides the change");
        Assert.That((anyBranch!.Line, anyBranch.Column), Is.EqualTo((4, 16)));
    }

    [Test]
    public void Names_a_changed_line_ending_inside_a_long_verbatim_string_where_it_is()
    {
        var difference = Difference(
            "var s = @\"a line long enough to be cut short\r\nsecond\";",
            "var s = @\"a line long enough to be cut short\nsecond\";"
        );

        Assert.That(
            difference!.Describe(),
            Is.EqualTo(
                "CSharpier's output has '... cut short\\nsecond\"' where the file has '... cut short\\r\\nsecond\"'"
            )
        );
    }

    [Test]
    public void Names_a_dropped_token()
    {
        var difference = Difference("class C { int x; }\nclass D { }", "class C { int x; }");

        Assert.That((difference!.Line, difference.Column), Is.EqualTo((2, 1)));
        Assert.That(difference.Describe(), Is.EqualTo("CSharpier's output drops 'class'"));
    }
}
