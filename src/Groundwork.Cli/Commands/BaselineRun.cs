using Groundwork.Cli.Stages;
using Groundwork.Engine.Diagnostics;

namespace Groundwork.Cli.Commands;

/// <summary>What <c>baseline</c> does with the baseline file: none (verify uses it), write it anew, or prune it.</summary>
public enum BaselineAction
{
    None,
    Write,
    Prune,
}

/// <summary>
/// The baseline of one run: the findings it accepts (verify reports only the others), and which files each
/// stage examined, so that only entries the run could have matched count as fixed.
/// </summary>
public sealed class BaselineRun(Baseline baseline, string path)
{
    private readonly HashSet<(string File, string Stage)> _examined = [];

    public Baseline Baseline => baseline;
    public string Path => path;
    public LineTexts Lines { get; } = new();

    /// <summary>The baseline file for a run from this folder: at the top of its git repository, else here.</summary>
    public static string FileFor(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            // .git is a folder in a clone, a file in a worktree or submodule.
            var git = System.IO.Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
                return System.IO.Path.Combine(dir.FullName, Baseline.FileName);
        }
        return System.IO.Path.Combine(directory, Baseline.FileName);
    }

    public static BaselineRun Load(string path)
    {
        try
        {
            return new BaselineRun(Baseline.Load(path), path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new UsageException(e.Message);
        }
    }

    public void Examined(StageInfo stage, IEnumerable<string> files)
    {
        foreach (var file in files)
            _examined.Add((file, stage.Key));
    }

    /// <summary>An entry this run judged: its file was examined by the stage its rule belongs to.</summary>
    public bool Judged(BaselineEntry entry)
    {
        var file = System.IO.Path.GetFullPath(
            System.IO.Path.Combine(baseline.Directory, entry.File)
        );
        var stage = entry.Rule.Length >= 3 ? entry.Rule[..3] : "";
        return stage switch
        {
            "GW1" => _examined.Contains((file, StageCatalogue.Format.Key)),
            "GW2" => _examined.Contains((file, StageCatalogue.Usings.Key)),
            "GW3" => _examined.Contains((file, StageCatalogue.DeadCode.Key)),
            _ => StageCatalogue.All.Any(s => _examined.Contains((file, s.Key))),
        };
    }

    /// <summary>A GW0009 for each entry the run judged and no finding used.</summary>
    public IReadOnlyList<Finding> Fixed() =>
        [.. baseline.Unused(Judged).Select(e => Findings.BaselineFixed(path, e.Rule, e.File))];
}
