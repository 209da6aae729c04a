namespace Groundwork.Engine.Format.Options;

/// <summary>
/// A <c>.csharpierignore</c>: the files the CSharpier CLI leaves alone, in gitignore syntax, relative to the
/// file's folder. The CLI uses the nearest one at or above a file's folder. Within it the last pattern that
/// matches decides, and a file inside an ignored folder is ignored whatever comes after (as in git, a file
/// cannot be re-included when its folder is excluded). The CLI's own rules for <c>bin</c>, <c>obj</c>,
/// <c>node_modules</c> and <c>.git</c> folders come first, so a negation in the file can take them back.
/// </summary>
internal sealed class CSharpierIgnoreFile
{
    public const string FileName = ".csharpierignore";

    private static readonly string[] AlwaysIgnored =
    [
        "**/bin",
        "**/node_modules",
        "**/obj",
        "**/.git",
    ];

    private readonly string directory;
    private readonly IReadOnlyList<IgnorePattern> patterns;

    private CSharpierIgnoreFile(string directory, IReadOnlyList<IgnorePattern> patterns)
    {
        this.directory = directory;
        this.patterns = patterns;
    }

    public static CSharpierIgnoreFile Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigFileException(path, $"Could not read the file: {ex.Message}", ex);
        }

        var patterns = AlwaysIgnored.Select(IgnorePattern.Parse).OfType<IgnorePattern>().ToList();
        for (var i = 0; i < lines.Length; i++)
        {
            try
            {
                if (IgnorePattern.Parse(lines[i]) is { } pattern)
                {
                    patterns.Add(pattern);
                }
            }
            catch (FormatException ex)
            {
                throw new ConfigFileException(path, ex.Message, ex, line: i + 1, column: 1);
            }
        }

        return new CSharpierIgnoreFile(Path.GetDirectoryName(path)!, patterns);
    }

    public bool Ignores(string fullPath)
    {
        var relative = Path.GetRelativePath(this.directory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var depth = 1; depth < segments.Length; depth++)
        {
            if (this.LastMatchIgnores(string.Join('/', segments[..depth]), isDirectory: true))
            {
                return true;
            }
        }

        return this.LastMatchIgnores(string.Join('/', segments), isDirectory: false);
    }

    private bool LastMatchIgnores(string relativePath, bool isDirectory)
    {
        for (var i = this.patterns.Count - 1; i >= 0; i--)
        {
            if (this.patterns[i].IsMatch(relativePath, isDirectory))
            {
                return !this.patterns[i].Negated;
            }
        }

        return false;
    }
}
