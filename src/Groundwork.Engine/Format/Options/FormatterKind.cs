namespace Groundwork.Engine.Format.Options;

/// <summary>
/// Mirrors the names and numbers of CSharpier's internal formatter enum, so that parsing a
/// <c>formatter</c> / <c>csharpier_formatter</c> value with <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
/// accepts exactly what the CLI accepts (any casing, numeric text, surrounding blanks).
/// </summary>
internal enum FormatterKind
{
    Unknown = 0,
    CSharp = 1,
    CSharpScript = 2,
    XML = 3,
}

internal static class FormatterKinds
{
    /// <summary>The CLI's choice of formatter by file extension, used when no config names one.</summary>
    public static FormatterKind FromPath(string filePath)
    {
        var extension = Path.GetExtension(filePath);
        if (extension.Length == 0)
        {
            return FormatterKind.Unknown;
        }

        return extension[1..].ToLowerInvariant() switch
        {
            "cs" => FormatterKind.CSharp,
            "csx" => FormatterKind.CSharpScript,
            "xml" or "config" or "csproj" or "axaml" or "props" or "slnx" or "xaml" or "targets" =>
                FormatterKind.XML,
            _ => FormatterKind.Unknown,
        };
    }

    /// <summary>
    /// A configured formatter name; null when the CLI would reject it (it then skips the file).
    /// </summary>
    public static FormatterKind? Parse(string? value) =>
        Enum.TryParse<FormatterKind>(value, ignoreCase: true, out var kind) ? kind : null;
}
