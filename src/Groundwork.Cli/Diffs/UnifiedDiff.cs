using System.Text;
using DiffPlex;

namespace Groundwork.Cli.Diffs;

/// <summary>
/// Prints a change as a unified diff (<c>diff -u</c>, <c>git diff</c>): DiffPlex finds the changed line
/// blocks, this groups them into hunks with three lines of context.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldLabel, string newLabel, string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, false, false, new LineChunker());
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;
        var output = new StringBuilder();
        if (result.DiffBlocks.Count == 0)
            return "";
        output.Append("--- ").Append(oldLabel).Append('\n');
        output.Append("+++ ").Append(newLabel).Append('\n');

        var blocks = result.DiffBlocks;
        var first = 0;
        while (first < blocks.Count)
        {
            // Blocks closer than twice the context share a hunk.
            var last = first;
            while (
                last + 1 < blocks.Count
                && blocks[last + 1].DeleteStartA
                    - (blocks[last].DeleteStartA + blocks[last].DeleteCountA)
                    <= 2 * Context
            )
                last++;

            var oldStart = Math.Max(0, blocks[first].DeleteStartA - Context);
            var newStart = Math.Max(0, blocks[first].InsertStartB - Context);
            var oldEnd = Math.Min(
                oldLines.Count,
                blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context
            );
            var newEnd = Math.Min(
                newLines.Count,
                blocks[last].InsertStartB + blocks[last].InsertCountB + Context
            );
            output.Append(
                $"@@ -{Range(oldStart, oldEnd - oldStart)} +{Range(newStart, newEnd - newStart)} @@\n"
            );

            var position = oldStart;
            for (var b = first; b <= last; b++)
            {
                var block = blocks[b];
                for (; position < block.DeleteStartA; position++)
                    Line(output, ' ', oldLines[position]);
                for (var i = 0; i < block.DeleteCountA; i++)
                    Line(output, '-', oldLines[block.DeleteStartA + i]);
                for (var i = 0; i < block.InsertCountB; i++)
                    Line(output, '+', newLines[block.InsertStartB + i]);
                position = block.DeleteStartA + block.DeleteCountA;
            }
            for (; position < oldEnd; position++)
                Line(output, ' ', oldLines[position]);
            first = last + 1;
        }
        return output.ToString();
    }

    private static string Range(int start, int count) =>
        count == 0 ? $"{start},0"
        : count == 1 ? $"{start + 1}"
        : $"{start + 1},{count}";

    private static void Line(StringBuilder output, char marker, string line)
    {
        // Lines keep their own line break (\r\n stays \r\n), so the diff applies to the file as it is.
        output.Append(marker).Append(line);
        if (!line.EndsWith('\n'))
            output.Append("\n\\ No newline at end of file\n");
    }
}
