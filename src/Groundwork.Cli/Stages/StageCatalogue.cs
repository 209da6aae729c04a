using Groundwork.Cli.Projects;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Usings;

namespace Groundwork.Cli.Stages;

/// <summary>
/// Every stage, in the order they always run (Format, Usings, DeadCode), and the adapter of each: the one
/// place that knows how the command line runs a stage.
/// </summary>
public static class StageCatalogue
{
    public static readonly StageInfo Format = new("format", "Format", "GroundworkFormat");
    public static readonly StageInfo Usings = new("usings", "Usings", "GroundworkUsings");
    public static readonly StageInfo DeadCode = new("deadcode", "DeadCode", "GroundworkDeadCode");

    public static IReadOnlyList<StageInfo> All { get; } = [Format, Usings, DeadCode];

    /// <param name="compilationInputs">Where the DeadCode stage gets each project's compiler inputs.</param>
    public static IStage Create(StageInfo stage, CompilationInputsPrefetch compilationInputs) =>
        stage.Key switch
        {
            "format" => new RewriterStage(
                stage,
                () => new FormatRewriter(new CSharpierOptionsProvider())
            ),
            "usings" => new RewriterStage(
                stage,
                () => new UsingsRewriter(new UsingsOptionsProvider())
            ),
            "deadcode" => new DeadCodeAdapter(stage, compilationInputs),
            _ => throw new ArgumentException(
                $"No adapter for the stage '{stage.Key}'.",
                nameof(stage)
            ),
        };
}
