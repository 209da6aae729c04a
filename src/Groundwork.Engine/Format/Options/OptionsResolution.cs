using CSharpier.Core;

namespace Groundwork.Engine.Format.Options;

public sealed record OptionsResolution(
    CodeFormatterOptions? Options,
    string Fingerprint,
    string? ErrorFile,
    string? ErrorMessage
);
