namespace Groundwork.Engine.Usings;

/// <summary>The options for one file, or the .editorconfig that could not be read and why.</summary>
public sealed record UsingsOptionsResolution(
    UsingsOptions? Options,
    string? ErrorFile,
    string? ErrorMessage
);
