using Groundwork.Engine.Diagnostics;

namespace Groundwork.Tests.Shared;

/// <summary>
/// What the tests must expect of particular files under <c>tests/samples</c> (keys are paths relative to that
/// folder, with <c>/</c>). Compiled into the engine tests and the integration tests, so both read the same list;
/// <c>CSharpierComparisonTests</c> asserts that every entry is still true, so the list cannot go stale.
/// </summary>
public static class SampleExpectations
{
    /// <summary>
    /// How the CSharpier 1.3.0 CLI fails on a sample. <paramref name="CliMessage"/> is what the CLI prints when it
    /// refuses the file, or null when it writes a file that no longer means the same code. <paramref
    /// name="FormatFinding"/> is the code the Format stage reports there instead of changing the file, or null when
    /// the Format stage formats it (CSharpier.Core, the CLI's formatter without the CLI's check, is then the
    /// reference). <paramref name="Kept"/>: where the Format stage formats the file but keeps a text that CSharpier
    /// changes (a string's line endings), CSharpier.Core's text there and the Format stage's; the reference is then
    /// CSharpier.Core's output with that one replacement.
    /// </summary>
    public sealed record CliFailure(
        string Reason,
        string? CliMessage,
        string? FormatFinding,
        (string CSharpier, string Groundwork)? Kept = null
    );

    public static IReadOnlyDictionary<string, CliFailure> CliFailures { get; } =
        new Dictionary<string, CliFailure>(StringComparer.Ordinal)
        {
            ["Messy/Program.cs"] = new(
                "the CLI's own validation refuses a file where it moves a using that has a comment above it",
                "Failed formatting validation",
                FormatFinding: null
            ),
            ["Fidelity/ExplicitInterfaceConversion.cs"] = new(
                "CSharpier drops the interface name of an explicit interface conversion operator "
                    + "(static explicit I<C, double>.operator double(C c)); the CLI's validation notices and refuses",
                "Failed formatting validation",
                Findings.UnsafeRewriteCode
            ),
            ["Fidelity/InvalidInactiveCode.cs"] = new(
                "the CLI parses every #if branch, and an inactive branch that is not C# is a syntax error to it; "
                    + "CSharpier.Core reports the same error, so the Format stage reports GW0001 too",
                "Was not formatted due to syntax errors",
                Findings.SyntaxErrorCode
            ),
            ["Fidelity/MixedLineEndingsInStrings.cs"] = new(
                "the CLI rewrites the CRLF inside a verbatim string to the file's LF, which changes the string's "
                    + "value, and reports success; the Format stage formats the file and keeps the string's CRLF",
                CliMessage: null,
                FormatFinding: null,
                Kept: ("@\"first line\nsecond line\"", "@\"first line\r\nsecond line\"")
            ),
        };

    /// <summary>
    /// Samples on which the Usings stage alone reports GW2002 (two using directives share a line); once the Format
    /// stage has split them, Usings orders them.
    /// </summary>
    public static IReadOnlySet<string> UsingsNeedFormatFirst { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "Fidelity/MultipleUsingsPerLine.cs" };

    /// <summary>The key of a sample path relative to <c>tests/samples</c>, whatever the platform's separator.</summary>
    public static string Key(string relativePath) => relativePath.Replace('\\', '/');

    /// <summary>The code the Format stage reports on a sample instead of changing it, if any.</summary>
    public static string? ExpectedFormatFinding(string relativePath) =>
        CliFailures.TryGetValue(Key(relativePath), out var failure) ? failure.FormatFinding : null;
}
