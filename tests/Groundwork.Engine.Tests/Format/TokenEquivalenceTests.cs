using Groundwork.Engine.Format;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.Format;

public class TokenEquivalenceTests
{
    private static int Difference(string a, string b) =>
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
        Assert.That(Difference(a, b), Is.EqualTo(0));

    [TestCase("class C { int x; }", "class C { long x; }")]
    [TestCase("var t = typeof(int[,]);", "var t = typeof(int[]);")]
    [TestCase("using A;\nusing B;", "using B;\nusing A;")]
    [TestCase("#if X\nint a;\n#endif\nint b;", "int b;\n#if X\nint a;\n#endif")]
    [TestCase("#if DEBUG\nclass A { int x; }\n#endif", "#if DEBUG\nclass A { }\n#endif")]
    [TestCase("var s = \"a  b\";", "var s = \"a b\";")]
    public void Refuses_changes_of_code(string a, string b) =>
        Assert.That(Difference(a, b), Is.GreaterThan(0));
}
