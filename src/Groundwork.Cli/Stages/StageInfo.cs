namespace Groundwork.Cli.Stages;

/// <summary>A stage as users name it: on the command line (<c>--stage format</c>) and in the project.</summary>
public sealed record StageInfo(string Key, string Name, string Property);
