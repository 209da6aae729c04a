namespace Groundwork.Engine.Format.Options;

using System.Text;

/// <summary>
/// Rewrites an .editorconfig into the text Roslyn must see so that Roslyn's section matching yields
/// what the CSharpier CLI yields. The CLI reads .editorconfig with an INI library whose rules differ
/// from Roslyn's in ways that change results (all confirmed against the CLI):
/// keys are case-sensitive (<c>INDENT_SIZE</c> is ignored); only <c>=</c> separates a key from its value;
/// a trailing <c># comment</c> stays part of the value (so <c>indent_size = 2 # two</c> is invalid);
/// values are not lower-cased (<c>indent_style = Tab</c> is ignored); <c>root</c> must be exactly
/// <c>true</c>; and a repeated section header is merged into its first occurrence.
/// Section matching itself is left entirely to Roslyn; only the handful of keys the CLI reads are kept.
/// </summary>
internal static class EditorConfigText
{
    /// <summary>The keys the CLI reads from .editorconfig sections.</summary>
    internal static readonly string[] Keys =
    [
        "indent_style",
        "indent_size",
        "tab_width",
        "max_line_length",
        "end_of_line",
        "csharpier_formatter",
    ];

    // Present-but-invalid: it must still shadow values from earlier sections, as in the CLI.
    private const string InvalidValue = "groundwork-invalid-value";

    public static (string Text, bool IsRoot) Normalize(string rawText)
    {
        var isRoot = false;
        string? section = null;
        var sections = new List<(string Name, Dictionary<string, string> Properties)>();
        var byName = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);

        foreach (var rawLine in rawText.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is ';' or '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                if (line[^1] == ']' && line.Length > 2)
                {
                    section = line[1..^1].Trim();
                    if (!byName.ContainsKey(section))
                    {
                        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
                        byName[section] = properties;
                        sections.Add((section, properties));
                    }
                }

                // Anything else starting with '[' is an invalid line, which the CLI skips.
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (section is null)
            {
                if (key == "root")
                {
                    isRoot = value == "true";
                }
            }
            else if (Keys.Contains(key, StringComparer.Ordinal))
            {
                byName[section][key] = Sanitize(key, value);
            }
        }

        var text = new StringBuilder();
        if (isRoot)
        {
            text.Append("root = true\n");
        }

        foreach (var (name, properties) in sections)
        {
            text.Append('[').Append(EscapeSectionName(name)).Append("]\n");
            foreach (var (key, value) in properties)
            {
                text.Append(key).Append(" = ").Append(value).Append('\n');
            }
        }

        return (text.ToString(), isRoot);
    }

    /// <summary>Roslyn ends a section header at an unescaped '#' or ';'; the CLI does not.</summary>
    public static string EscapeSectionName(string name) =>
        name.Replace("#", "\\#", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal);

    private static string Sanitize(string key, string value)
    {
        // Roslyn would cut the value at the comment character; the CLI keeps it and then fails to parse.
        if (value.AsSpan().IndexOfAny('#', ';') >= 0)
        {
            return InvalidValue;
        }

        // Roslyn lower-cases the values of these standard keys; the CLI compares them as written.
        return key switch
        {
            "indent_style" when value is not ("space" or "tab") => InvalidValue,
            "indent_size"
                when value != "tab" && value.Equals("tab", StringComparison.OrdinalIgnoreCase) =>
                InvalidValue,
            _ => value,
        };
    }
}
