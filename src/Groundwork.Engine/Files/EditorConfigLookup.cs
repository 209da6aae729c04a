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
    /// The severities and options the compiler gives the file when the project also hands it these analyzer
    /// config files (a shared <c>.globalconfig</c>, say: <c>is_global = true</c> ones apply to every file, below
    /// the .editorconfig chain); null when a file cannot be read.
    /// </summary>
    public (
        IReadOnlyDictionary<string, ReportDiagnostic> Severities,
        IReadOnlyDictionary<string, string> Options
    )? RulesFor(string filePath, IReadOnlyList<string> projectConfigFiles)
    {
        try
        {
            var fullPath = Path.GetFullPath(filePath);
            var chain = Chain(Path.GetDirectoryName(fullPath) ?? fullPath);
            var own = projectConfigFiles.Select(f => Read(f)).OfType<AnalyzerConfig>();
            List<AnalyzerConfig> configs = [.. chain, .. own];
            var set = AnalyzerConfigSet.Create(configs);
            // The set keeps the global configs' options apart, as the compiler does: under the file's own.
            var global = set.GlobalConfigOptions;
            var file = set.GetOptionsForSourcePath(fullPath);
            return (
                global.TreeOptions.SetItems(file.TreeOptions),
                global.AnalyzerOptions.SetItems(file.AnalyzerOptions)
            );
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
