using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Groundwork.Engine.Pipeline;

/// <summary>
/// Remembers which files a stage found clean, keyed by a hash of the file's bytes and the stage's fingerprint
/// for it, so that a no-op rebuild skips them. The cache is an optimisation, never a source of truth: a missing,
/// unreadable or foreign file simply starts it empty.
/// </summary>
public sealed class CleanFileCache
{
    private const string Header = "groundwork-clean-files v1";
    private readonly ConcurrentDictionary<string, string> _entries;
    private readonly string? _path;
    private bool _changed;

    private CleanFileCache(string? path, ConcurrentDictionary<string, string> entries)
    {
        _path = path;
        _entries = entries;
    }

    public static CleanFileCache None() => new(null, new ConcurrentDictionary<string, string>());

    public static CleanFileCache Load(string path)
    {
        var entries = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var lines = File.ReadAllLines(path);
            if (lines is [Header, ..])
            {
                foreach (var line in lines.Skip(1))
                {
                    var tab = line.IndexOf('\t');
                    if (tab <= 0)
                        return new CleanFileCache(path, new ConcurrentDictionary<string, string>());
                    entries[line[(tab + 1)..]] = line[..tab];
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return new CleanFileCache(path, entries);
    }

    public static string Key(byte[] content, string fingerprint)
    {
        var hash = SHA256.HashData([.. content, .. Encoding.UTF8.GetBytes("\0" + fingerprint)]);
        return Convert.ToHexString(hash, 0, 16);
    }

    public bool IsClean(string file, string key) =>
        _entries.TryGetValue(file, out var known) && known == key;

    public void MarkClean(string file, string key)
    {
        if (!IsClean(file, key))
        {
            _entries[file] = key;
            _changed = true;
        }
    }

    public void Forget(string file) => _changed |= _entries.TryRemove(file, out _);

    public void Save()
    {
        if (_path is null || !_changed)
            return;
        var lines = _entries
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Value}\t{e.Key}");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = _path + $".{Environment.ProcessId}.tmp";
            File.WriteAllLines(temporary, [Header, .. lines]);
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
