namespace Groundwork.Engine.Format.Options;

using System.Collections.Concurrent;
using CSharpier.Core;

/// <summary>
/// Works out, for one C# file, the options <c>dotnet csharpier format</c> (1.3.0) would format it with.
/// The CLI's precedence is not "nearest file wins": a csharpierrc anywhere above the file beats every
/// .editorconfig, however much closer; .editorconfig files are used only when no csharpierrc exists
/// up to the file system root; with neither, the defaults apply (width 100, four spaces, keep the
/// file's line endings). A file the nearest <c>.csharpierignore</c> names is skipped, as the CLI skips it.
/// Safe to call from many threads; each folder and config file is looked at once.
/// </summary>
public sealed class CSharpierOptionsProvider
{
    private readonly ConcurrentDictionary<string, Lazy<string?>> csharpierrcAbove = new(
        PathComparer
    );
    private readonly ConcurrentDictionary<string, Lazy<string?>> editorConfigAbove = new(
        PathComparer
    );
    private readonly ConcurrentDictionary<string, Lazy<CSharpierConfigFile>> csharpierrcs = new(
        PathComparer
    );
    private readonly ConcurrentDictionary<string, Lazy<EditorConfigFile>> editorConfigs = new(
        PathComparer
    );
    private readonly ConcurrentDictionary<string, Lazy<EditorConfigChain>> chains = new(
        PathComparer
    );
    private readonly ConcurrentDictionary<string, Lazy<string?>> ignoreFileAbove = new(
        PathComparer
    );
    private readonly ConcurrentDictionary<string, Lazy<CSharpierIgnoreFile>> ignoreFiles = new(
        PathComparer
    );

    // Paths are compared as the file system would; the CLI itself compares ordinally.
    private static StringComparer PathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
            ? StringComparer.OrdinalIgnoreCase
            : StringComparer.Ordinal;

    public OptionsResolution Resolve(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;

        string? source = null;
        try
        {
            if (
                this.FindAbove(this.ignoreFileAbove, directory, FindIgnoreFileIn) is { } ignorePath
                && Get(this.ignoreFiles, ignorePath, CSharpierIgnoreFile.Read).Ignores(fullPath)
            )
            {
                return new OptionsResolution(
                    null,
                    "skip:" + CSharpierIgnoreFile.FileName,
                    null,
                    null
                );
            }

            ResolvedSettings settings;
            var csharpierrc = this.FindAbove(
                this.csharpierrcAbove,
                directory,
                CSharpierConfigReader.FindIn
            );
            if (csharpierrc is not null)
            {
                source = csharpierrc;
                settings = Get(this.csharpierrcs, csharpierrc, CSharpierConfigReader.Read)
                    .Resolve(fullPath);
            }
            else if (
                this.FindAbove(this.editorConfigAbove, directory, FindEditorConfigIn) is { } nearest
            )
            {
                source = nearest;
                settings = Get(this.chains, nearest, this.BuildChain).Resolve(fullPath);
            }
            else
            {
                settings = ResolvedSettings.Defaults(fullPath);
            }

            return ToResolution(settings, source);
        }
        catch (ConfigFileException ex)
        {
            return Error(ex.FilePath, ex.Message, ex.Line, ex.Column);
        }
    }

    private static OptionsResolution ToResolution(ResolvedSettings settings, string? source)
    {
        if (settings.Formatter != FormatterKind.CSharp)
        {
            // The CLI would format with another formatter or not at all; either way not as C#.
            return new OptionsResolution(
                null,
                $"skip:{settings.Formatter?.ToString() ?? "invalid"}",
                null,
                null
            );
        }

        if (settings.IndentSize <= 0)
        {
            // The CLI crashes on this ("An indent size of 0 is not valid"), so it is the config's fault.
            return Error(
                source ?? "",
                $"The indent size must be a positive number, but it resolved to {settings.IndentSize}."
            );
        }

        var options = new CodeFormatterOptions
        {
            Width = settings.Width,
            IndentStyle = settings.UseTabs ? IndentStyle.Tabs : IndentStyle.Spaces,
            IndentSize = settings.IndentSize,
            EndOfLine = settings.EndOfLine,
        };
        var fingerprint =
            $"w{settings.Width}-{(settings.UseTabs ? "t" : "s")}{settings.IndentSize}-{settings.EndOfLine.ToString().ToLowerInvariant()}";
        return new OptionsResolution(options, fingerprint, null, null);
    }

    private static OptionsResolution Error(
        string file,
        string message,
        int line = 0,
        int column = 0
    ) => new(null, "error", file, message, line, column);

    private static string? FindIgnoreFileIn(string directory)
    {
        var path = Path.Combine(directory, CSharpierIgnoreFile.FileName);
        return File.Exists(path) ? path : null;
    }

    private static string? FindEditorConfigIn(string directory)
    {
        var path = Path.Combine(directory, EditorConfigFile.FileName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// The nearest .editorconfig and its ancestors up to a root one, as the CLI collects them. The CLI
    /// keeps going past folders without one, so a gap in the hierarchy does not end the chain.
    /// </summary>
    private EditorConfigChain BuildChain(string nearestPath)
    {
        var files = new List<EditorConfigFile>();
        for (
            var directory = Path.GetDirectoryName(nearestPath);
            directory is not null;
            directory = Path.GetDirectoryName(directory)
        )
        {
            var path = FindEditorConfigIn(directory);
            if (path is null)
            {
                continue;
            }

            var file = Get(this.editorConfigs, path, EditorConfigFile.Read);
            files.Add(file);
            if (file.IsRoot)
            {
                break;
            }
        }

        return new EditorConfigChain(files);
    }

    /// <summary>
    /// The config found in <paramref name="directory"/> or the closest folder above it. Each folder's
    /// answer is cached, and a folder without its own config reuses its parent's answer.
    /// </summary>
    private string? FindAbove(
        ConcurrentDictionary<string, Lazy<string?>> cache,
        string directory,
        Func<string, string?> findIn
    ) =>
        cache
            .GetOrAdd(
                directory,
                d => new Lazy<string?>(() =>
                    findIn(d)
                    ?? (
                        Path.GetDirectoryName(d) is { } parent
                            ? this.FindAbove(cache, parent, findIn)
                            : null
                    )
                )
            )
            .Value;

    // Lazy caches a ConfigFileException too, so a broken file is read once and reported every time.
    private static T Get<T>(
        ConcurrentDictionary<string, Lazy<T>> cache,
        string path,
        Func<string, T> read
    ) => cache.GetOrAdd(path, p => new Lazy<T>(() => read(p))).Value;
}
