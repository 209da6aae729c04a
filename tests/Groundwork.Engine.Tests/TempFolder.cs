namespace Groundwork.Engine.Tests;

/// <summary>A folder under the system temp path that is deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "groundwork-tests",
            Guid.NewGuid().ToString("N")
        );

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Write(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            // A symbolic link has no mode of its own, and one that leads nowhere cannot be followed.
            if (!OperatingSystem.IsWindows() && new FileInfo(file).LinkTarget is null)
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        Directory.Delete(Path, recursive: true);
    }
}
