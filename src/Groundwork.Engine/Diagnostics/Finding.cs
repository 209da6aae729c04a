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
    public override string ToString()
    {
        var position = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        var severity = Severity.ToString().ToLowerInvariant();
        return $"{FilePath}{position}: {severity} {Code}: {Message}";
    }
}
