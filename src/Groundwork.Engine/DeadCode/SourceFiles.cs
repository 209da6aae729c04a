using System.Collections.Concurrent;
using Groundwork.Engine.Files;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The text of every source file, read once for all builds. A file is decoded with the same rules the stages
/// write with (<see cref="SourceFileReader"/>), so that positions in the syntax trees are positions in the text
/// that will be written back; a file those rules refuse is still compiled (as the compiler reads it) but
/// never rewritten.
/// </summary>
/// <param name="pendingTexts">
/// Texts that replace files' contents on disk (the output of earlier stages in a check run): the file is still
/// read for its encoding, and then analysed with this text.
/// </param>
public sealed class SourceFiles(IReadOnlyDictionary<string, string>? pendingTexts = null)
{
    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);

    public sealed record Entry(SourceText Text, SourceDocument? Document, bool Readable = true);

    public Entry Get(string path) => _files.GetOrAdd(path, Read);

    /// <summary>Whether some texts are not the files on disk (see the constructor's <c>pendingTexts</c>).</summary>
    public bool HasPendingTexts => pendingTexts is { Count: > 0 };

    private Entry Read(string path)
    {
        var (document, _) = SourceFileReader.Read(path);
        if (document is not null && pendingTexts?.TryGetValue(path, out var pending) == true)
            document = document with { Text = pending };
        if (document is not null)
            return new Entry(
                SourceText.From(document.Text, document.Encoding, SourceHashAlgorithm.Sha256),
                document
            );
        try
        {
            using var stream = File.OpenRead(path);
            return new Entry(
                SourceText.From(stream, checksumAlgorithm: SourceHashAlgorithm.Sha256),
                null
            );
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Entry(SourceText.From(""), null, Readable: false);
        }
    }
}
