using System.Collections.Concurrent;
using Groundwork.Engine.Format.Options;
using Microsoft.CodeAnalysis;

namespace Groundwork.Engine.Usings;

/// <summary>
/// Reads <c>dotnet_sort_system_directives_first</c> and <c>dotnet_separate_import_directive_groups</c> for a
/// file from its .editorconfig files (those in the file's folder and above it), matched and merged by Roslyn's
/// <see cref="AnalyzerConfigSet"/> as the compiler merges them, <c>root = true</c> included. Each folder's set of files is found and parsed once; safe to call from many threads.
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

    /// <summary>
    /// Every .editorconfig file in a folder and above it, nearest first. Which of them apply (a <c>root = true</c>
    /// file hides those above it) is <see cref="AnalyzerConfigSet"/>'s business, as it is in the compiler.
    /// </summary>
    private IReadOnlyList<AnalyzerConfig> Chain(string directory) =>
        _chains
            .GetOrAdd(
                directory,
                d => new Lazy<IReadOnlyList<AnalyzerConfig>>(() =>
                {
                    var own = Read(Path.Combine(d, EditorConfigName));
                    var above = Path.GetDirectoryName(d) is { } parent ? Chain(parent) : [];
                    return own is null ? above : [own, .. above];
                })
            )
            .Value;

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
