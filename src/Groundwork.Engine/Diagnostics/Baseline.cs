using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Groundwork.Engine.Diagnostics;

/// <summary>One accepted finding: its rule, its file (relative to the baseline, with /), and a hash of the text
/// of the flagged line, not its number, so that edits elsewhere in the file do not invalidate it.</summary>
public sealed record BaselineEntry(string Rule, string File, string LineHash);

/// <summary>
/// The findings a team accepts for now (<c>.groundwork-baseline.json</c>): check mode reports only findings that
/// are not in it. Matching is a multiset: an entry accepts one finding, so a second identical finding is new.
/// The file lists one entry per finding in a stable order (file, rule, hash), so it diffs well and only shrinks
/// as findings are fixed and pruned.
/// </summary>
public sealed class Baseline
{
    public const string FileName = ".groundwork-baseline.json";

    private readonly Dictionary<BaselineEntry, int> _remaining;

    private Baseline(string directory, IEnumerable<BaselineEntry> entries)
    {
        Directory = directory;
        Entries =
        [
            .. entries
                .OrderBy(e => e.File, StringComparer.Ordinal)
                .ThenBy(e => e.Rule, StringComparer.Ordinal)
                .ThenBy(e => e.LineHash, StringComparer.Ordinal),
        ];
        _remaining = Entries.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The folder the entries' file paths are relative to: the baseline file's.</summary>
    public string Directory { get; }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    public static Baseline Empty(string directory) => new(directory, []);

    /// <summary>A baseline that accepts exactly these findings.</summary>
    public static Baseline Of(string directory, IEnumerable<Finding> findings)
    {
        var lines = new LineTexts();
        return new Baseline(directory, findings.Select(f => KeyOf(directory, f, lines)));
    }

    /// <summary>Reads a baseline file; a file that is not one is an <see cref="InvalidDataException"/> naming it.</summary>
    public static Baseline Load(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject();
            var entries =
                root?["findings"]?.AsArray()
                ?? throw new InvalidDataException("no \"findings\" array");
            return new Baseline(
                directory,
                entries.Select(e => new BaselineEntry(
                    (string?)e?["rule"]
                        ?? throw new InvalidDataException("an entry without \"rule\""),
                    (string?)e?["file"]
                        ?? throw new InvalidDataException("an entry without \"file\""),
                    (string?)e?["lineHash"]
                        ?? throw new InvalidDataException("an entry without \"lineHash\"")
                ))
            );
        }
        catch (Exception e)
            when (e is JsonException or InvalidOperationException or InvalidDataException)
        {
            throw new InvalidDataException($"The baseline '{path}' cannot be read: {e.Message}", e);
        }
    }

    public void Save(string path)
    {
        var root = new JsonObject
        {
            ["version"] = 1,
            ["findings"] = new JsonArray([
                .. Entries.Select(e =>
                    (JsonNode)
                        new JsonObject
                        {
                            ["rule"] = e.Rule,
                            ["file"] = e.File,
                            ["lineHash"] = e.LineHash,
                        }
                ),
            ]),
        };
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        // Written only when it changes, like every file Groundwork writes.
        if (!File.Exists(path) || File.ReadAllText(path) != text)
            File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// True when the baseline accepts this finding, which then uses up its entry; call it once per finding,
    /// in any order. Informational findings are never baselined.
    /// </summary>
    public bool Accepts(Finding finding, LineTexts lines)
    {
        if (finding.Severity == FindingSeverity.Info)
            return false;
        var key = KeyOf(Directory, finding, lines);
        if (!_remaining.TryGetValue(key, out var count) || count == 0)
            return false;
        _remaining[key] = count - 1;
        return true;
    }

    /// <summary>
    /// The entries no finding used, among those this run judged (<paramref name="judged"/>: its file was examined
    /// by the stage of its rule): findings fixed since. Entries of files the run left out are not judged.
    /// </summary>
    public IReadOnlyList<BaselineEntry> Unused(Func<BaselineEntry, bool> judged) =>
        [
            .. _remaining
                .Where(r => judged(r.Key))
                .SelectMany(r => Enumerable.Repeat(r.Key, r.Value))
                .OrderBy(e => e.File, StringComparer.Ordinal)
                .ThenBy(e => e.Rule, StringComparer.Ordinal),
        ];

    /// <summary>How many findings the baseline accepted so far.</summary>
    public int AcceptedCount => Entries.Count - _remaining.Values.Sum();

    /// <summary>This baseline without its unused judged entries: the ratchet only removes.</summary>
    public Baseline Pruned(Func<BaselineEntry, bool> judged)
    {
        var unused = Unused(judged).GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var kept = new List<BaselineEntry>();
        foreach (var entry in Entries)
        {
            if (unused.TryGetValue(entry, out var n) && n > 0)
                unused[entry] = n - 1;
            else
                kept.Add(entry);
        }
        return new Baseline(Directory, kept);
    }

    public static BaselineEntry KeyOf(string directory, Finding finding, LineTexts lines)
    {
        var file = Path.GetRelativePath(directory, finding.FilePath)
            .Replace(Path.DirectorySeparatorChar, '/');
        var text = finding.Line > 0 ? lines.Get(finding.FilePath, finding.Line) : "";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[
            ..16
        ];
        return new BaselineEntry(finding.Code, file, hash);
    }
}

/// <summary>The text of a file's lines, read once per file; a file that cannot be read has empty lines.</summary>
public sealed class LineTexts
{
    private readonly Dictionary<string, string[]> _files = new(StringComparer.Ordinal);

    public string Get(string file, int line)
    {
        if (!_files.TryGetValue(file, out var lines))
        {
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                lines = [];
            }
            _files[file] = lines;
        }
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }
}
