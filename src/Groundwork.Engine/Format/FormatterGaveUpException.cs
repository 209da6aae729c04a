using CSharpier.Core;
using Groundwork.Engine.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Format;

/// <summary>
/// CSharpier could not format a file that parses. Two ways are known:
/// <list type="bullet">
/// <item>An expression is nested too deeply for it (a few hundred levels of parentheses, a long chain of
/// <c>+</c>). CSharpier.Core 1.3.0 throws no exception and reports no error diagnostic for this: it catches its
/// own "too deep" exception and returns a result whose code is empty, with the reason ("We can't handle this deep
/// of recursion yet.") in <c>CodeFormatterResult.FailureMessage</c>, which is internal: only its own CLI sees it.
/// Empty code for a file that is not blank is therefore how the give-up shows in the public API. Without this,
/// the empty output would fail the token proof and read as GW0002 ("different code").</item>
/// <item>It throws on syntax that parses but does not compile: a switch section with no statement (the last
/// <c>default:</c> of a switch being written) makes its switch printer index an empty list. Its own CLI reports
/// "Threw exception while formatting" for the file; a build must not fail with a stack trace instead.</item>
/// <item>Its output of an <c>#if</c> branch does not parse, though the file parses in every branch (it formats
/// the file once per set of symbols, each time from its previous output). Its CLI reports such a file as "not
/// formatted due to syntax errors". The one known cause is worked around (<see cref="StringDirectiveLines"/>).
/// </item>
/// </list>
/// </summary>
internal sealed class FormatterGaveUpException : Exception
{
    /// <summary>CSharpier 1.3.0's own words (<c>CodeFormatterResult.FailureMessage</c>, internal).</summary>
    public const string RecursionMessage = "We can't handle this deep of recursion yet.";

    private enum Kind
    {
        TooDeep,
        Threw,
        BrokeABranch,
    }

    private readonly Kind _kind;

    private FormatterGaveUpException(string message, Kind kind, Exception? inner = null)
        : base(message, inner) => _kind = kind;

    /// <summary>The give-up this result shows, or null when CSharpier did its work.</summary>
    public static FormatterGaveUpException? From(CodeFormatterResult result, string originalText) =>
        result.Code.Length == 0 && !string.IsNullOrWhiteSpace(originalText)
            ? new FormatterGaveUpException(RecursionMessage, Kind.TooDeep)
            : null;

    /// <summary>CSharpier threw while it printed the file.</summary>
    public static FormatterGaveUpException Threw(Exception exception) =>
        new($"{exception.GetType().Name}: {exception.Message}", Kind.Threw, exception);

    /// <summary>CSharpier's output of a branch does not parse, though the file parses in every branch.</summary>
    public static FormatterGaveUpException BrokeABranch(string compilerError) =>
        new(compilerError, Kind.BrokeABranch);

    public Finding ToFinding(string path, CompilationUnitSyntax root)
    {
        if (_kind == Kind.TooDeep)
            return Findings.TooDeeplyNested(path, DeepestExpressionLine(root), Message);
        if (_kind == Kind.BrokeABranch)
            return Findings.FormatterBrokeABranch(path, Message);
        var emptySection = root.DescendantNodes()
            .OfType<SwitchSectionSyntax>()
            .FirstOrDefault(s => s.Statements.Count == 0);
        return emptySection is null
            ? Findings.FormatterFailed(path, 1, Message, knownCause: null)
            : Findings.FormatterFailed(
                path,
                emptySection.GetLocation().GetLineSpan().StartLinePosition.Line + 1,
                Message,
                "a switch section with no statement (the compiler rejects it too, CS8070 or CS0163)"
            );
    }

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
