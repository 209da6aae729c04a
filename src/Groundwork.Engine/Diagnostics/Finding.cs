namespace Groundwork.Engine.Diagnostics;

/// <summary>
/// One diagnostic, positioned the way MSBuild's canonical format wants it:
/// <c>file(line,col): severity CODE: message</c>. Line and column are 1-based; 0 means "the whole file".
/// </summary>
public sealed record Finding(
    string Code,
    FindingSeverity Severity,
    string FilePath,
    int Line,
    int Column,
    string Message
)
{
    /// <summary>
    /// The message on one line. Messages quote exceptions (a JSON or YAML parser's, an I/O error's) that may
    /// span lines; MSBuild would print each extra line as a diagnostic of its own, and a canonical-form
    /// reader (an IDE, a CI annotation) would lose it.
    /// </summary>
    public string Message
    {
        get => message;
        init => message = OneLine(value);
    }

    private readonly string message = OneLine(Message);

    public override string ToString()
    {
        var position = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        var severity = Severity.ToString().ToLowerInvariant();
        return $"{FilePath}{position}: {severity} {Code}: {Message}";
    }

    private static string OneLine(string message) =>
        string.Join(
            ' ',
            message
                .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Trim())
                .Where(part => part.Length > 0)
        );
}
