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
        var relative = Path.GetRelativePath(_projectDirectory, full);
        var outsideProject =
            relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        if (
            outsideProject
                ? !includeLinkedFiles || IsUnderBuildOutput(full)
                : IsUnderBuildOutput(relative)
        )
            return false;
        return !(_editorConfig.GeneratedCode(full) ?? GeneratedCode.IsGeneratedPath(full));
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
