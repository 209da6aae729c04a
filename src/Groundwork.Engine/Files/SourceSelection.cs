namespace Groundwork.Engine.Files;

/// <summary>
/// Decides which of a project's Compile items a stage may touch. Generated code is left out by name or by
/// <c>generated_code</c> in .editorconfig here; a generated header is only seen once the file is read
/// (<see cref="GeneratedCode.IsGenerated"/>).
/// </summary>
public sealed class SourceSelection(
    string projectDirectory,
    bool includeLinkedFiles,
    EditorConfigLookup? editorConfig = null
)
{
    private readonly EditorConfigLookup _editorConfig = editorConfig ?? new EditorConfigLookup();

    private readonly string _projectDirectory = Path.TrimEndingDirectorySeparator(
        Path.GetFullPath(projectDirectory)
    );

    public bool Includes(string path)
    {
        var full = Path.GetFullPath(path);
        if (!full.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            return false;
        // generated_code in .editorconfig decides, both ways, before the file name does (Roslyn's rule).
        if (_editorConfig.GeneratedCode(full) ?? GeneratedCode.IsGeneratedPath(full))
            return false;
        if (!InScope(full))
            return false;
        // A symbolic link is written through to the file it leads to, so that file must be in scope too: a link
        // to a file outside the project folder is a linked file, edited only with GroundworkIncludeLinkedFiles.
        // A link that leads nowhere stays selected, so that the stage reports it (GW0008).
        var target = SymbolicLink.FinalTarget(full, out _);
        return target is null || target == full || InScope(target);
    }

    private bool InScope(string full)
    {
        var relative = Path.GetRelativePath(_projectDirectory, full);
        var outsideProject =
            relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        if (outsideProject)
            return includeLinkedFiles && !IsUnderBuildOutput(full);
        return !IsUnderBuildOutput(relative);
    }

    private static bool IsUnderBuildOutput(string path)
    {
        var segments = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return segments[..^1]
            .Any(s =>
                s.Equals("obj", StringComparison.OrdinalIgnoreCase)
                || s.Equals("bin", StringComparison.OrdinalIgnoreCase)
            );
    }
}
