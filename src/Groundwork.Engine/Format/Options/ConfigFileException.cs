namespace Groundwork.Engine.Format.Options;

/// <summary>
/// A config file that the CSharpier CLI would refuse (it stops with an unhandled exception), carried
/// with its path, and the 1-based line and column of the problem when the parser knows them (0 when it
/// does not), so the caller can point the user at the place to fix.
/// </summary>
internal sealed class ConfigFileException(
    string filePath,
    string message,
    Exception? inner = null,
    int line = 0,
    int column = 0
) : Exception(message, inner)
{
    public string FilePath { get; } = filePath;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
