using System.Collections.Concurrent;
using System.Collections.Immutable;
using Groundwork.Engine.Format.Options;
using Microsoft.CodeAnalysis;

namespace Groundwork.Engine.Files;

/// <summary>
/// The .editorconfig options of a source file as the compiler sees them: the .editorconfig files in the file's
/// folder and above it, matched and merged by Roslyn's own <see cref="AnalyzerConfigSet"/>, <c>root = true</c>
/// included. One reader for every Groundwork option that comes from .editorconfig (the Usings stage's
/// options, <c>generated_code</c>). Each folder's set of files is found and parsed once; safe to call from many
/// threads. (The Format stage reads .editorconfig as the CSharpier CLI does, which differs from Roslyn on
/// purpose: see <see cref="CSharpierOptionsProvider"/>.)
/// </summary>
public sealed class EditorConfigLookup
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

    /// <summary>
    /// The options that apply to the file (keys lower-cased by Roslyn). Throws
    /// <see cref="ConfigFileException"/> when an .editorconfig on the way cannot be read.
    /// </summary>
    internal ImmutableDictionary<string, string> OptionsFor(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        var set = _sets
            .GetOrAdd(
                directory,
                d => new Lazy<AnalyzerConfigSet>(() => AnalyzerConfigSet.Create(Chain(d).ToList()))
            )
            .Value;
        return set.GetOptionsForSourcePath(fullPath).AnalyzerOptions;
    }

    /// <summary>
    /// The diagnostic severities the .editorconfig chain gives the file (<c>dotnet_diagnostic.ID.severity</c>),
    /// by rule id, as the compiler reads them; null when an .editorconfig on the way cannot be read.
    /// </summary>
    public IReadOnlyDictionary<string, ReportDiagnostic>? SeveritiesFor(string filePath)
    {
        try
        {
            var fullPath = Path.GetFullPath(filePath);
            var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
            var set = _sets
                .GetOrAdd(
                    directory,
                    d => new Lazy<AnalyzerConfigSet>(() =>
                        AnalyzerConfigSet.Create(Chain(d).ToList())
                    )
                )
                .Value;
            return set.GetOptionsForSourcePath(fullPath).TreeOptions;
        }
        catch (ConfigFileException)
        {
            return null;
        }
    }

    /// <summary>
    /// Every option the .editorconfig chain gives the file (keys lower-cased by Roslyn), category and global
    /// severities (<c>dotnet_analyzer_diagnostic.category-Style.severity</c>) and code-style options included;
    /// null when an .editorconfig on the way cannot be read.
    /// </summary>
    public IReadOnlyDictionary<string, string>? AnalyzerOptionsFor(string filePath)
    {
        try
        {
            return OptionsFor(filePath);
        }
        catch (ConfigFileException)
        {
            return null;
        }
    }

    /// <summary>
    /// What <c>generated_code</c> says about the file: true or false when a section that matches it sets the
    /// option, null when none does or an .editorconfig cannot be read (the stage that needs the file's other
    /// options reports that one).
    /// </summary>
    public bool? GeneratedCode(string filePath)
    {
        try
        {
            return Files.GeneratedCode.FromOptions(OptionsFor(filePath));
        }
        catch (ConfigFileException)
        {
            return null;
        }
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
