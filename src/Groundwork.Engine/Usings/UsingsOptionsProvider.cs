using System.Collections.Concurrent;
using Groundwork.Engine.Format.Options;
using Microsoft.CodeAnalysis;

namespace Groundwork.Engine.Usings;

/// <summary>
/// Reads <c>dotnet_sort_system_directives_first</c> and <c>dotnet_separate_import_directive_groups</c> for a
/// file from its .editorconfig files: those in the file's folder and above it, up to the first one with
/// <c>root = true</c>, matched and merged by Roslyn's <see cref="AnalyzerConfigSet"/> as the compiler merges
/// them. Each folder's set of files is found and parsed once; safe to call from many threads.
/// </summary>
public sealed class UsingsOptionsProvider
{
    private const string EditorConfigName = ".editorconfig";

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<AnalyzerConfig>>> _chains =
        new(PathComparer);
    private readonly ConcurrentDictionary<string, Lazy<AnalyzerConfigSet>> _sets = new(
        PathComparer
    );

    private static StringComparer PathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
            ? StringComparer.OrdinalIgnoreCase
            : StringComparer.Ordinal;

    /// <summary>The options for the file, or the .editorconfig that cannot be read.</summary>
    public UsingsOptionsResolution Resolve(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        try
        {
            var set = _sets
                .GetOrAdd(
                    directory,
                    d => new Lazy<AnalyzerConfigSet>(() =>
                        AnalyzerConfigSet.Create(Chain(d).ToList())
                    )
                )
                .Value;
            var properties = set.GetOptionsForSourcePath(fullPath).AnalyzerOptions;
            return new UsingsOptionsResolution(
                new UsingsOptions(
                    Flag(
                        properties,
                        UsingsOptions.SortSystemDirectivesFirstKey,
                        UsingsOptions.Default.SortSystemDirectivesFirst
                    ),
                    Flag(
                        properties,
                        UsingsOptions.SeparateImportDirectiveGroupsKey,
                        UsingsOptions.Default.SeparateImportDirectiveGroups
                    )
                ),
                null,
                null
            );
        }
        catch (ConfigFileException e)
        {
            return new UsingsOptionsResolution(null, e.FilePath, e.Message);
        }
    }

    // Roslyn's own reading of these options: "true" or "false", optionally followed by ":severity";
    // anything else leaves the default, as it does in the IDE.
    private static bool Flag(
        IReadOnlyDictionary<string, string> properties,
        string key,
        bool fallback
    )
    {
        if (!properties.TryGetValue(key, out var value))
            return fallback;
        var text = value.Split(':')[0].Trim();
        return bool.TryParse(text, out var flag) ? flag : fallback;
    }

    /// <summary>The .editorconfig files that apply in a folder, nearest first, ending at a root one.</summary>
    private IReadOnlyList<AnalyzerConfig> Chain(string directory) =>
        _chains
            .GetOrAdd(
                directory,
                d => new Lazy<IReadOnlyList<AnalyzerConfig>>(() =>
                {
                    var own = Read(Path.Combine(d, EditorConfigName));
                    if (own is not null && IsRoot(own, d))
                        return [own];
                    var above = Path.GetDirectoryName(d) is { } parent ? Chain(parent) : [];
                    return own is null ? above : [own, .. above];
                })
            )
            .Value;

    /// <summary>
    /// Whether <c>root = true</c> is set, asked of Roslyn itself (it does not make the flag public): a root
    /// file hides every setting of the .editorconfig files above it, so a probe file placed above it is seen
    /// only when it is not a root.
    /// </summary>
    private static bool IsRoot(AnalyzerConfig config, string directory)
    {
        var fileSystemRoot = Path.GetPathRoot(directory);
        if (string.IsNullOrEmpty(fileSystemRoot) || PathComparer.Equals(fileSystemRoot, directory))
            return true; // nothing above it to hide
        var probe = AnalyzerConfig.Parse(
            $"[*]\n{ProbeKey} = true\n",
            Path.Combine(fileSystemRoot, EditorConfigName)
        );
        var options = AnalyzerConfigSet
            .Create(new List<AnalyzerConfig> { probe, config })
            .GetOptionsForSourcePath(Path.Combine(directory, "probe.cs"))
            .AnalyzerOptions;
        return !options.ContainsKey(ProbeKey);
    }

    private const string ProbeKey = "groundwork_root_probe";

    private static AnalyzerConfig? Read(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            return AnalyzerConfig.Parse(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigFileException(path, $"Could not read the file: {e.Message}", e);
        }
    }
}
