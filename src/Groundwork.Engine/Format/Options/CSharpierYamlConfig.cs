namespace Groundwork.Engine.Format.Options;

using System.Globalization;
using System.Text;
using CSharpier.Core;

/// <summary>
/// Reads the YAML form of a csharpierrc without a YAML library. Only the shapes a csharpierrc needs are
/// understood: top-level <c>key: value</c> lines and an <c>overrides:</c> block list of such maps, with
/// plain, 'single' or "double" quoted scalars and # comments. Anything else in a known setting (flow
/// collections, anchors, tags, block or multi-line scalars) is reported as unsupported rather than
/// guessed at. Rules copied from the CLI (YamlDotNet, camelCase names, checked against the CLI): names
/// are case-sensitive and unknown ones are ignored, a repeated key takes the last value, an empty
/// value means the type's default, booleans accept true/false/yes/no/y/n/on/off, quoted numbers work.
/// </summary>
internal static class CSharpierYamlConfig
{
    public static CSharpierConfigFile Parse(string content, string path)
    {
        try
        {
            return new Reader(content).ReadFile();
        }
        catch (YamlSubsetException ex)
        {
            throw new ConfigFileException(path, $"YAML line {ex.Line}: {ex.Message}");
        }
    }

    private sealed class YamlSubsetException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }

    private readonly record struct Line(int Number, int Indent, string Text);

    private sealed class Reader
    {
        private readonly List<Line> lines = [];
        private int position;

        public Reader(string content)
        {
            var number = 0;
            var started = false;
            foreach (var raw in content.Split('\n'))
            {
                number++;
                var text = StripComment(raw.TrimEnd('\r'), number).TrimEnd();
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                var indent = text.Length - text.TrimStart(' ').Length;
                if (text[indent] == '\t')
                {
                    throw new YamlSubsetException(number, "tabs cannot indent YAML.");
                }

                if (indent == 0 && text == "---" && !started)
                {
                    continue;
                }

                if (indent == 0 && text is "---" or "...")
                {
                    throw new YamlSubsetException(
                        number,
                        "only a single YAML document is supported."
                    );
                }

                if (text[0] == '%')
                {
                    throw new YamlSubsetException(number, "YAML directives are not supported.");
                }

                started = true;
                this.lines.Add(new Line(number, indent, text[indent..]));
            }
        }

        public CSharpierConfigFile ReadFile()
        {
            var config = new CSharpierConfigFile();
            while (this.position < this.lines.Count)
            {
                var line = this.lines[this.position];
                if (line.Indent != 0 || line.Text.StartsWith('-'))
                {
                    throw new YamlSubsetException(
                        line.Number,
                        "expected a top-level 'key: value' line."
                    );
                }

                var (key, value) = SplitKeyValue(line);
                this.position++;
                switch (key)
                {
                    case "overrides":
                        config.Overrides = this.ReadOverrides(line, value);
                        break;
                    case "printWidth":
                        config.PrintWidth = ToInt(this.Scalar(line, value, 0), line.Number) ?? 0;
                        break;
                    case "indentSize":
                        config.IndentSize = ToInt(this.Scalar(line, value, 0), line.Number);
                        break;
                    case "useTabs":
                        config.UseTabs = ToBool(this.Scalar(line, value, 0), line.Number);
                        break;
                    case "endOfLine":
                        config.EndOfLine =
                            ToEnum<EndOfLine>(this.Scalar(line, value, 0), line.Number) ?? default;
                        break;
                    case "xmlWhitespaceSensitivity":
                        config.XmlWhitespaceSensitivity = ToEnum<XmlWhitespaceSensitivity>(
                            this.Scalar(line, value, 0),
                            line.Number
                        );
                        break;
                    default:
                        this.SkipNested(0, allowSequenceAtSameIndent: true);
                        break;
                }
            }

            return config;
        }

        private CSharpierConfigOverride[]? ReadOverrides(Line line, string value)
        {
            if (value == "[]")
            {
                this.RejectNested(line, 0);
                return [];
            }

            if (value.Length > 0)
            {
                var scalar = this.Scalar(line, value, 0);
                return scalar is null
                    ? null
                    : throw new YamlSubsetException(line.Number, "'overrides' must be a list.");
            }

            var items = new List<CSharpierConfigOverride>();
            int? itemIndent = null;
            while (this.position < this.lines.Count)
            {
                var item = this.lines[this.position];
                var isItem =
                    item.Text == "-" || item.Text.StartsWith("- ", StringComparison.Ordinal);
                if (item.Indent == 0 && !isItem)
                {
                    break;
                }

                itemIndent ??= item.Indent;
                if (!isItem || item.Indent != itemIndent)
                {
                    throw new YamlSubsetException(
                        item.Number,
                        "expected a '- key: value' list item."
                    );
                }

                items.Add(this.ReadOverride(item));
            }

            // "overrides:" with nothing under it is null in YAML, which the CLI cannot handle.
            return items.Count == 0 ? null : items.ToArray();
        }

        private CSharpierConfigOverride ReadOverride(Line dash)
        {
            var result = new CSharpierConfigOverride();
            var rest = dash.Text[1..];
            var firstKeyIndent = dash.Indent + 1 + (rest.Length - rest.TrimStart(' ').Length);
            this.position++;

            var entries = new List<Line>();
            if (rest.Trim().Length > 0)
            {
                entries.Add(new Line(dash.Number, firstKeyIndent, rest.Trim()));
            }

            int? keyIndent = entries.Count > 0 ? firstKeyIndent : null;
            while (this.position < this.lines.Count)
            {
                var line = this.lines[this.position];
                if (line.Indent <= dash.Indent)
                {
                    break;
                }

                keyIndent ??= line.Indent;
                if (line.Indent != keyIndent)
                {
                    throw new YamlSubsetException(line.Number, "unexpected indentation.");
                }

                entries.Add(line);
                this.position++;
                this.SkipOrRejectUnder(line, keyIndent.Value, entries);
            }

            foreach (var entry in entries)
            {
                var (key, value) = SplitKeyValue(entry);
                switch (key)
                {
                    case "files":
                        result.Files = ScalarText(entry, value);
                        break;
                    case "formatter":
                        result.Formatter = ScalarText(entry, value);
                        break;
                    case "printWidth":
                        result.PrintWidth = ToInt(ScalarText(entry, value), entry.Number) ?? 0;
                        break;
                    case "indentSize":
                        result.IndentSize = ToInt(ScalarText(entry, value), entry.Number) ?? 0;
                        break;
                    case "useTabs":
                        result.UseTabs = ToBool(ScalarText(entry, value), entry.Number);
                        break;
                    case "endOfLine":
                        result.EndOfLine =
                            ToEnum<EndOfLine>(ScalarText(entry, value), entry.Number) ?? default;
                        break;
                    case "xmlWhitespaceSensitivity":
                        result.XmlWhitespaceSensitivity = ToEnum<XmlWhitespaceSensitivity>(
                            ScalarText(entry, value),
                            entry.Number
                        );
                        break;
                }
            }

            return result;

            static string? ScalarText(Line line, string value) => ParseScalar(value, line.Number);
        }

        // Lines nested under an override entry: harmless below an unknown key, unsupported below a known one.
        private void SkipOrRejectUnder(Line entry, int keyIndent, List<Line> entries)
        {
            var nestedStart = this.position;
            while (this.position < this.lines.Count && this.lines[this.position].Indent > keyIndent)
            {
                this.position++;
            }

            if (this.position > nestedStart)
            {
                var (key, _) = SplitKeyValue(entry);
                if (IsOverrideKey(key))
                {
                    throw new YamlSubsetException(
                        this.lines[nestedStart].Number,
                        $"'{key}' must be a single-line value."
                    );
                }

                entries.Remove(entry);
            }
        }

        private static bool IsOverrideKey(string key) =>
            key
                is "files"
                    or "formatter"
                    or "printWidth"
                    or "indentSize"
                    or "useTabs"
                    or "endOfLine"
                    or "xmlWhitespaceSensitivity";

        private string? Scalar(Line line, string value, int indent)
        {
            this.RejectNested(line, indent);
            return ParseScalar(value, line.Number);
        }

        private void RejectNested(Line line, int indent)
        {
            if (this.position < this.lines.Count && this.lines[this.position].Indent > indent)
            {
                throw new YamlSubsetException(
                    this.lines[this.position].Number,
                    $"the value of '{SplitKeyValue(line).Key}' must fit on one line."
                );
            }
        }

        private void SkipNested(int indent, bool allowSequenceAtSameIndent)
        {
            while (this.position < this.lines.Count)
            {
                var line = this.lines[this.position];
                var nested =
                    line.Indent > indent
                    || (
                        allowSequenceAtSameIndent
                        && line.Indent == indent
                        && line.Text.StartsWith('-')
                    );
                if (!nested)
                {
                    return;
                }

                this.position++;
            }
        }
    }

    private static (string Key, string Value) SplitKeyValue(Line line)
    {
        var text = line.Text;
        var quote = text[0] is '"' or '\'' ? text[0] : '\0';
        var searchFrom = 0;
        if (quote != '\0')
        {
            searchFrom = text.IndexOf(quote, 1);
            if (searchFrom < 0)
            {
                throw new YamlSubsetException(line.Number, "unterminated quoted key.");
            }
        }

        for (var i = searchFrom; i < text.Length; i++)
        {
            if (text[i] == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                var key = text[..i].Trim();
                key = quote != '\0' ? ParseScalar(key, line.Number) ?? "" : key;
                return (key, text[(i + 1)..].Trim());
            }
        }

        throw new YamlSubsetException(line.Number, "expected 'key: value'.");
    }

    private static string? ParseScalar(string value, int lineNumber)
    {
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        switch (value[0])
        {
            case '\'':
                if (value.Length < 2 || value[^1] != '\'')
                {
                    throw new YamlSubsetException(lineNumber, "unterminated 'quoted' value.");
                }

                return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
            case '"':
                if (value.Length < 2 || value[^1] != '"')
                {
                    throw new YamlSubsetException(lineNumber, "unterminated \"quoted\" value.");
                }

                return Unescape(value[1..^1], lineNumber);
            case '[' or '{' or '&' or '*' or '!' or '|' or '>' or '@' or '`' or '%':
                throw new YamlSubsetException(
                    lineNumber,
                    $"'{value}' uses a YAML feature that is not supported here; write a plain value."
                );
            default:
                return value;
        }
    }

    private static string Unescape(string text, int lineNumber)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            if (++i == text.Length)
            {
                throw new YamlSubsetException(lineNumber, "dangling '\\' in a quoted value.");
            }

            result.Append(
                text[i] switch
                {
                    '\\' => '\\',
                    '"' => '"',
                    '/' => '/',
                    'n' => '\n',
                    't' => '\t',
                    _ => throw new YamlSubsetException(
                        lineNumber,
                        $"the escape '\\{text[i]}' is not supported."
                    ),
                }
            );
        }

        return result.ToString();
    }

    // '#' starts a comment at the line start or after a blank, but never inside quotes.
    private static string StripComment(string line, int lineNumber)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && quote == '"')
                {
                    i++;
                }
            }
            else if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
            {
                return line[..i];
            }
            else if ((c is '"' or '\'') && (i == 0 || line[i - 1] is ' ' or ':' or '-'))
            {
                quote = c;
            }
        }

        return quote == '\0'
            ? line
            : throw new YamlSubsetException(lineNumber, "quoted values must end on the same line.");
    }

    private static int? ToInt(string? text, int lineNumber)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (
            trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(
                trimmed[2..],
                NumberStyles.AllowHexSpecifier,
                CultureInfo.InvariantCulture,
                out var hex
            )
        )
        {
            return hex;
        }

        return int.TryParse(
            trimmed,
            NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out var value
        )
            ? value
            : throw new YamlSubsetException(lineNumber, $"'{text}' is not a whole number.");
    }

    private static bool ToBool(string? text, int lineNumber) =>
        text?.ToLowerInvariant() switch
        {
            null => false,
            "true" or "y" or "yes" or "on" => true,
            "false" or "n" or "no" or "off" => false,
            _ => throw new YamlSubsetException(lineNumber, $"'{text}' is not true or false."),
        };

    private static TEnum? ToEnum<TEnum>(string? text, int lineNumber)
        where TEnum : struct, Enum =>
        text is null ? null
        : Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) ? value
        : throw new YamlSubsetException(
            lineNumber,
            $"'{text}' is not a valid {typeof(TEnum).Name}."
        );
}
