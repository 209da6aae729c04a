namespace Groundwork.Engine.Format.Options;

using Microsoft.CodeAnalysis;

/// <summary>
/// The .editorconfig files that apply below one folder: the nearest one and its ancestors up to the
/// first <c>root = true</c>. Roslyn merges their matching sections (outer files first, later sections
/// winning), which is the order the CLI applies them in.
/// </summary>
internal sealed class EditorConfigChain
{
    private readonly AnalyzerConfigSet set;

    public EditorConfigChain(IReadOnlyList<EditorConfigFile> nearestFirst)
    {
        this.NearestPath = nearestFirst[0].Path;
        this.set = AnalyzerConfigSet.Create(nearestFirst.Select(f => f.Config).ToList());
    }

    /// <summary>The file the CLI found first; named in errors because the chain starts there.</summary>
    public string NearestPath { get; }

    public ResolvedSettings Resolve(string filePath) =>
        EditorConfigSettings.Resolve(
            this.set.GetOptionsForSourcePath(filePath).AnalyzerOptions,
            filePath
        );
}
