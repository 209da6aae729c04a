using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Removes using directives from a file's text and nothing else: a directive alone on its line goes with its
/// line (and a comment that ends that line); a directive that shares its line with other code goes alone. When
/// the removal leaves two blank lines in a row, or a blank line at the top of a block, one of them goes too.
/// </summary>
public static class UsingRemover
{
    public static string Apply(string text, IEnumerable<TextSpan> directives)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var span in directives.OrderBy(s => s.Start))
        {
            var lineStart = LineStart(text, span.Start);
            var lineEnd = LineEnd(text, span.End);
            var before = text[lineStart..span.Start];
            var after = text[span.End..lineEnd].Trim();
            var ownLine =
                string.IsNullOrWhiteSpace(before)
                && (after.Length == 0 || after.StartsWith("//", StringComparison.Ordinal));
            if (ownLine)
            {
                ranges.Add((lineStart, NextLineStart(text, lineEnd)));
            }
            else
            {
                var end = span.End;
                while (end < text.Length && text[end] is ' ' or '\t')
                    end++;
                ranges.Add((span.Start, end));
            }
        }

        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            else
                merged.Add(range);
        }

        var result = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, rangeEnd) in merged)
        {
            var end = rangeEnd;
            var wholeLines =
                start == LineStart(text, start) && (end == text.Length || text[end - 1] == '\n');
            if (wholeLines && end < text.Length && IsBlankLine(text, end))
            {
                var previousIsBlankOrOpening =
                    start == 0
                    || IsBlankLine(text, LineStart(text, start - 1))
                    || LastNonWhitespace(text, start - 1) == '{';
                if (previousIsBlankOrOpening)
                    end = NextLineStart(text, LineEnd(text, end));
            }
            result.Append(text, position, start - position);
            position = end;
        }
        result.Append(text, position, text.Length - position);
        return result.ToString();
    }

    private static char LastNonWhitespace(string text, int before)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
                return text[i];
        }
        return '\0';
    }

    private static int LineStart(string text, int position)
    {
        var newline = position == 0 ? -1 : text.LastIndexOf('\n', position - 1);
        return newline + 1;
    }

    /// <summary>The position of the line's terminator (\r\n or \n), or the end of the text.</summary>
    private static int LineEnd(string text, int position)
    {
        var newline = text.IndexOf('\n', position);
        if (newline < 0)
            return text.Length;
        return newline > 0 && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static int NextLineStart(string text, int lineEnd)
    {
        var newline = text.IndexOf('\n', lineEnd);
        return newline < 0 ? text.Length : newline + 1;
    }

    private static bool IsBlankLine(string text, int lineStart) =>
        string.IsNullOrWhiteSpace(text[lineStart..LineEnd(text, lineStart)]);
}
