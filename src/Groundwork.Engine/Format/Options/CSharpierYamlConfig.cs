namespace Groundwork.Engine.Format.Options;

using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

/// <summary>
/// Reads the YAML form of a csharpierrc with YamlDotNet 16.3.0, the version the CSharpier 1.3.0 CLI ships,
/// set up as the CLI sets it up (camelCase names, unknown keys ignored) and filling the same model, so that
/// every YAML rule (booleans such as <c>yes</c>/<c>on</c>, quoted and hexadecimal numbers, case-sensitive
/// names, anchors, block scalars, what counts as an error) is the CLI's by construction.
/// </summary>
internal static partial class CSharpierYamlConfig
{
    public static CSharpierConfigFile Parse(string content, string path)
    {
        // A new deserializer per file, as the CLI does; a file is read once per build anyway.
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        try
        {
            // A document of comments alone is null: the CLI then fails with a NullReferenceException, which
            // helps nobody, so it means "all defaults" here, as an empty file does.
            return deserializer.Deserialize<CSharpierConfigFile?>(content)
                ?? new CSharpierConfigFile();
        }
        catch (YamlException ex)
        {
            // "Exception during deserialization" wraps the useful reason (a bad boolean, number or enum name).
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw new ConfigFileException(
                path,
                $"Invalid YAML: {PositionSuffix().Replace(reason, "")}",
                ex,
                (int)ex.Start.Line,
                (int)ex.Start.Column
            );
        }
    }

    // Some YamlDotNet messages end with the position, which the diagnostic carries on its own.
    [GeneratedRegex(@"\s*\(at Line: \d+, Col: \d+, Idx: \d+\)")]
    private static partial Regex PositionSuffix();
}
