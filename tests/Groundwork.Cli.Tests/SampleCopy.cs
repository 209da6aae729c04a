namespace Groundwork.Cli.Tests;

/// <summary>A copy of a sample under tests/samples in its own temp folder, deleted when the test ends.</summary>
public sealed class SampleCopy : IDisposable
{
    private readonly string _root;

    private SampleCopy(string root, string directory)
    {
        _root = root;
        Directory = directory;
    }

    public string Directory { get; }

    public string PathOf(string relative) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, relative));

    public static SampleCopy Of(string sample)
    {
        var root = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "groundwork-cli-tests",
            Guid.NewGuid().ToString("N")
        );
        var target = System.IO.Path.Combine(root, sample);
        CopyDirectory(System.IO.Path.Combine(Repository.Samples, sample), target);
        return new SampleCopy(root, target);
    }

    public ToolResult Run(params string[] arguments) => Tool.Run(Directory, arguments);

    public ToolResult Run(
        IReadOnlyDictionary<string, string?> environment,
        params string[] arguments
    ) => Tool.Run(Directory, environment, arguments);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every source file's bytes and write time, to prove that a run left them alone.</summary>
    public Dictionary<string, (byte[] Bytes, DateTime Written)> Snapshot() =>
        System
            .IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains(
                    $"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}"
                )
            )
            .ToDictionary(f => f, f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)));

    public static bool SameFile(
        (byte[] Bytes, DateTime Written) a,
        (byte[] Bytes, DateTime Written) b
    ) => a.Bytes.AsSpan().SequenceEqual(b.Bytes) && a.Written == b.Written;

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException) { }
    }

    private static void CopyDirectory(string source, string target)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.EnumerateFiles(source))
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        foreach (var dir in System.IO.Directory.EnumerateDirectories(source))
        {
            var name = System.IO.Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
                CopyDirectory(dir, System.IO.Path.Combine(target, name));
        }
    }
}
