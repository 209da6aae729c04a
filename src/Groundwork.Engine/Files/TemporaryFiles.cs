namespace Groundwork.Engine.Files;

/// <summary>
/// The temporary files of <see cref="AtomicFileWriter"/>: <c>.&lt;file name&gt;.&lt;32 hex digits&gt;.gwtmp</c>
/// beside the file they replace. They live for the milliseconds of a write; one is left behind only when the
/// process dies in that window (kill -9, power loss).
/// </summary>
public static class TemporaryFiles
{
    public const string Extension = ".gwtmp";

    public static string PathFor(string file) =>
        Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(file))!,
            $".{Path.GetFileName(file)}.{Guid.NewGuid():N}{Extension}"
        );
}
