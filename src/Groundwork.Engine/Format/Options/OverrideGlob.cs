namespace Groundwork.Engine.Format.Options;

using Microsoft.CodeAnalysis;

/// <summary>
/// Matches the <c>files</c> glob of a csharpierrc override. The CLI anchors these globs exactly like
/// editorconfig section names (no slash: any depth below the config folder; a slash: relative to it),
/// so Roslyn's editorconfig section matcher is reused instead of a second glob engine.
/// </summary>
internal sealed class OverrideGlob
{
    private const string MarkerKey = "groundwork_override_match";

    private readonly AnalyzerConfigSet? set;

    public OverrideGlob(string glob, string directory)
    {
        // An empty glob or one spanning lines cannot form a section header; the CLI's matcher never
        // matches those either, so leave the set empty rather than let the marker leak elsewhere.
        if (glob.Length == 0 || glob.Contains('\n') || glob.Contains('\r'))
        {
            return;
        }

        // One config per override: if Roslyn rejects the header, the marker lands in the global
        // section and simply never matches, instead of joining a neighbouring override's section.
        var text = $"[{EditorConfigText.EscapeSectionName(glob)}]\n{MarkerKey} = true\n";
        var config = AnalyzerConfig.Parse(text, Path.Combine(directory, ".editorconfig"));
        this.set = AnalyzerConfigSet.Create(new[] { config });
    }

    public bool IsMatch(string filePath) =>
        this.set is not null
        && this.set.GetOptionsForSourcePath(filePath).AnalyzerOptions.ContainsKey(MarkerKey);
}
