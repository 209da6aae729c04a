namespace Groundwork.Engine.Format.Options;

using Microsoft.CodeAnalysis;

/// <summary>One parsed .editorconfig, ready to be combined with the ones above it.</summary>
internal sealed class EditorConfigFile
{
    public const string FileName = ".editorconfig";

    private EditorConfigFile(string path, bool isRoot, AnalyzerConfig config)
    {
        this.Path = path;
        this.IsRoot = isRoot;
        this.Config = config;
    }

    public string Path { get; }

    public bool IsRoot { get; }

    public AnalyzerConfig Config { get; }

    public static EditorConfigFile Read(string path)
    {
        string raw;
        try
        {
            raw = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigFileException(path, $"Could not read the file: {ex.Message}", ex);
        }

        var (text, isRoot) = EditorConfigText.Normalize(raw);
        return new EditorConfigFile(path, isRoot, AnalyzerConfig.Parse(text, path));
    }
}
