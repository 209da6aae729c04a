namespace Groundwork.Engine.Format.Options;

using CSharpier.Core;

/// <summary>
/// The outcome of resolving CSharpier options for one file.
/// </summary>
/// <param name="Options">
/// The options to format with; null when the file must not be formatted as C#, either because a
/// config file is broken (<paramref name="ErrorMessage"/> is set) or because the CLI would not format
/// it as C# at all (an override or <c>csharpier_formatter</c> names another or an unknown formatter),
/// in which case the error fields stay null and the caller should skip the file like the CLI does.
/// </param>
/// <param name="Fingerprint">A short stable text of the effective options, meant as a cache key.</param>
/// <param name="ErrorFile">The config file that made resolution fail.</param>
/// <param name="ErrorMessage">Why that file was rejected.</param>
/// <param name="ErrorLine">The 1-based line of the problem in that file; 0 when it is not known.</param>
/// <param name="ErrorColumn">The 1-based column of the problem; 0 when it is not known.</param>
public sealed record OptionsResolution(
    CodeFormatterOptions? Options,
    string Fingerprint,
    string? ErrorFile,
    string? ErrorMessage,
    int ErrorLine = 0,
    int ErrorColumn = 0
)
{
    /// <summary>True when a config file could not be used; the CLI aborts in that case.</summary>
    public bool IsError => this.ErrorMessage is not null;

    /// <summary>True when the CLI would leave the file alone ("unsupported file type").</summary>
    public bool IsSkipped => this.Options is null && this.ErrorMessage is null;
}
