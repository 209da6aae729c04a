using Groundwork.Cli.Commands;
using Groundwork.Cli.Projects;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Stages;

namespace Groundwork.Cli.Stages;

/// <summary>
/// Decides which stages run on a project: those named by <c>--stage</c>, or all with <c>--all-stages</c>
/// (whatever the properties say), else those the project's properties turn on. The command decides the mode.
/// </summary>
public sealed class StagePlan
{
    private readonly IReadOnlySet<StageInfo>? _forced;
    private readonly StageInfo? _only;

    private StagePlan(IReadOnlySet<StageInfo>? forced, StageInfo? only = null)
    {
        _forced = forced;
        _only = only;
    }

    /// <summary>This plan, narrowed to one stage: fix --commit runs the stages one at a time.</summary>
    public StagePlan Only(StageInfo stage) => new(_forced, stage);

    public static StagePlan FromOptions(RunOptions options)
    {
        if (options.AllStages && options.Stages.Count > 0)
            throw new UsageException("Use either --stage or --all-stages, not both.");
        if (options.AllStages)
            return new StagePlan(StageCatalogue.All.ToHashSet());
        if (options.Stages.Count == 0)
            return new StagePlan(null);

        var forced = new HashSet<StageInfo>();
        foreach (
            var name in options.Stages.SelectMany(s =>
                s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
        )
        {
            var stage =
                StageCatalogue.All.FirstOrDefault(s =>
                    s.Key.Equals(name, StringComparison.OrdinalIgnoreCase)
                )
                ?? throw new UsageException(
                    $"Unknown stage '{name}'. The stages are: {string.Join(", ", StageCatalogue.All.Select(s => s.Key))}."
                );
            forced.Add(stage);
        }
        return new StagePlan(forced);
    }

    /// <summary>The stages to run on the project, in order; an invalid stage property is a finding.</summary>
    public IReadOnlyList<StageInfo> For(LoadedProject project, List<Finding> findings)
    {
        if (_forced is not null)
            return [.. StageCatalogue.All.Where(s => _forced.Contains(s) && Includes(s))];

        var stages = new List<StageInfo>();
        foreach (var stage in StageCatalogue.All)
        {
            var value = project.Property(stage.Property);
            if (!StageModeParser.TryParse(value, isContinuousIntegration: false, out var mode))
            {
                findings.Add(Findings.InvalidMode(project.FullPath, stage.Property, value));
                continue;
            }
            if (mode != StageMode.Off && Includes(stage))
                stages.Add(stage);
        }
        return stages;
    }

    private bool Includes(StageInfo stage) => _only is null || _only == stage;
}
