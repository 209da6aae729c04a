namespace Groundwork.Engine.Format.Options;

using CSharpier.Core;

/// <summary>
/// What one config source decided for a file, before it becomes a <see cref="CodeFormatterOptions"/>.
/// Formatter is kept apart because a non-C# formatter means "skip", not "format differently".
/// </summary>
internal sealed record ResolvedSettings(
    FormatterKind? Formatter,
    int Width,
    bool UseTabs,
    int IndentSize,
    EndOfLine EndOfLine
)
{
    public const int DefaultWidth = 100;
    public const int DefaultIndentSize = 4;

    public static ResolvedSettings Defaults(string filePath) =>
        new(
            FormatterKinds.FromPath(filePath),
            DefaultWidth,
            UseTabs: false,
            DefaultIndentSize,
            EndOfLine.Auto
        );
}
