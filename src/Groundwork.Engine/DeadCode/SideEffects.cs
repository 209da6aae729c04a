using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Whether evaluating an expression can do anything but produce its value. Only what is certainly free counts
/// as free: a constant (a literal, <c>nameof</c>, a <c>const</c>), <c>default</c>, <c>null</c>, <c>typeof</c>,
/// <c>sizeof</c>, a lambda or anonymous method, <c>this</c>, a plain read of a local or a parameter, and an
/// anonymous object made of such values (its constructor is the compiler's and only stores them). A call,
/// <c>new</c> of a named type, <c>await</c>, an increment, a field, property or indexer access, a cast or a
/// conversion operator are not.
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
            case AnonymousObjectCreationExpressionSyntax anonymous:
                return anonymous.Initializers.All(i => IsFree(i.Expression, model));
            case IdentifierNameSyntax identifier:
                return model.GetSymbolInfo(identifier).Symbol is ILocalSymbol or IParameterSymbol;
            default:
                return false;
        }
    }
}
