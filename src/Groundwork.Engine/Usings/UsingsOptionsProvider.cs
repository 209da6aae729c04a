using Groundwork.Engine.Files;
using Groundwork.Engine.Format.Options;

namespace Groundwork.Engine.Usings;

/// <summary>
/// Reads <c>dotnet_sort_system_directives_first</c> and <c>dotnet_separate_import_directive_groups</c> for a
/// file from its .editorconfig files with <see cref="EditorConfigLookup"/>, that is as the compiler merges them.
/// Safe to call from many threads.
/// </summary>
public sealed class UsingsOptionsProvider(EditorConfigLookup editorConfig)
{
    public UsingsOptionsProvider()
        : this(new EditorConfigLookup()) { }

    /// <summary>The options for the file, or the .editorconfig that cannot be read.</summary>
    public UsingsOptionsResolution Resolve(string filePath)
    {
        try
        {
            var properties = editorConfig.OptionsFor(filePath);
            return new UsingsOptionsResolution(
                new UsingsOptions(
                    Flag(
                        properties,
                        UsingsOptions.SortSystemDirectivesFirstKey,
                        UsingsOptions.Default.SortSystemDirectivesFirst
                    ),
                    Flag(
                        properties,
                        UsingsOptions.SeparateImportDirectiveGroupsKey,
                        UsingsOptions.Default.SeparateImportDirectiveGroups
                    )
                ),
                null,
                null
            );
        }
        catch (ConfigFileException e)
        {
            return new UsingsOptionsResolution(null, e.FilePath, e.Message);
        }
    }

    // Roslyn's own reading of these options: "true" or "false", optionally followed by ":severity";
    // anything else leaves the default, as it does in the IDE.
    private static bool Flag(
        IReadOnlyDictionary<string, string> properties,
        string key,
        bool fallback
    )
    {
        if (!properties.TryGetValue(key, out var value))
            return fallback;
        var text = value.Split(':')[0].Trim();
        return bool.TryParse(text, out var flag) ? flag : fallback;
    }
}
