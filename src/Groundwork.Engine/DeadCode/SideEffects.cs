using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Whether evaluating an expression can do anything but produce its value. Only what is certainly free counts
/// as free: a constant (a literal, <c>nameof</c>, a <c>const</c>), <c>default</c>, <c>null</c>, <c>typeof</c>,
/// <c>sizeof</c>, a lambda or anonymous method, <c>this</c>, and a plain read of a local or a parameter. A call,
/// <c>new</c>, <c>await</c>, an increment, a field, property or indexer access, a cast or a conversion operator
/// are not.
/// </summary>
public static class SideEffects
{
    public static bool IsFree(ExpressionSyntax expression, SemanticModel model)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
            expression = parenthesized.Expression;
        if (model.GetConstantValue(expression).HasValue)
            return true;
        switch (expression)
        {
            case LiteralExpressionSyntax:
            case DefaultExpressionSyntax:
            case TypeOfExpressionSyntax:
            case SizeOfExpressionSyntax:
            case AnonymousFunctionExpressionSyntax:
            case ThisExpressionSyntax:
                return true;
            case IdentifierNameSyntax identifier:
                return model.GetSymbolInfo(identifier).Symbol is ILocalSymbol or IParameterSymbol;
            default:
                return false;
        }
    }
}
