using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Usings;

/// <summary>
/// Cuts a using block into <see cref="UsingRun"/>s at every preprocessor directive (<c>#if</c>, <c>#elif</c>,
/// <c>#else</c>, <c>#endif</c>, <c>#region</c>, <c>#pragma</c>, ...), every inactive branch and every ignore
/// marker, so that sorting never moves a directive across one of them. Runs between <c>#if</c> and
/// <c>#endif</c> are frozen: an inactive branch is only text, and ordering the active one alone would make the
/// result depend on the symbols the file happens to be parsed with. Runs between
/// <c>// groundwork-ignore-start</c> and <c>// groundwork-ignore-end</c> (or CSharpier's ignore markers) are
/// frozen because the user asked.
/// </summary>
public static partial class UsingRunSplitter
{
    public static IReadOnlyList<UsingRun> Split(IReadOnlyList<SyntaxNode> block)
    {
        var runs = new List<UsingRun>();
        var current = new List<SyntaxNode>();
        var currentFrozen = false;
        var conditionalDepth = 0;
        var ignoring = false;
        SyntaxNode? previous = null;
        foreach (var directive in block)
        {
            // Extern aliases stay first and in their order: the usings after them are a run of their own,
            // whose header is whatever separates them from the aliases (a blank line, as a rule).
            var barrier =
                previous is ExternAliasDirectiveSyntax && directive is UsingDirectiveSyntax;
            previous = directive;
            foreach (var trivia in directive.GetLeadingTrivia())
            {
                if (trivia.IsDirective || trivia.IsKind(SyntaxKind.DisabledTextTrivia))
                {
                    barrier = true;
                    if (trivia.IsKind(SyntaxKind.IfDirectiveTrivia))
                        conditionalDepth++;
                    else if (trivia.IsKind(SyntaxKind.EndIfDirectiveTrivia))
                        conditionalDepth = Math.Max(0, conditionalDepth - 1);
                }
                else if (IsIgnoreMarker(trivia, out var start))
                {
                    barrier = true;
                    ignoring = start ?? ignoring;
                }
            }
            if (barrier && current.Count > 0)
            {
                runs.Add(new UsingRun(current, currentFrozen));
                current = [];
            }
            if (current.Count == 0)
                currentFrozen = conditionalDepth > 0 || ignoring;
            current.Add(directive);
        }
        if (current.Count > 0)
            runs.Add(new UsingRun(current, currentFrozen));
        return runs;
    }

    /// <summary>
    /// A comment that marks an ignore region: <paramref name="start"/> is true for a start marker, false for an
    /// end marker and null for CSharpier's single-line <c>// csharpier-ignore</c>, which only stops a run.
    /// </summary>
    public static bool IsIgnoreMarker(SyntaxTrivia trivia, out bool? start)
    {
        start = null;
        if (
            !trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)
            && !trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
        )
            return false;
        var match = IgnoreMarker().Match(trivia.ToString());
        if (!match.Success)
            return false;
        if (match.Groups["edge"].Success)
            start = match.Groups["edge"].Value == "start";
        return true;
    }

    [GeneratedRegex(@"^(//|/\*)\s*(groundwork|csharpier)-ignore(-(?<edge>start|end))?\b")]
    private static partial Regex IgnoreMarker();
}
