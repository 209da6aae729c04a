using System.Text;
using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Files;

public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    /// <summary>
    /// Reads a file, keeping what is needed to write it back with the same encoding and byte order mark.
    /// A file that is neither valid UTF-8 nor marked by a BOM is refused rather than guessed at, because a
    /// wrong guess would corrupt every non-ASCII character on write.
    /// </summary>
    public static (SourceDocument? Document, Finding? Problem) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Findings.UnreadableFile(path, e.Message));
        }
        return Decode(path, bytes);
    }

    public static (SourceDocument? Document, Finding? Problem) Decode(string path, byte[] bytes)
    {
        var (encoding, bomLength) = DetectByteOrderMark(bytes);
        if (encoding is not null)
        {
            var text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
            return (new SourceDocument(path, text, encoding, HasByteOrderMark: true), null);
        }
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return (new SourceDocument(path, text, StrictUtf8, HasByteOrderMark: false), null);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(e.Index, 0)).Count(b => b == (byte)'\n');
            return (null, Findings.UnsupportedEncoding(path, line));
        }
    }

    private static (Encoding? Encoding, int BomLength) DetectByteOrderMark(byte[] b)
    {
        if (b is [0xEF, 0xBB, 0xBF, ..])
            return (new UTF8Encoding(true, true), 3);
        if (b is [0xFF, 0xFE, 0x00, 0x00, ..])
            return (
                new UTF32Encoding(
                    bigEndian: false,
                    byteOrderMark: true,
                    throwOnInvalidCharacters: true
                ),
                4
            );
        if (b is [0x00, 0x00, 0xFE, 0xFF, ..])
            return (
                new UTF32Encoding(
                    bigEndian: true,
                    byteOrderMark: true,
                    throwOnInvalidCharacters: true
                ),
                4
            );
        if (b is [0xFF, 0xFE, ..])
            return (
                new UnicodeEncoding(
                    bigEndian: false,
                    byteOrderMark: true,
                    throwOnInvalidBytes: true
                ),
                2
            );
        if (b is [0xFE, 0xFF, ..])
            return (
                new UnicodeEncoding(
                    bigEndian: true,
                    byteOrderMark: true,
                    throwOnInvalidBytes: true
                ),
                2
            );
        return (null, 0);
    }
}
