namespace Groundwork.Engine.Format.Options;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// One line of a <c>.csharpierignore</c>, in gitignore syntax as the CSharpier 1.3.0 CLI reads it: <c>!</c>
/// negates, a leading <c>/</c> or a slash inside anchors the pattern to the ignore file's folder (otherwise it
/// matches any one segment of the path, at any depth), a trailing <c>/</c> matches folders only; <c>*</c> and
/// <c>?</c> stop at a slash, <c>**/</c> spans any number of folders, <c>**.</c> means <c>*.</c>, and
/// <c>[...]</c> is a character class (POSIX names such as <c>[:digit:]</c> included). A class naming an
/// unknown POSIX class never matches; one that is never closed stops the CLI, so it is a
/// <see cref="FormatException"/> here.
/// </summary>
internal sealed class IgnorePattern
{
    private readonly Regex? regex;
    private readonly bool anchored;
    private readonly bool directoriesOnly;

    private IgnorePattern(Regex? regex, bool anchored, bool directoriesOnly, bool negated)
    {
        this.regex = regex;
        this.anchored = anchored;
        this.directoriesOnly = directoriesOnly;
        this.Negated = negated;
    }

    /// <summary>A match of a negated pattern says "not ignored".</summary>
    public bool Negated { get; }

    /// <summary>The pattern of a line, or null for a blank line or a comment.</summary>
    /// <exception cref="FormatException">The CLI cannot read the line.</exception>
    public static IgnorePattern? Parse(string line)
    {
        // The CLI trims both ends, so a trailing "\ " does not keep its space.
        var pattern = line.Trim();
        if (pattern.Length == 0 || pattern.StartsWith('#'))
        {
            return null;
        }

        var negated = pattern.StartsWith('!');
        if (negated)
        {
            pattern = pattern[1..];
        }

        var leadingSlash = pattern.StartsWith('/');
        if (leadingSlash)
        {
            pattern = pattern[1..];
        }

        var directoriesOnly = pattern.EndsWith('/');
        if (directoriesOnly)
        {
            pattern = pattern[..^1];
        }

        var anchored = leadingSlash || pattern.Contains('/');
        return new IgnorePattern(ToRegex(pattern), anchored, directoriesOnly, negated);
    }

    /// <param name="relativePath">The path from the ignore file's folder, with <c>/</c> between segments.</param>
    /// <param name="isDirectory">Whether the path names a folder.</param>
    public bool IsMatch(string relativePath, bool isDirectory)
    {
        if (this.regex is null || (this.directoriesOnly && !isDirectory))
        {
            return false;
        }

        return this.anchored
            ? this.regex.IsMatch(relativePath)
            : relativePath.Split('/').Any(this.regex.IsMatch);
    }

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["[:alnum:]"] = "a-zA-Z0-9",
        ["[:alpha:]"] = "a-zA-Z",
        ["[:blank:]"] = @"\p{Zs}\t",
        ["[:cntrl:]"] = @"\p{Cc}",
        ["[:digit:]"] = @"\d",
        ["[:graph:]"] = @"^\p{Z}\p{C}",
        ["[:lower:]"] = "a-z",
        ["[:print:]"] = @"\p{C}",
        ["[:punct:]"] = @"\p{P}",
        ["[:space:]"] = @"\s",
        ["[:upper:]"] = "A-Z",
        ["[:xdigit:]"] = "A-Fa-f0-9",
    };

    private static Regex? ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                // An escaped letter or digit is the letter; anything else escaped is itself, literally.
                regex.Append(Regex.Escape(pattern[i + 1].ToString()));
                i += 2;
            }
            else if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i += 2;
                if (i < pattern.Length && pattern[i] == '/')
                {
                    regex.Append("(?:.*?/)?");
                    i++;
                }
                else if (i < pattern.Length && pattern[i] == '.')
                {
                    regex.Append("[^/]*"); // foo/**.cs is foo/*.cs
                }
                else
                {
                    regex.Append(".*");
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
                i++;
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
                i++;
            }
            else if (c == '[')
            {
                var end = ClassEnd(pattern, i);
                if (end < 0)
                {
                    throw new FormatException(
                        $"The character class at '{pattern[i..]}' is not closed."
                    );
                }

                var body = pattern[(i + 1)..end];
                var translated = TranslateClass(body);
                if (translated is null)
                {
                    return null;
                }

                regex.Append("(?!/)[").Append(translated).Append(']');
                i = end + 1;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
                i++;
            }
        }

        regex.Append('$');
        try
        {
            return new Regex(regex.ToString(), RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"The pattern '{pattern}' is not valid: {ex.Message}", ex);
        }
    }

    /// <summary>The index of the <c>]</c> that closes the class opened at <paramref name="start"/>, or -1.</summary>
    private static int ClassEnd(string pattern, int start)
    {
        var i = start + 1;
        while (i < pattern.Length)
        {
            if (pattern[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    return -1;
                }

                i = close + 2;
                continue;
            }

            if (pattern[i] == ']' && i > start + 1)
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>A class body as a regular expression's, or null when it names an unknown POSIX class.</summary>
    private static string? TranslateClass(string body)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < body.Length)
        {
            if (body[i] == '[' && i + 1 < body.Length && body[i + 1] == ':')
            {
                var close = body.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (!PosixClasses.TryGetValue(body[i..(close + 2)], out var posix))
                {
                    return null;
                }

                result.Append(posix);
                i = close + 2;
            }
            else if (body[i] == '\\' && i + 1 < body.Length)
            {
                var escaped = body[i + 1];
                result.Append(char.IsAsciiLetterOrDigit(escaped) ? $"{escaped}" : $"\\{escaped}");
                i += 2;
            }
            else
            {
                // '-' ranges and '^' negation mean what they mean in a regular expression, as in the CLI.
                result.Append(body[i] == '[' ? @"\[" : body[i].ToString());
                i++;
            }
        }

        return result.ToString();
    }
}
