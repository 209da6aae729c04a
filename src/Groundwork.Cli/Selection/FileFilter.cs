using Microsoft.Extensions.FileSystemGlobbing;

namespace Groundwork.Cli.Selection;

/// <summary>
/// The command line's narrowing of the files: <c>--include</c> and <c>--exclude</c> globs (relative to the
/// solution's or project's folder) and <c>--changed-since</c>. It only ever removes files from what the
/// project itself selects.
/// </summary>
public sealed class FileFilter
{
    private readonly string _root;
    private readonly Matcher? _include;
    private readonly Matcher? _exclude;
    private readonly IReadOnlySet<string>? _changed;

    public FileFilter(
        string root,
        IReadOnlyList<string> include,
        IReadOnlyList<string> exclude,
        IReadOnlySet<string>? changed
    )
    {
        _root = root;
        _include = include.Count > 0 ? CreateMatcher(include) : null;
        _exclude = exclude.Count > 0 ? CreateMatcher(exclude) : null;
        _changed = changed;
    }

    public bool IsEmpty => _include is null && _exclude is null && _changed is null;

    public bool Includes(string fullPath)
    {
        if (_changed is not null && !_changed.Contains(fullPath))
            return false;
        if (_include is not null && !Matches(_include, fullPath))
            return false;
        return _exclude is null || !Matches(_exclude, fullPath);
    }

    private bool Matches(Matcher matcher, string fullPath) =>
        matcher.Match(_root, [fullPath]).HasMatches;

    private static Matcher CreateMatcher(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var glob in globs)
        {
            var pattern = glob.Replace('\\', '/').TrimEnd('/');
            if (pattern.StartsWith("./", StringComparison.Ordinal))
                pattern = pattern[2..];
            matcher.AddInclude(pattern);
            // A plain folder name means everything under it, as users expect from `--include src`.
            if (
                !pattern.Contains('*')
                && !pattern.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
            )
                matcher.AddInclude(pattern + "/**");
        }
        return matcher;
    }
}
