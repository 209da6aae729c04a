using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Format;

/// <summary>
/// Puts back the line endings inside string literals. CSharpier writes every line ending of the file as its end
/// of line option says (the file's first one, or <c>end_of_line</c> of .editorconfig), the ones inside verbatim and
/// raw strings too, and there a line ending is part of the string's value: <c>"""\n</c> becomes <c>"""\r\n</c>,
/// and the program changes. Each such line ending gets its original back, so the file is formatted and every
/// string keeps its value (found on CsvHelper: CRLF in .editorconfig, LF files, multi-line raw strings in tests).
/// </summary>
public static partial class StringLineEndings
{
    /// <summary>
    /// <paramref name="formatted"/> with the line endings of its string literals taken from
    /// <paramref name="original"/>, or null when there is nothing to put back (or the strings no longer match one
    /// to one: the proof then reports what changed).
    /// </summary>
    public static string? Restore(
        SyntaxTree original,
        SyntaxTree formatted,
        CancellationToken cancellationToken
    )
    {
        var before = StringTokens(original.GetRoot(cancellationToken));
        if (!before.Any(t => t.Text.Contains('\n') || t.Text.Contains('\r')))
            return null;
        var after = StringTokens(formatted.GetRoot(cancellationToken));
        if (before.Count != after.Count)
            return null;

        var text = formatted.GetText(cancellationToken).ToString();
        var output = new System.Text.StringBuilder(text);
        var changed = false;
        // From the end, so that the spans of the tokens not yet replaced stay right.
        for (var i = after.Count - 1; i >= 0; i--)
        {
            var (was, now) = (before[i].Text, after[i].Text);
            if (was == now || WithLineEndingsOf(was, now) is not { } restored || restored == now)
                continue;
            output.Remove(after[i].SpanStart, now.Length).Insert(after[i].SpanStart, restored);
            changed = true;
        }
        return changed ? output.ToString() : null;
    }

    /// <summary>The tokens whose text is string content, where a line ending is part of a value.</summary>
    private static List<SyntaxToken> StringTokens(SyntaxNode root) =>
        [
            .. root.DescendantTokens()
                .Where(t =>
                    t.Kind()
                        is SyntaxKind.StringLiteralToken
                            or SyntaxKind.Utf8StringLiteralToken
                            or SyntaxKind.MultiLineRawStringLiteralToken
                            or SyntaxKind.Utf8MultiLineRawStringLiteralToken
                            or SyntaxKind.InterpolatedStringTextToken
                            or SyntaxKind.InterpolatedMultiLineRawStringStartToken
                            or SyntaxKind.InterpolatedRawStringEndToken
                ),
        ];

    /// <summary>
    /// <paramref name="now"/> with its n-th line ending replaced by the n-th of <paramref name="was"/>, or null
    /// when they do not have as many (the layout inside changed: not a line-ending change).
    /// </summary>
    private static string? WithLineEndingsOf(string was, string now)
    {
        var original = LineEnding().Matches(was);
        var current = LineEnding().Matches(now);
        if (original.Count != current.Count || original.Count == 0)
            return null;
        var index = 0;
        return LineEnding().Replace(now, _ => original[index++].Value);
    }

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineEnding();
}
