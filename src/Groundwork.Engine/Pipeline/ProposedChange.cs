namespace Groundwork.Engine.Pipeline;

/// <summary>A change a stage proved safe but did not write (check mode): what a diff is made of.</summary>
public sealed record ProposedChange(string FilePath, string OriginalText, string NewText);
