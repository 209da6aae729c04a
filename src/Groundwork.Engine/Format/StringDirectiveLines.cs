using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Format;

/// <summary>
/// CSharpier 1.3.0 formats a file once per set of preprocessor symbols, each time from its previous output. A
/// line of a multi-line string literal (raw or verbatim) inside an <c>#if</c> branch that starts with <c>#</c>
/// (a generator's expected <c>#nullable enable</c>) is string content where the branch is active and a
/// directive where it is not, and CSharpier prints directives at column 0. In a raw string the moved line then
/// starts left of the closing quotes, which does not parse (CS8999: CSharpier's own CLI refuses the file); in a
/// verbatim string it silently changes the string's value, which the proof refuses. Masking the <c>#</c> of such
/// lines while CSharpier formats keeps them text in every branch; the caller's token proof judges the unmasked
/// result as any other.
/// </summary>
internal static class StringDirectiveLines
{
    /// <summary>A private-use character: no meaning to C# or CSharpier, and absent from the file (checked).</summary>
    private const char Mask = '\uE000';

    /// <summary>The text with the <c>#</c> of each such line masked, or null when there is nothing to mask.</summary>
    public static string? Masked(
        string text,
        CompilationUnitSyntax root,
        CSharpParseOptions options,
        CancellationToken cancellationToken
    )
    {
        if (text.Contains(Mask))
            return null;
        var lines = PreprocessorBranches.DirectiveLikeLinesInStrings(
            text,
            root,
            options,
            cancellationToken
        );
        if (lines.Count == 0)
            return null;
        var source = root.SyntaxTree.GetText(cancellationToken);
        var masked = text.ToCharArray();
        foreach (var line in lines)
            masked[source.Lines[line].Start + source.Lines[line].ToString().IndexOf('#')] = Mask;
        return new string(masked);
    }

    public static string Unmasked(string formatted) => formatted.Replace(Mask, '#');
}
