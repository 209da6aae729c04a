using System.Security.Cryptography;
using System.Text;

namespace Groundwork.Engine.Files;

/// <summary>
/// A lock on one source file, shared by every Groundwork process of the user (MSBuild nodes of a parallel build,
/// the CLI): held while a stage re-reads a file and writes it, so that its check (is the file still what I
/// analysed?) and its write happen as one step. Projects that compile the same linked file then never write over
/// each other's work; a stage that finds the file changed re-analyses it instead.
/// </summary>
/// <remarks>
/// The lock is an exclusive open of a lock file (<see cref="FileShare.None"/>: a share lock on Windows, flock on
/// Unix), which the operating system releases when the process dies, so a killed build never leaves a stale lock.
/// Lock files live in the user's temporary folder, named by a hash of the source's full path, never beside the
/// sources (nothing to commit by mistake), and are never deleted: deleting one while another process waits on it
/// would give two processes the "same" lock.
/// </remarks>
public sealed class FileWriteLock : IDisposable
{
    /// <summary>How long a stage waits for another process to finish with a file before it leaves the file alone.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(2);

    private readonly FileStream? _stream;

    private FileWriteLock(FileStream? stream) => _stream = stream;

    public static string Directory { get; } =
        Path.Combine(Path.GetTempPath(), $"groundwork-locks-{SafeName(Environment.UserName)}");

    /// <summary>The lock file of a source file: one per full path (the final target of a symbolic link).</summary>
    public static string LockPathOf(string sourcePath)
    {
        var full = Path.GetFullPath(sourcePath);
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
                full = target.FullName;
        }
        catch (IOException) { }
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
            full = full.ToUpperInvariant();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(full)), 0, 16);
        return Path.Combine(Directory, hash + ".lock");
    }

    /// <summary>
    /// Takes the lock, waiting while another process (or thread) holds it; null when it is still held after
    /// <paramref name="timeout"/>.
    /// </summary>
    public static FileWriteLock? Acquire(
        string sourcePath,
        TimeSpan timeout,
        CancellationToken cancellationToken
    ) => AcquireLockFile(LockPathOf(sourcePath), timeout, cancellationToken);

    /// <summary>Takes the locks of several files, always in the same order, so that two holders never deadlock.</summary>
    public static IDisposable? AcquireAll(
        IEnumerable<string> sourcePaths,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        var held = new List<FileWriteLock>();
        foreach (
            var path in sourcePaths
                .Select(LockPathOf)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
        )
        {
            var one = AcquireLockFile(path, timeout, cancellationToken);
            if (one is null)
            {
                held.ForEach(l => l.Dispose());
                return null;
            }
            held.Add(one);
        }
        return new Several(held);
    }

    private static FileWriteLock? AcquireLockFile(
        string lockPath,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unlocked;
        }
        var deadline = DateTime.UtcNow + timeout;
        var delay = 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileWriteLock(
                    new FileStream(
                        lockPath,
                        FileMode.OpenOrCreate,
                        FileAccess.ReadWrite,
                        FileShare.None
                    )
                );
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Held by someone else: wait a little longer each time, up to 50 ms.
                Thread.Sleep(delay);
                delay = Math.Min(delay * 2, 50);
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return Unlocked;
            }
        }
    }

    /// <summary>
    /// When the lock folder cannot be written (a read-only temporary folder), the stages work without the lock,
    /// as before it existed: they still re-read a file before writing it, and a write stays atomic.
    /// </summary>
    private static FileWriteLock Unlocked => new(null);

    public void Dispose() => _stream?.Dispose();

    private static string SafeName(string name) =>
        new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    private sealed class Several(List<FileWriteLock> locks) : IDisposable
    {
        public void Dispose()
        {
            foreach (var one in Enumerable.Reverse(locks))
                one.Dispose();
        }
    }
}
