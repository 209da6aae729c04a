using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Whether a diagnostic is turned off at a position, the ways .NET turns a diagnostic off: <c>NoWarn</c>
/// (the compilation's specific options), <c>dotnet_diagnostic.ID.severity = none</c> (or <c>silent</c>) in an
/// .editorconfig or global config, and <c>#pragma warning disable ID</c> (or a bare <c>#pragma warning
/// disable</c>) before the position, not yet restored.
/// </summary>
public static class Suppressions
{
    public static bool IsSuppressed(
        string diagnosticId,
        SyntaxTree tree,
        int position,
        CompilationOptions options,
        CancellationToken cancellationToken
    )
    {
        if (
            options.SpecificDiagnosticOptions.TryGetValue(diagnosticId, out var specific)
            && IsOff(specific)
        )
            return true;
        var provider = options.SyntaxTreeOptionsProvider;
        if (provider is not null)
        {
            if (
                provider.TryGetDiagnosticValue(tree, diagnosticId, cancellationToken, out var local)
            )
                return IsOff(local);
            if (
                provider.TryGetGlobalDiagnosticValue(
                    diagnosticId,
                    cancellationToken,
                    out var global
                )
            )
                return IsOff(global);
        }
        return IsDisabledByPragma(diagnosticId, tree, position, cancellationToken);
    }

    private static bool IsOff(ReportDiagnostic value) =>
        value is ReportDiagnostic.Suppress or ReportDiagnostic.Hidden;

    private static bool IsDisabledByPragma(
        string diagnosticId,
        SyntaxTree tree,
        int position,
        CancellationToken cancellationToken
    )
    {
        var root = (CSharpSyntaxNode)tree.GetRoot(cancellationToken);
        if (!root.ContainsDirectives)
            return false;
        var disabled = false;
        foreach (var pragma in Pragmas(root))
        {
            if (pragma.SpanStart > position)
                break;
            if (!pragma.IsActive)
                continue;
            var applies =
                pragma.ErrorCodes.Count == 0
                || pragma.ErrorCodes.Any(code =>
                    string.Equals(
                        code.ToString().Trim(),
                        diagnosticId,
                        StringComparison.OrdinalIgnoreCase
                    )
                );
            if (applies)
                disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
        }
        return disabled;
    }

    /// <summary>
    /// The file's <c>#pragma warning</c> directives in text order, found once per tree: a project asks for
    /// every candidate of every file, and walking the tree from directive to directive each time is the cost.
    /// </summary>
    private static IReadOnlyList<PragmaWarningDirectiveTriviaSyntax> Pragmas(
        CSharpSyntaxNode root
    ) =>
        PragmasByTree.GetValue(
            root.SyntaxTree,
            _ =>
                [
                    .. root.DescendantTrivia(node => node.ContainsDirectives)
                        .Select(t => t.GetStructure())
                        .OfType<PragmaWarningDirectiveTriviaSyntax>()
                        .OrderBy(p => p.SpanStart),
                ]
        );

    private static readonly ConditionalWeakTable<
        SyntaxTree,
        IReadOnlyList<PragmaWarningDirectiveTriviaSyntax>
    > PragmasByTree = new();
}
