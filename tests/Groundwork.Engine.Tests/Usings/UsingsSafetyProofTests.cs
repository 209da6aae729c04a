using Groundwork.Engine.Usings;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.Usings;

public class UsingsSafetyProofTests
{
    private const string Original =
        "// header\nusing Zeta; // z\n// about alpha\nusing Alpha;\n#if DEBUG\nusing Delta;\n#endif\nusing Beta;\nclass C { int x; }\n";

    private static UsingsSafetyProof.Violation? Check(string rewritten) =>
        UsingsSafetyProof.Check(
            CSharpSyntaxTree.ParseText(Original),
            CSharpSyntaxTree.ParseText(rewritten)
        );

    [Test]
    public void Accepts_a_reordering_with_comments_travelling_and_blank_lines_changed()
    {
        Assert.That(
            Check(
                "// header\n// about alpha\nusing Alpha;\n\nusing Zeta; // z\n#if DEBUG\nusing Delta;\n#endif\nusing Beta;\nclass C { int x; }\n"
            ),
            Is.Null
        );
    }

    [Test]
    public void Rejects_a_using_moved_across_an_if_directive()
    {
        var violation = Check(
            "// header\nusing Zeta; // z\n// about alpha\nusing Alpha;\nusing Beta;\n#if DEBUG\nusing Delta;\n#endif\nclass C { int x; }\n"
        );

        Assert.That(violation, Is.Not.Null);
        Assert.That(violation!.Value.Reason, Does.Contain("moved across"));
    }

    [Test]
    public void Rejects_a_changed_line_of_code()
    {
        var violation = Check(
            "// header\nusing Zeta; // z\n// about alpha\nusing Alpha;\n#if DEBUG\nusing Delta;\n#endif\nusing Beta;\nclass C { int y; }\n"
        );

        Assert.That(
            violation,
            Is.EqualTo(
                new UsingsSafetyProof.Violation(
                    9,
                    "a line that is not a using directive or a comment changed or moved"
                )
            )
        );
    }

    [Test]
    public void Rejects_a_lost_or_doubled_using()
    {
        Assert.That(
            Check(
                "// header\nusing Zeta; // z\n// about alpha\nusing Alpha;\n#if DEBUG\nusing Delta;\n#endif\nusing Alpha;\nclass C { int x; }\n"
            )?.Reason,
            Does.Contain("lost, doubled")
        );
    }

    [Test]
    public void Rejects_a_trailing_comment_that_left_its_using()
    {
        Assert.That(
            Check(
                "// header\nusing Zeta;\n// about alpha\nusing Alpha; // z\n#if DEBUG\nusing Delta;\n#endif\nusing Beta;\nclass C { int x; }\n"
            )?.Reason,
            Does.Contain("line changed")
        );
    }

    [Test]
    public void Rejects_a_lost_comment()
    {
        Assert.That(
            Check(
                "// header\nusing Zeta; // z\nusing Alpha;\n#if DEBUG\nusing Delta;\n#endif\nusing Beta;\nclass C { int x; }\n"
            )?.Reason,
            Does.Contain("comment was lost")
        );
    }

    [Test]
    public void Rejects_a_using_moved_across_an_ignore_marker()
    {
        var original =
            "using B;\n// groundwork-ignore-start\nusing A;\n// groundwork-ignore-end\nclass C { }\n";
        var moved =
            "using A;\nusing B;\n// groundwork-ignore-start\n// groundwork-ignore-end\nclass C { }\n";

        Assert.That(
            UsingsSafetyProof.Check(
                CSharpSyntaxTree.ParseText(original),
                CSharpSyntaxTree.ParseText(moved)
            ),
            Is.Not.Null
        );
    }

    [Test]
    public void Rejects_a_using_moved_into_another_namespace()
    {
        var original = "using B;\nnamespace N\n{\n    using A;\n}\n";
        var moved = "using A;\nnamespace N\n{\n    using B;\n}\n";

        Assert.That(
            UsingsSafetyProof.Check(
                CSharpSyntaxTree.ParseText(original),
                CSharpSyntaxTree.ParseText(moved)
            ),
            Is.Not.Null
        );
    }
}
