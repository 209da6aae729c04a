namespace Groundwork.Engine.Diagnostics;

/// <summary>How the user runs a fix: the build adapter names a property, the command line its command.</summary>
public enum FixVia
{
    Build,
    CommandLine,
}

/// <summary>
/// How a finding is fixed: the stage whose fix mode removes it and what that fix does ("format it"). The
/// catalogue (<see cref="Findings"/>) gives one to every finding a stage can fix; the adapter that prints the
/// finding sets <see cref="Via"/>, so the same finding reads "Build with GroundworkFormat=fix" in a build and
/// "Run 'dotnet groundwork fix --stage format'" from the command line, with no second catalogue.
/// </summary>
public sealed record FixHint(
    string StageKey,
    string StageProperty,
    string Action,
    FixVia Via = FixVia.Build
)
{
    public string Sentence =>
        Via == FixVia.CommandLine
            // --stage: the command line may have run a stage the project does not turn on.
            ? $"Run 'dotnet groundwork fix --stage {StageKey}' to {Action}."
            : $"Build with {StageProperty}=fix to {Action}.";
}
