using Groundwork.Engine.DeadCode;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.Tests.DeadCode;

public class UsingRemoverTests
{
    /// <summary>Each case marks the directive to remove with [[ ]].</summary>
    [TestCase("[[using A;]]\nusing B;\n", "using B;\n")]
    [TestCase("using A;\n[[using B;]]\n\nclass C { }\n", "using A;\n\nclass C { }\n")]
    [TestCase("[[using A;]]\n\nclass C { }\n", "class C { }\n")]
    [TestCase("// header\n\n[[using A;]]\n\nclass C { }\n", "// header\n\nclass C { }\n")]
    [TestCase("[[using A;]] // why\r\nusing B;\r\n", "using B;\r\n")]
    [TestCase("using B; [[using A;]]\n", "using B; \n")]
    [TestCase(
        "namespace N\n{\n    [[using A;]]\n\n    class C { }\n}\n",
        "namespace N\n{\n    class C { }\n}\n"
    )]
    [TestCase("#if DEBUG\n[[using A;]]\n#endif\nclass C { }", "#if DEBUG\n#endif\nclass C { }")]
    [TestCase("using A;\n[[using B;]]", "using A;\n")]
    public void Removes_the_directive_with_its_own_line_and_keeps_the_layout(
        string marked,
        string expected
    )
    {
        var start = marked.IndexOf("[[", StringComparison.Ordinal);
        var text = marked.Replace("[[", "").Replace("]]", "");
        var end = marked.IndexOf("]]", StringComparison.Ordinal) - 2;

        var result = UsingRemover.Apply(text, [TextSpan.FromBounds(start, end)]);

        Assert.That(result, Is.EqualTo(expected));
    }

    [Test]
    public void Removes_several_directives_of_one_block()
    {
        var text = "using A;\nusing B;\nusing C;\n\nclass X { }\n";
        var a = new TextSpan(0, 8);
        var b = new TextSpan(9, 8);
        var c = new TextSpan(18, 8);

        Assert.That(UsingRemover.Apply(text, [a, b, c]), Is.EqualTo("class X { }\n"));
        Assert.That(UsingRemover.Apply(text, [a, c]), Is.EqualTo("using B;\n\nclass X { }\n"));
    }
}
