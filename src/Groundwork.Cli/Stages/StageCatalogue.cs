using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Usings;

namespace Groundwork.Cli.Stages;

/// <summary>
/// Every stage, in the order they always run (Format, Usings, DeadCode), and the adapter of each stage this
/// version ships. A stage without an adapter is known by name but not available.
/// </summary>
public static class StageCatalogue
{
    public static readonly StageInfo Format = new("format", "Format", "GroundworkFormat");
    public static readonly StageInfo Usings = new("usings", "Usings", "GroundworkUsings");
    public static readonly StageInfo DeadCode = new("deadcode", "DeadCode", "GroundworkDeadCode");

    public static IReadOnlyList<StageInfo> All { get; } = [Format, Usings, DeadCode];

    public static bool IsAvailable(StageInfo stage) => Create(stage) is not null;

    public static IStage? Create(StageInfo stage) =>
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
            "deadcode" => new DeadCodeAdapter(stage),
            _ => null,
        };
}
