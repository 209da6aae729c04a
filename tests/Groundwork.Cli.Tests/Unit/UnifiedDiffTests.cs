using Groundwork.Cli.Diffs;

namespace Groundwork.Cli.Tests.Unit;

public class UnifiedDiffTests
{
    [Test]
    public void Equal_texts_give_no_diff()
    {
        Assert.That(UnifiedDiff.Create("a/x", "b/x", "a\nb\n", "a\nb\n"), Is.Empty);
    }

    [Test]
    public void Distant_changes_get_their_own_hunks_with_three_lines_of_context()
    {
        var old = string.Concat(Enumerable.Range(1, 20).Select(i => $"line {i}\n"));
        var changed = old.Replace("line 2\n", "line two\n").Replace("line 19\n", "line nineteen\n");

        var diff = UnifiedDiff.Create("a/x", "b/x", old, changed);

        Assert.That(
            diff,
            Is.EqualTo(
                "--- a/x\n+++ b/x\n"
                    + "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
                    + "@@ -16,5 +16,5 @@\n line 16\n line 17\n line 18\n-line 19\n+line nineteen\n line 20\n"
            )
        );
    }

    [Test]
    public void Line_endings_are_part_of_a_line_and_a_missing_final_newline_is_marked()
    {
        var diff = UnifiedDiff.Create("a/x", "b/x", "a\r\nb", "a\nb\n");

        Assert.That(
            diff,
            Is.EqualTo(
                "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n-a\r\n-b\n\\ No newline at end of file\n+a\n+b\n"
            )
        );
    }
}
