namespace Groundwork.Engine.Usings;

/// <summary>The two .editorconfig options that teams already use for using directives, with Roslyn's defaults.</summary>
public sealed record UsingsOptions(
    bool SortSystemDirectivesFirst,
    bool SeparateImportDirectiveGroups
)
{
    public const string SortSystemDirectivesFirstKey = "dotnet_sort_system_directives_first";
    public const string SeparateImportDirectiveGroupsKey =
        "dotnet_separate_import_directive_groups";

    public static UsingsOptions Default { get; } = new(true, false);

    /// <summary>What a cached "already ordered" verdict depends on, besides the file's bytes.</summary>
    public string Fingerprint =>
        $"system-first:{SortSystemDirectivesFirst}/separate:{SeparateImportDirectiveGroups}";
}
