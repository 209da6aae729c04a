namespace Groundwork.Engine.Format.Options;

using System.Globalization;
using CSharpier.Core;

/// <summary>
/// Turns the merged .editorconfig properties for one file into settings, with the CLI's rules:
/// an invalid last value does not fall back to an earlier valid one, <c>indent_size = tab</c> takes
/// <c>tab_width</c>, and with tabs the indent size is the tab width (which defaults to indent_size).
/// </summary>
internal static class EditorConfigSettings
{
    public static ResolvedSettings Resolve(
        IReadOnlyDictionary<string, string> properties,
        string filePath
    )
    {
        var indentStyle = Get(properties, "indent_style");
        var indentSizeText = Get(properties, "indent_size");
        var tabWidthText = Get(properties, "tab_width");

        int? indentSize;
        int? tabWidth;
        if (indentSizeText == "tab")
        {
            tabWidth = ParseInt(tabWidthText);
            indentSize = tabWidth;
        }
        else
        {
            indentSize = ParseInt(indentSizeText);
            tabWidth = ParseInt(tabWidthText) ?? indentSize;
        }

        var useTabs = indentStyle == "tab";
        var maxLineLength = ParseInt(Get(properties, "max_line_length"));

        var endOfLine = EndOfLine.Auto;
        if (
            Enum.TryParse<EndOfLine>(
                Get(properties, "end_of_line"),
                ignoreCase: true,
                out var parsed
            )
        )
        {
            // Enum.TryParse takes any number; the formatter treats every non-Auto, non-CRLF value as LF.
            endOfLine = Enum.IsDefined(parsed) ? parsed : EndOfLine.LF;
        }

        var formatterText = Get(properties, "csharpier_formatter");
        var formatter = formatterText is null
            ? FormatterKinds.FromPath(filePath)
            : FormatterKinds.Parse(formatterText);

        return new ResolvedSettings(
            formatter,
            maxLineLength is > 0 ? maxLineLength.Value : ResolvedSettings.DefaultWidth,
            useTabs,
            (useTabs ? tabWidth : indentSize) ?? ResolvedSettings.DefaultIndentSize,
            endOfLine
        );
    }

    private static string? Get(IReadOnlyDictionary<string, string> properties, string key) =>
        properties.TryGetValue(key, out var value) ? value : null;

    // int.TryParse with the current culture, as the CLI does: blanks and a sign are accepted.
    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.CurrentCulture, out var value)
            ? value
            : null;
}
