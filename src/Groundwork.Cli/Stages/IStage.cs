using Groundwork.Engine.Pipeline;

namespace Groundwork.Cli.Stages;

/// <summary>
/// One stage behind the common shape the command runs: the adapter between a loaded project and the engine's
/// code for that stage, the same code the MSBuild task runs.
/// </summary>
public interface IStage
{
    StageInfo Info { get; }

    StageReport Run(StageRequest request, CancellationToken cancellationToken);
}
