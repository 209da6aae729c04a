namespace Groundwork.Engine.Files;

public static class AtomicFileWriter
{
    /// <summary>
    /// Replaces a file's content so that a reader (or a crash) sees either the old file or the new one, never
    /// half of each: the bytes go to a temporary file in the same folder, which is then renamed over the original.
    /// </summary>
    public static void Write(string path, byte[] content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(
            directory,
            $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.gwtmp"
        );
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            File.Move(temporary, path, overwrite: true);
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
