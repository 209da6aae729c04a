namespace Groundwork.Engine.Format.Options;

/// <summary>
/// Finds and reads the csharpierrc of one folder the way the CLI does.
/// </summary>
internal static class CSharpierConfigReader
{
    // ".csharpierrc" has itself as extension; the others are the extensions of ".csharpierrc.*" names.
    private static readonly string[] Extensions = [".csharpierrc", ".json", ".yml", ".yaml"];

    /// <summary>
    /// The config file in <paramref name="directory"/>, or null. When several exist the CLI takes the
    /// smallest extension in culture order: <c>.csharpierrc</c>, then <c>.json</c>, <c>.yaml</c>, <c>.yml</c>.
    /// </summary>
    public static string? FindIn(string directory)
    {
        try
        {
            if (!Directory.Exists(directory))
            {
                return null;
            }

            return Directory
                .EnumerateFiles(directory, ".csharpierrc*", SearchOption.TopDirectoryOnly)
                .Where(f =>
                    Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)
                )
                .MinBy(Path.GetExtension, StringComparer.CurrentCulture);
        }
        catch (UnauthorizedAccessException)
        {
            // The CLI keeps searching upwards past folders it may not list.
            return null;
        }
    }

    public static CSharpierConfigFile Read(string path)
    {
        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigFileException(path, $"Could not read the file: {ex.Message}", ex);
        }

        // An empty file only earns a warning from the CLI and means "all defaults".
        if (string.IsNullOrWhiteSpace(content))
        {
            return new CSharpierConfigFile();
        }

        // The CLI decides by content, not by file name: anything not starting with '{' is YAML.
        var config = content.TrimStart().StartsWith('{')
            ? CSharpierJsonConfig.Parse(content, path)
            : CSharpierYamlConfig.Parse(content, path);
        config.Bind(path);
        return config;
    }
}
