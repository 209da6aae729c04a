namespace Groundwork.Engine.Format.Options;

using System.Text.Json.Serialization;
using CSharpier.Core;

/// <summary>
/// The content of a <c>.csharpierrc</c> file. The shape (property types, defaults, nullability) follows
/// the CLI's own model on purpose: System.Text.Json then accepts and rejects the same documents as the
/// CLI does, and the YAML reader fills the same object so both formats share one resolution path.
/// </summary>
internal sealed class CSharpierConfigFile
{
    public int PrintWidth { get; set; } = ResolvedSettings.DefaultWidth;

    // Nullable because "not set" and "set to 4" differ for XML files in the CLI; kept for parity.
    public int? IndentSize { get; set; }

    public bool UseTabs { get; set; }

    [JsonConverter(typeof(CaseInsensitiveEnumConverter<EndOfLine>))]
    public EndOfLine EndOfLine { get; set; }

    // Not used for C#, but a bad value still makes the CLI reject the whole file.
    [JsonConverter(typeof(CaseInsensitiveEnumConverter<XmlWhitespaceSensitivity>))]
    public XmlWhitespaceSensitivity? XmlWhitespaceSensitivity { get; set; }

    public CSharpierConfigOverride[]? Overrides { get; set; } = [];

    /// <summary>
    /// Binds the override globs to the folder of the file, which is what they are relative to.
    /// </summary>
    public void Bind(string configPath)
    {
        if (this.Overrides is null)
        {
            // The CLI dies with a NullReferenceException here; a message is kinder.
            throw new ConfigFileException(configPath, "\"overrides\" must be a list, not null.");
        }

        var directory = Path.GetDirectoryName(configPath) ?? "";
        foreach (var item in this.Overrides)
        {
            if (item is null || item.Files is null)
            {
                throw new ConfigFileException(configPath, "Every override needs a \"files\" glob.");
            }

            item.Matcher = new OverrideGlob(item.Files, directory);
        }
    }

    public ResolvedSettings Resolve(string filePath)
    {
        // The last matching override wins outright: none of the top-level values leak into it.
        var match = this.Overrides?.LastOrDefault(o => o.Matcher?.IsMatch(filePath) == true);
        if (match is not null)
        {
            return new ResolvedSettings(
                FormatterKinds.Parse(match.Formatter),
                match.PrintWidth,
                match.UseTabs,
                match.IndentSize,
                match.EndOfLine
            );
        }

        return new ResolvedSettings(
            FormatterKinds.FromPath(filePath),
            this.PrintWidth,
            this.UseTabs,
            this.IndentSize ?? ResolvedSettings.DefaultIndentSize,
            this.EndOfLine
        );
    }
}

/// <summary>One entry of <c>overrides</c>; its defaults are the CLI's, not the enclosing file's.</summary>
internal sealed class CSharpierConfigOverride
{
    public int PrintWidth { get; set; } = ResolvedSettings.DefaultWidth;

    public int IndentSize { get; set; } = ResolvedSettings.DefaultIndentSize;

    public bool UseTabs { get; set; }

    [JsonConverter(typeof(CaseInsensitiveEnumConverter<EndOfLine>))]
    public EndOfLine EndOfLine { get; set; }

    [JsonConverter(typeof(CaseInsensitiveEnumConverter<XmlWhitespaceSensitivity>))]
    public XmlWhitespaceSensitivity? XmlWhitespaceSensitivity { get; set; }

    public string? Files { get; set; } = "";

    // An override without a formatter matches but names no formatter, so the CLI skips the file.
    public string? Formatter { get; set; } = "";

    [JsonIgnore]
    internal OverrideGlob? Matcher { get; set; }
}
