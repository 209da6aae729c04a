using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The ways a user asks the DeadCode stage to keep a declaration, shared by the rules that remove declarations
/// (locals, members): <c>// groundwork: keep</c> at the end of the declaration's first line, the rule's code
/// turned off (<c>#pragma warning disable</c>, <c>NoWarn</c>, .editorconfig severity), or
/// <c>[SuppressMessage("Groundwork", "GW300x")]</c> on the declaration's symbol or a symbol around it.
/// </summary>
public static class KeepRequests
{
    private const string KeepMarker = "groundwork: keep";

    /// <param name="code">The rule's diagnostic code (GW3002, GW3003...).</param>
    /// <param name="first">The node whose first line may carry the keep comment.</param>
    /// <param name="symbol">The symbol to start the <c>SuppressMessage</c> search at; its containers count too.</param>
    public static bool AreMade(
        string code,
        SyntaxNode first,
        ISymbol? symbol,
        CompilationOptions options
    ) =>
        HasKeepComment(first)
        || Suppressions.IsSuppressed(
            code,
            first.SyntaxTree,
            first.SpanStart,
            options,
            CancellationToken.None
        )
        || HasSuppressMessage(code, symbol);

    /// <summary>Whether the line the node starts on ends with <c>// groundwork: keep</c>.</summary>
    public static bool HasKeepComment(SyntaxNode first)
    {
        var tree = first.SyntaxTree;
        var text = tree.GetText();
        var line = text.Lines.GetLineFromPosition(first.SpanStart);
        if (line.End <= line.Start)
            return false;
        var lastToken = tree.GetRoot().FindToken(line.End - 1);
        return lastToken.TrailingTrivia.Any(t =>
            t.IsKind(SyntaxKind.SingleLineCommentTrivia)
            && t.ToString()
                .TrimStart('/')
                .Trim()
                .StartsWith(KeepMarker, StringComparison.OrdinalIgnoreCase)
        );
    }

    /// <summary>
    /// Whether <c>[SuppressMessage("Groundwork", "code...")]</c> is on the symbol, the property or event of an
    /// accessor, or any type around them.
    /// </summary>
    public static bool HasSuppressMessage(string code, ISymbol? symbol)
    {
        for (; symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is INamespaceSymbol)
                break;
            if (symbol.GetAttributes().Any(a => IsGroundworkSuppression(a, code)))
                return true;
            if (
                symbol is IMethodSymbol { AssociatedSymbol: { } property }
                && property.GetAttributes().Any(a => IsGroundworkSuppression(a, code))
            )
                return true;
        }
        return false;
    }

    private static bool IsGroundworkSuppression(AttributeData attribute, string code) =>
        attribute.AttributeClass?.Name == "SuppressMessageAttribute"
        && attribute.ConstructorArguments is [{ Value: string category }, { Value: string id }, ..]
        && string.Equals(category, "Groundwork", StringComparison.OrdinalIgnoreCase)
        && id.Trim().StartsWith(code, StringComparison.OrdinalIgnoreCase);
}
