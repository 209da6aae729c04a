using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Files;

public static class AtomicFileWriter
{
    /// <summary>
    /// Writes a stage's result, or says why not: the one way every stage writes a source file. Null when the
    /// file was written; otherwise the finding that explains why it was left unchanged.
    /// </summary>
    public static Finding? TryWrite(string path, byte[] content)
    {
        var target = SymbolicLink.FinalTarget(path, out var linkProblem);
        if (target is null)
            return Findings.LinkNotWritable(path, linkProblem!);
        if (IsMarkedReadOnly(target))
            return Findings.UnreadableFile(path, "the file is read-only.");
        try
        {
            Write(target, content);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The link's target is writable, but its folder takes no temporary file: writing in place would
            // lose atomicity, and writing beside the link would replace it, so the file is left alone.
            return target != Path.GetFullPath(path)
                ? Findings.LinkNotWritable(
                    path,
                    $"it is a symbolic link to '{target}', and no temporary file can be created beside that file ({e.Message})"
                )
                : Findings.UnreadableFile(path, e.Message);
        }
    }

    /// <summary>
    /// Replaces a file's content so that a reader (or a crash) sees either the old file or the new one, never
    /// half of each: the bytes go to a temporary file in the same folder, which is then renamed over the original.
    /// A symbolic link is written through: the temporary file goes beside the link's final target and is renamed
    /// over it, so the link stays a link and the file it leads to changes.
    /// </summary>
    public static void Write(string path, byte[] content)
    {
        var target =
            SymbolicLink.FinalTarget(path, out var linkProblem)
            ?? throw new IOException($"'{path}' cannot be written: {linkProblem}.");
        var temporary = TemporaryFiles.PathFor(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    /// <summary>
    /// A file marked read-only is refused even when the process could write it anyway (as root can), because the
    /// mark is the owner's statement that the file must not change.
    /// </summary>
    public static bool IsMarkedReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
            return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        return !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);
    }
}
