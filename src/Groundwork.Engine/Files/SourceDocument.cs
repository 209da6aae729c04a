using System.Text;

namespace Groundwork.Engine.Files;

/// <summary>A source file as read from disk: its text, and what it takes to write it back byte-for-byte alike.</summary>
public sealed record SourceDocument(
    string Path,
    string Text,
    Encoding Encoding,
    bool HasByteOrderMark
)
{
    public byte[] Encode(string text)
    {
        var preamble = HasByteOrderMark ? Encoding.GetPreamble() : [];
        var body = Encoding.GetBytes(text);
        return [.. preamble, .. body];
    }
}
