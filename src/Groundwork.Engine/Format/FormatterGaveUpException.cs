using CSharpier.Core;
using Groundwork.Engine.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Format;

/// <summary>
/// CSharpier could not format a file that parses: an expression is nested too deeply for it (a few hundred
/// levels of parentheses, a long chain of <c>+</c>). CSharpier.Core 1.3.0 throws no exception and reports no
/// error diagnostic for this: it catches its own "too deep" exception and returns a result whose code is empty,
/// with the reason ("We can't handle this deep of recursion yet.") in <c>CodeFormatterResult.FailureMessage</c>,
/// which is internal: only its own CLI sees it. Empty code for a file that is not blank is therefore how the
/// give-up shows in the public API. Without this, the empty output would fail the token proof and read as
/// GW0002 ("different code"), which sends the user looking for a CSharpier bug.
/// </summary>
internal sealed class FormatterGaveUpException() : Exception(RecursionMessage)
{
    /// <summary>CSharpier 1.3.0's own words (<c>CodeFormatterResult.FailureMessage</c>, internal).</summary>
    public const string RecursionMessage = "We can't handle this deep of recursion yet.";

    /// <summary>The give-up this result shows, or null when CSharpier did its work.</summary>
    public static FormatterGaveUpException? From(CodeFormatterResult result, string originalText) =>
        result.Code.Length == 0 && !string.IsNullOrWhiteSpace(originalText)
            ? new FormatterGaveUpException()
            : null;

    public Finding ToFinding(string path, CompilationUnitSyntax root) =>
        Findings.TooDeeplyNested(path, DeepestExpressionLine(root), Message);

    /// <summary>
    /// The 1-based line where the outermost expression around the most deeply nested node starts: where the
    /// user sees the long expression begin. Walked with a stack of its own, never by recursion, because this
    /// tree is exactly the kind that overflows a recursive walk.
    /// </summary>
    private static int DeepestExpressionLine(CompilationUnitSyntax root)
    {
        SyntaxNode deepest = root;
        var deepestDepth = 0;
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > deepestDepth)
                (deepest, deepestDepth) = (node, depth);
            foreach (var child in node.ChildNodes())
                pending.Push((child, depth + 1));
        }

        SyntaxNode? outermost = null;
        for (
            var node = deepest;
            node
                is not null
                    and not StatementSyntax
                    and not MemberDeclarationSyntax
                    and not CompilationUnitSyntax;
            node = node.Parent
        )
        {
            if (node is ExpressionSyntax)
                outermost = node;
        }
        return (outermost ?? deepest).GetLocation().GetLineSpan().StartLinePosition.Line + 1;
    }
}
