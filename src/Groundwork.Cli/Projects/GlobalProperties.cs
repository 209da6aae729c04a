using Groundwork.Cli.Commands;

namespace Groundwork.Cli.Projects;

/// <summary>
/// The MSBuild global properties of a run, from <c>-p|--property</c>, <c>-c|--configuration</c> and
/// <c>-f|--framework</c>, as <c>dotnet build</c> takes them. A global property beats the project's own value
/// (an environment variable does not), so this is how the command line changes a project's
/// <c>TargetFrameworks</c>, <c>Configuration</c> or a Groundwork property.
/// </summary>
public static class GlobalProperties
{
    /// <summary>
    /// Parses <c>Name=Value</c> pairs, several per option separated by <c>;</c>. Later values win, as in MSBuild;
    /// <paramref name="configuration"/> and <paramref name="framework"/> come last, so they win over
    /// <c>-p:Configuration</c> and <c>-p:TargetFramework</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Parse(
        IEnumerable<string> properties,
        string? configuration,
        string? framework
    )
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in properties)
        {
            foreach (var pair in option.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                var name = equals < 0 ? pair.Trim() : pair[..equals].Trim();
                if (equals < 0 || !IsValidName(name))
                    throw new UsageException(
                        $"'-p:{option}' is not a list of Name=Value pairs ('{pair}'). A semicolon inside a value is written %3B, as in MSBuild."
                    );
                // Removed first so the casing of the last occurrence is kept, as MSBuild keeps it.
                result.Remove(name);
                result[name] = pair[(equals + 1)..];
            }
        }
        if (!string.IsNullOrWhiteSpace(configuration))
            result["Configuration"] = configuration;
        if (!string.IsNullOrWhiteSpace(framework))
            result["TargetFramework"] = framework;
        return result;
    }

    /// <summary>MSBuild's rule for a property name: a letter or _, then letters, digits, _ and -.</summary>
    private static bool IsValidName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>These properties with more set on top, for an evaluation of one target framework or a task run.</summary>
    public static Dictionary<string, string> With(
        IReadOnlyDictionary<string, string>? properties,
        params (string Name, string Value)[] more
    )
    {
        var result = new Dictionary<string, string>(
            properties ?? new Dictionary<string, string>(),
            StringComparer.OrdinalIgnoreCase
        );
        foreach (var (name, value) in more)
            result[name] = value;
        return result;
    }
}
