namespace Groundwork.Engine.Diagnostics;

/// <summary>
/// One diagnostic, positioned the way MSBuild's canonical format wants it:
/// <c>file(line,col): severity CODE: message</c>. Line and column are 1-based; 0 means "the whole file".
/// </summary>
/// <param name="Text">The message without the sentence that says how to fix it.</param>
/// <param name="Fix">How to fix it, when a stage's fix mode does; worded by the adapter (<see cref="FixVia"/>).</param>
public sealed record Finding(
    string Code,
    FindingSeverity Severity,
    string FilePath,
    int Line,
    int Column,
    string Text,
    FixHint? Fix = null
)
{
    /// <summary>
    /// The text on one line. Messages quote exceptions (a JSON or YAML parser's, an I/O error's) that may
    /// span lines; MSBuild would print each extra line as a diagnostic of its own, and a canonical-form
    /// reader (an IDE, a CI annotation) would lose it.
    /// </summary>
    public string Text
    {
        get => text;
        init => text = OneLine(value);
    }

    private readonly string text = OneLine(Text);

    /// <summary>The whole message: the text, then how to fix it as the adapter's user runs the fix.</summary>
    public string Message => Fix is null ? Text : $"{Text} {Fix.Sentence}";

    /// <summary>The same finding, its fix worded for the build or for the command line.</summary>
    public Finding WithFixVia(FixVia via) =>
        Fix is null ? this : this with { Fix = Fix with { Via = via } };

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
