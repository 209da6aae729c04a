namespace Groundwork.Engine.Usings;

/// <summary>
/// The groups a using block is ordered in, first to last: CSharpier 1.3.0's groups, in its order. With
/// <c>dotnet_sort_system_directives_first = false</c> each System group folds into the group of the other names of
/// its kind (global, plain, static).
/// </summary>
public enum UsingCategory
{
    /// <summary><c>extern alias</c>: the language wants them before every using.</summary>
    ExternAlias,
    GlobalSystem,
    Global,
    GlobalAlias,
    System,

    /// <summary><c>using alias::Name;</c> (not <c>global::System</c>, which Groundwork counts as System).</summary>
    AliasQualified,
    Regular,
    StaticSystem,
    Static,
    Alias,
}
