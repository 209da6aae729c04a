using DiffPlex;

namespace Groundwork.Cli.Diffs;

/// <summary>Splits text into lines that keep their line break, so a change of line ending is a change too.</summary>
public sealed class LineChunker : IChunker
{
    public IReadOnlyList<string> Chunk(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }
}
