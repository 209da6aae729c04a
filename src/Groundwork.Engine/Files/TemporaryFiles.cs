using System.Text.RegularExpressions;

namespace Groundwork.Engine.Files;

/// <summary>
/// The temporary files of <see cref="AtomicFileWriter"/>: <c>.&lt;file name&gt;.&lt;32 hex digits&gt;.gwtmp</c>
/// beside the file they replace. They live for the milliseconds of a write; one is left behind only when the
/// process dies in that window (kill -9, power loss), and the next run removes it.
/// </summary>
public static partial class TemporaryFiles
{
    public const string Extension = ".gwtmp";

    /// <summary>
    /// How old a temporary file must be to count as a leftover. A file younger than this may belong to a write
    /// that another build (a parallel <c>dotnet build -m</c>) is making right now; a write takes milliseconds.
    /// </summary>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromSeconds(10);

    public static string PathFor(string file) =>
        Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(file))!,
            $".{Path.GetFileName(file)}.{Guid.NewGuid():N}{Extension}"
        );

    /// <summary>True for exactly the names <see cref="PathFor"/> makes, and no other file's.</summary>
    public static bool IsTemporaryName(string fileName) => NamePattern().IsMatch(fileName);

    /// <summary>
    /// Removes what interrupted runs left in these folders: only files named as <see cref="PathFor"/> names them,
    /// older than <see cref="LeftoverAge"/>, and never through a link. It reads each folder once, without
    /// descending, so a run pays one directory listing per folder of the files it was given.
    /// </summary>
    /// <returns>The files removed.</returns>
    public static IReadOnlyList<string> RemoveLeftovers(IEnumerable<string> folders)
    {
        var removed = new List<string>();
        var cutoff = DateTime.UtcNow - LeftoverAge;
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            IEnumerable<string> candidates;
            try
            {
                candidates = Directory.EnumerateFiles(folder, "*" + Extension).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var file in candidates)
            {
                try
                {
                    var info = new FileInfo(file);
                    if (
                        !IsTemporaryName(info.Name)
                        || info.LinkTarget is not null
                        || info.LastWriteTimeUtc > cutoff
                    )
                        continue;
                    info.Delete();
                    removed.Add(file);
                }
                // Held open on Windows, or removed meanwhile by another build: leave it.
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }
        return removed;
    }

    /// <summary>The folders a run over these files writes in: each file's, and the folder of a link's target.</summary>
    public static IEnumerable<string> FoldersOf(IEnumerable<string> files) =>
        files
            .SelectMany(file =>
                new[] { Path.GetFullPath(file), SymbolicLink.FinalTarget(file, out _) }
            )
            .OfType<string>()
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.gwtmp$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
