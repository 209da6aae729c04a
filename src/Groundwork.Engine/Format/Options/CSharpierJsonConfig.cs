namespace Groundwork.Engine.Format.Options;

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// Reads the JSON form of a csharpierrc with the same serializer settings as the CLI: property names in
/// any casing, unknown properties ignored, and nothing lenient beyond that (comments, trailing commas
/// and numbers written as strings make the CLI fail, so they fail here too).
/// </summary>
internal static partial class CSharpierJsonConfig
{
    private static readonly JsonSerializerOptions Settings = new()
    {
        PropertyNameCaseInsensitive = true,
    };

    public static CSharpierConfigFile Parse(string content, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<CSharpierConfigFile>(content, Settings)
                ?? new CSharpierConfigFile();
        }
        catch (JsonException ex)
        {
            var (line, column) = Position(content, ex);
            throw new ConfigFileException(
                path,
                $"Invalid JSON: {ReaderPosition().Replace(ex.Message, "")}",
                ex,
                line,
                column
            );
        }
    }

    /// <summary>
    /// The 1-based line and column of a JSON error. System.Text.Json counts lines from zero and columns in
    /// UTF-8 bytes; a user's editor counts both from one, and columns in characters.
    /// </summary>
    private static (int Line, int Column) Position(string content, JsonException ex)
    {
        if (ex.LineNumber is not { } zeroBasedLine || ex.BytePositionInLine is not { } bytes)
            return (0, 0);
        var lines = content.Split('\n');
        if (zeroBasedLine >= lines.Length)
            return ((int)zeroBasedLine + 1, 1);
        var lineBytes = Encoding.UTF8.GetBytes(lines[zeroBasedLine]);
        var prefix = (int)Math.Min(bytes, lineBytes.Length);
        return ((int)zeroBasedLine + 1, Encoding.UTF8.GetCharCount(lineBytes, 0, prefix) + 1);
    }

    // The reader's own position ("| LineNumber: 0 | BytePositionInLine: 18") counts from zero; the
    // diagnostic carries the position in MSBuild's form instead.
    [GeneratedRegex(@"\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+")]
    private static partial Regex ReaderPosition();
}
