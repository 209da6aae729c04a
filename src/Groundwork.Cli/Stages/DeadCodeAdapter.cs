using Groundwork.Cli.Projects;
using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;

namespace Groundwork.Cli.Stages;

/// <summary>
/// The DeadCode stage, which judges a whole project at once: the compiler inputs of every target framework
/// (read with MSBuild, ahead of the stage: <see cref="CompilationInputsPrefetch"/>), the files the stage may edit, and the engine's <see cref="DeadCodeStage"/>, the same
/// entry point the MSBuild task calls.
/// </summary>
public sealed class DeadCodeAdapter(StageInfo info, CompilationInputsPrefetch compilationInputs)
    : IStage
{
    public StageInfo Info => info;

    public StageReport Run(StageRequest request, CancellationToken cancellationToken)
    {
        var project = request.Project;
        var configuration = project.Property("Configuration") is { Length: > 0 } c ? c : "Debug";
        var value = request.DeadCodeRules ?? project.Property(DeadCodeRuleSet.PropertyName);
        if (!DeadCodeRuleSet.TryParse(value, out var rules, out var unknown))
            return new StageReport(
                Info.Name,
                request.Files.Count,
                [],
                [
                    Findings.InvalidDeadCodeRules(
                        project.FullPath,
                        DeadCodeRuleSet.PropertyName,
                        value,
                        unknown,
                        DeadCodeRuleSet.Names
                    ),
                ]
            );
        IReadOnlyList<BuildInputs> builds;
        try
        {
            builds = compilationInputs.Read(project);
        }
        catch (CompilerInputsUnavailableException e)
        {
            // One project that cannot be restored here (a package for another OS, a private feed) does not stop
            // the run: the stage says it judged nothing there, as the build does for a build that cannot compile.
            return new StageReport(
                Info.Name,
                request.Files.Count,
                [],
                [Findings.BuildNotAnalysed(project.FullPath, e.Build, e.Reason)]
            );
        }
        return DeadCodeStage.Run(
            new DeadCodeRequest(
                builds,
                request.Files,
                request.Mode,
                request.CheckSeverity,
                project.Directory,
                project.IncludesLinkedFiles,
                Path.Combine(project.StateDirectory, $"deadcode.{configuration}.stamp"),
                request.KeepProposedChanges,
                request.PendingTexts,
                rules,
                request.FormatOn ? new FormatRewriter(new CSharpierOptionsProvider()) : null
            )
            {
                ProjectCompilations = compilationInputs.Compilations,
            },
            cancellationToken
        );
    }
}
