using Groundwork.Engine.Diagnostics;

namespace Groundwork.Engine.Pipeline;

/// <summary>What a stage did to a project's files.</summary>
public sealed record StageReport(
    string StageName,
    int FilesExamined,
    IReadOnlyList<string> FilesChanged,
    IReadOnlyList<Finding> Findings
);
