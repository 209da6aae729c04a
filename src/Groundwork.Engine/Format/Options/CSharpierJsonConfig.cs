namespace Groundwork.Engine.Format.Options;

using System.Text.Json;

/// <summary>
/// Reads the JSON form of a csharpierrc with the same serializer settings as the CLI: property names in
/// any casing, unknown properties ignored, and nothing lenient beyond that (comments, trailing commas
/// and numbers written as strings make the CLI fail, so they fail here too).
/// </summary>
internal static class CSharpierJsonConfig
{
    private static readonly JsonSerializerOptions Settings = new()
    {
        PropertyNameCaseInsensitive = true,
    };

    public static CSharpierConfigFile Parse(string content, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<CSharpierConfigFile>(content, Settings)
                ?? new CSharpierConfigFile();
        }
        catch (JsonException ex)
        {
            throw new ConfigFileException(path, $"Invalid JSON: {ex.Message}", ex);
        }
    }
}
