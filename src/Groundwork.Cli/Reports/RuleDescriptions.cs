using Groundwork.Engine.Diagnostics;

namespace Groundwork.Cli.Reports;

/// <summary>One line per diagnostic code, as the README's diagnostics table says it, for SARIF rules.</summary>
public static class RuleDescriptions
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [Findings.SyntaxErrorCode] = "The file has a syntax error; no stage changed it.",
        [Findings.UnsafeRewriteCode] =
            "A stage's rewrite could not be proven safe; the file was left unchanged.",
        [Findings.UnreadableFileCode] = "The file cannot be read or written.",
        [Findings.UnsupportedEncodingCode] =
            "The file is neither UTF-8 nor marked by a byte order mark; it was left unchanged.",
        [Findings.InvalidModeCode] = "A Groundwork property has a value that is not allowed.",
        [Findings.InvalidConfigurationCode] =
            "A .csharpierrc, .csharpierrc.json, .csharpierrc.yaml, .csharpierignore or .editorconfig file cannot be read.",
        [Findings.FileChangedCode] =
            "The file changed while a stage ran; the stage left it for the next build.",
        [Findings.LinkNotWritableCode] =
            "A symbolic link cannot be written through to its target; the file was left unchanged.",
        [Findings.BaselineFixedCode] =
            "The baseline accepts a finding that is fixed; baseline --prune removes it.",
        [Findings.BaselineUnreadableCode] = "The baseline file cannot be read.",
        [Findings.NotFormattedCode] = "The file is not formatted.",
        [Findings.TooDeeplyNestedCode] =
            "CSharpier 1.3.0 cannot format the file (an expression nested too deeply, or code it fails on); the file was left unchanged.",
        [Findings.UnneededUsingCode] =
            "A using directive is not needed by any build of the project.",
        [Findings.UnusedLocalCode] =
            "A local variable is never read in any build of the project; what its initializer and assignments do is kept.",
        [Findings.UnusedMemberCode] = "A private member is not used in any build of the project.",
        [Findings.WriteOnlyMemberCode] =
            "A private field or auto-property is assigned but never read; reported, not removed.",
        [Findings.RemovalRevertedCode] =
            "A removal the DeadCode stage planned failed its safety net and was not made.",
        [Findings.BuildNotAnalysedCode] =
            "The DeadCode stage cannot judge a build of the project; it removed nothing.",
        [Findings.UsingsOutOfOrderCode] = "The using directives are not in order.",
        [Findings.UsingsNotSortableCode] =
            "The using directives are out of order but cannot be sorted safely; the file was left unchanged.",
    };

    public static string For(string code) =>
        Descriptions.TryGetValue(code, out var text) ? text : $"Groundwork diagnostic {code}.";
}
