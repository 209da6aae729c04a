namespace Groundwork.Engine.Format.Options;

/// <summary>
/// A config file that the CSharpier CLI would refuse (it stops with an unhandled exception), carried
/// with its path so the caller can point the user at the file to fix.
/// </summary>
internal sealed class ConfigFileException(string filePath, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string FilePath { get; } = filePath;
}
