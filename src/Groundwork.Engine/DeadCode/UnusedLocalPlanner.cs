using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Decides which local variables no build reads (GW3002), from the compiler's data flow analysis of each
/// member body in every build, and plans their removal so that the program does what it did: an initializer
/// or assignment that can have a side effect stays in a discard (<c>_ = Count();</c>), or as a statement when
/// it is an assignment or an increment; <c>is T x</c> becomes <c>is T</c>. A local passed as an <c>out</c>
/// argument stays (see <see cref="AssignmentChanges"/>).
/// A removal is planned only if every build that compiles the file plans exactly the same one. What it
/// keeps, and why, is the README's table.
/// </summary>
public static class UnusedLocalPlanner
{
    public static IReadOnlyList<LocalRemoval> Plan(
        IReadOnlyList<AnalyzedBuild> builds,
        Func<string, bool> isEditable,
        CancellationToken cancellationToken
    )
    {
        var paths = AnalyzedBuild.PathsOf(builds).Where(isEditable).ToList();
        // Files are planned independently (data flow binds each body): in parallel, reported in path order.
        var perFile = new IEnumerable<LocalRemoval>[paths.Count];
        Parallel.For(
            0,
            paths.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => perFile[i] = PlanInEveryBuild(paths[i], builds, cancellationToken)
        );
        return [.. perFile.SelectMany(removals => removals)];
    }

    /// <summary>The removals every build that compiles the file agrees on.</summary>
    private static IEnumerable<LocalRemoval> PlanInEveryBuild(
        string path,
        IReadOnlyList<AnalyzedBuild> builds,
        CancellationToken cancellationToken
    )
    {
        List<LocalRemoval>? agreed = null;
        foreach (var build in builds.Where(b => b.TreesByPath.ContainsKey(path)))
        {
            var tree = build.TreesByPath[path];
            var model = build.Compilation.GetSemanticModel(tree);
            var planned = PlanFile(tree, model, build.Compilation.Options, cancellationToken);
            agreed = agreed is null
                ? planned
                : [.. agreed.Where(a => planned.Any(p => p.SameAs(a)))];
        }
        return [.. WithoutOverlaps(agreed ?? [])];
    }

    /// <summary>
    /// Two removals that change the same text (<c>x = Make(out y);</c> with both unused) cannot both be made
    /// in one pass: the first is kept, the other waits for the next pass over the rewritten text.
    /// </summary>
    private static IEnumerable<LocalRemoval> WithoutOverlaps(IEnumerable<LocalRemoval> removals)
    {
        var taken = new List<TextSpan>();
        foreach (var removal in removals.OrderBy(r => r.Start))
        {
            if (removal.Changes.Any(c => taken.Any(t => Overlap(t, c.Span))))
                continue;
            taken.AddRange(removal.Changes.Select(c => c.Span));
            yield return removal;
        }
    }

    private static bool Overlap(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) || a.Start == b.Start || (a.IsEmpty || b.IsEmpty) && a.IntersectsWith(b);

    private static List<LocalRemoval> PlanFile(
        SyntaxTree tree,
        SemanticModel model,
        CompilationOptions options,
        CancellationToken cancellationToken
    )
    {
        var removals = new List<LocalRemoval>();
        var text = tree.GetText(cancellationToken);
        foreach (var body in Bodies(tree.GetRoot(cancellationToken)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!DeclaresLocals(body) || HasConditionalDirectives(body))
                continue;
            DataFlowAnalysis? flow;
            try
            {
                flow = body switch
                {
                    BlockSyntax block => model.AnalyzeDataFlow(block),
                    ExpressionSyntax expression => model.AnalyzeDataFlow(expression),
                    _ => null,
                };
            }
            catch (ArgumentException)
            {
                continue; // a region the compiler cannot analyse: keep its locals
            }
            if (flow is null || !flow.Succeeded)
                continue;
            var unread = flow
                .VariablesDeclared.OfType<ILocalSymbol>()
                .Where(l =>
                    !flow.ReadInside.Contains(l, SymbolEqualityComparer.Default)
                    && !flow.Captured.Contains(l, SymbolEqualityComparer.Default)
                    && !l.IsConst
                    && !l.IsRef
                    && !l.IsUsing
                    && !l.IsFixed
                    && !l.IsForEach
                    && l.Name != "_"
                    && l.DeclaringSyntaxReferences.Length == 1
                )
                .ToList();
            if (unread.Count == 0)
                continue;
            var references = body.DescendantNodesAndSelf()
                .OfType<IdentifierNameSyntax>()
                .Where(i => unread.Any(l => l.Name == i.Identifier.ValueText))
                .ToLookup(
                    i => model.GetSymbolInfo(i, cancellationToken).Symbol,
                    SymbolEqualityComparer.Default
                );
            var unitsByStatement =
                new Dictionary<LocalDeclarationStatementSyntax, List<ILocalSymbol>>();
            foreach (var local in unread)
            {
                var declaration = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
                if (!InBodyItself(declaration, body) || IsKept(declaration, local, options))
                    continue;
                if (
                    declaration is VariableDeclaratorSyntax
                    {
                        Parent: VariableDeclarationSyntax
                        {
                            Parent: LocalDeclarationStatementSyntax statement
                        },
                    }
                )
                {
                    if (!unitsByStatement.TryGetValue(statement, out var locals))
                        unitsByStatement[statement] = locals = [];
                    locals.Add(local);
                    continue;
                }
                if (declaration is SingleVariableDesignationSyntax designation)
                {
                    var changes = new List<TextChange>();
                    var declarationChange =
                        designation.Parent is DeclarationExpressionSyntax
                        && !DiscardIsFree(model, designation.SpanStart)
                            ? null
                            : DesignationChange(designation);
                    if (
                        declarationChange is { } change
                        && AssignmentChanges(local, references[local], model, text, changes)
                    )
                    {
                        changes.Add(change);
                        removals.Add(
                            new LocalRemoval(
                                tree.FilePath,
                                [(local.Name, designation.SpanStart)],
                                body.Span,
                                [.. changes.OrderBy(c => c.Span.Start)]
                            )
                        );
                    }
                }
            }
            foreach (var (statement, locals) in unitsByStatement)
            {
                var removal = StatementRemoval(
                    tree.FilePath,
                    body,
                    statement,
                    locals,
                    references,
                    model,
                    text
                );
                if (removal is not null)
                    removals.Add(removal);
            }
        }
        return removals;
    }

    /// <summary>The bodies of members: methods, constructors, operators, accessors, expression-bodied properties.</summary>
    private static IEnumerable<SyntaxNode> Bodies(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes(n => n is not BlockSyntax))
        {
            switch (node)
            {
                case BaseMethodDeclarationSyntax method:
                    if (method.Body is not null)
                        yield return method.Body;
                    else if (method.ExpressionBody is not null)
                        yield return method.ExpressionBody.Expression;
                    break;
                case AccessorDeclarationSyntax accessor:
                    if (accessor.Body is not null)
                        yield return accessor.Body;
                    else if (accessor.ExpressionBody is not null)
                        yield return accessor.ExpressionBody.Expression;
                    break;
                case PropertyDeclarationSyntax { ExpressionBody: { } arrow }:
                    yield return arrow.Expression;
                    break;
                case IndexerDeclarationSyntax { ExpressionBody: { } arrow }:
                    yield return arrow.Expression;
                    break;
            }
        }
    }

    /// <summary>Whether the body declares a local at all: most do not, and need no flow analysis.</summary>
    private static bool DeclaresLocals(SyntaxNode body) =>
        body.DescendantNodes()
            .Any(n => n is VariableDeclaratorSyntax or SingleVariableDesignationSyntax);

    /// <summary>
    /// An <c>#if</c> inside the body means some build compiles other code here, which may read the local: the
    /// whole body is left alone (conservative).
    /// </summary>
    private static bool HasConditionalDirectives(SyntaxNode body) =>
        body.ContainsDirectives
        && body.DescendantTrivia(descendIntoTrivia: true)
            .Any(t =>
                t.IsKind(SyntaxKind.IfDirectiveTrivia)
                || t.IsKind(SyntaxKind.ElifDirectiveTrivia)
                || t.IsKind(SyntaxKind.ElseDirectiveTrivia)
                || t.IsKind(SyntaxKind.EndIfDirectiveTrivia)
                || t.IsKind(SyntaxKind.DisabledTextTrivia)
            );

    /// <summary>
    /// A local of the member itself, not of a lambda or local function inside it (their flow is their own).
    /// </summary>
    private static bool InBodyItself(SyntaxNode declaration, SyntaxNode body)
    {
        for (var node = declaration.Parent; node is not null && node != body; node = node.Parent)
        {
            if (
                node
                is AnonymousFunctionExpressionSyntax
                    or LocalFunctionStatementSyntax
                    or QueryExpressionSyntax
            )
                return false;
        }
        return body.Span.Contains(declaration.Span);
    }

    /// <summary>
    /// Whether the user asked to keep it (<see cref="KeepRequests"/>): the keep comment on the declaration's first
    /// line, GW3002 turned off, or <c>[SuppressMessage("Groundwork", "GW3002")]</c> on the member or a type
    /// around it.
    /// </summary>
    private static bool IsKept(
        SyntaxNode declaration,
        ILocalSymbol local,
        CompilationOptions options
    ) =>
        KeepRequests.AreMade(
            Diagnostics.Findings.UnusedLocalCode,
            declaration is VariableDeclaratorSyntax
                ? declaration.FirstAncestorOrSelf<StatementSyntax>() ?? declaration
                : declaration,
            local.ContainingSymbol,
            options
        );

    /// <summary>
    /// The change that turns a pattern local into a discard, or null where the language has no discard there (a
    /// deconstruction) or a discard could change what the program does (an <c>out var</c>): the local is kept.
    /// </summary>
    private static TextChange? DesignationChange(SingleVariableDesignationSyntax designation)
    {
        switch (designation.Parent)
        {
            case DeclarationPatternSyntax { Parent: IsPatternExpressionSyntax } pattern:
                // e is T x  ->  e is T: the same type test.
                return new TextChange(
                    TextSpan.FromBounds(pattern.Type.Span.End, designation.Span.End),
                    ""
                );
            case DeclarationPatternSyntax:
            case VarPatternSyntax:
                return new TextChange(designation.Span, "_");
            case RecursivePatternSyntax recursive when recursive.Designation == designation:
                return new TextChange(
                    TextSpan.FromBounds(
                        designation.GetFirstToken().GetPreviousToken().Span.End,
                        designation.Span.End
                    ),
                    ""
                );
            case ListPatternSyntax list when list.Designation == designation:
                return new TextChange(
                    TextSpan.FromBounds(
                        designation.GetFirstToken().GetPreviousToken().Span.End,
                        designation.Span.End
                    ),
                    ""
                );
            default:
                return null;
        }
    }

    /// <summary>
    /// The changes for every reference to the local outside its declaration: an assignment statement keeps
    /// what its value does. False when a reference is anything else, an <c>out x</c> argument included (the
    /// local is then kept).
    /// </summary>
    private static bool AssignmentChanges(
        ILocalSymbol local,
        IEnumerable<IdentifierNameSyntax> references,
        SemanticModel model,
        SourceText text,
        List<TextChange> changes
    )
    {
        foreach (var reference in references)
        {
            if (
                reference.Parent
                    is AssignmentExpressionSyntax
                    {
                        RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                        Parent: ExpressionStatementSyntax
                        {
                            Parent: BlockSyntax or SwitchSectionSyntax,
                        } statement,
                    } assignment
                && assignment.Left == reference
            )
            {
                var kept = KeptStatements(assignment.Right, local, model);
                if (kept is null)
                    return false;
                changes.Add(StatementChange(statement, kept, text));
                continue;
            }
            // An out argument stays: the callee gets the variable's current value, which code that reads an
            // out parameter before writing it sees (a mocking library's proxy matching arguments, Unsafe.SkipInit),
            // and the compiler may hand two out _ the same hidden variable.
            return false;
        }
        return true;
    }

    private static LocalRemoval? StatementRemoval(
        string path,
        SyntaxNode body,
        LocalDeclarationStatementSyntax statement,
        List<ILocalSymbol> locals,
        ILookup<ISymbol?, IdentifierNameSyntax> references,
        SemanticModel model,
        SourceText text
    )
    {
        if (
            statement.UsingKeyword != default
            || statement.IsConst
            || statement.Declaration.Type is RefTypeSyntax
            || statement.Parent is not (BlockSyntax or SwitchSectionSyntax)
        )
            return null;
        var declarators = statement.Declaration.Variables;
        var changes = new List<TextChange>();
        var removed = new List<(ILocalSymbol Local, VariableDeclaratorSyntax Declarator)>();
        var keptStatements = new List<string>();
        var all = declarators.All(d =>
            locals.Any(l => l.DeclaringSyntaxReferences[0].Span == d.Span)
        );
        foreach (var declarator in declarators)
        {
            var local = locals.FirstOrDefault(l =>
                l.DeclaringSyntaxReferences[0].Span == declarator.Span
            );
            if (local is null)
                continue;
            var assignments = new List<TextChange>();
            if (!AssignmentChanges(local, references[local], model, text, assignments))
            {
                if (all)
                    return null; // the statement's order of effects would change: keep it whole
                continue;
            }
            List<string> kept = [];
            if (declarator.Initializer is { } initializer)
            {
                var statements = KeptStatements(initializer.Value, local, model);
                if (statements is null || (!all && statements.Count > 0))
                {
                    if (all)
                        return null;
                    continue;
                }
                kept = statements;
            }
            changes.AddRange(assignments);
            removed.Add((local, declarator));
            keptStatements.AddRange(kept);
        }
        if (removed.Count == 0)
            return null;
        if (removed.Count == declarators.Count)
        {
            changes.Add(StatementChange(statement, keptStatements, text));
        }
        else
        {
            var remaining = declarators.Where(d => removed.All(r => r.Declarator != d));
            changes.Add(
                new TextChange(
                    TextSpan.FromBounds(declarators[0].SpanStart, declarators[^1].Span.End),
                    string.Join(", ", remaining.Select(d => d.ToString()))
                )
            );
        }
        return new LocalRemoval(
            path,
            [.. removed.Select(r => (r.Local.Name, r.Declarator.Identifier.SpanStart))],
            body.Span,
            [.. changes.OrderBy(c => c.Span.Start)]
        );
    }

    /// <summary>
    /// What must stay of a value assigned to an unused local: nothing when it cannot have a side effect, else
    /// one statement that evaluates it. Null when the local must be kept: the assignment converts the value
    /// with a user-defined conversion (code that runs), or the value has no type a discard could take.
    /// </summary>
    private static List<string>? KeptStatements(
        ExpressionSyntax value,
        ILocalSymbol local,
        SemanticModel model
    )
    {
        var conversion = model.GetConversion(value);
        if (conversion.IsUserDefined || !conversion.Exists)
            return null;
        if (SideEffects.IsFree(value, model))
            return [];
        var bare = Unparenthesized(value);
        var valueText = value.ToString();
        switch (bare)
        {
            // An assignment or an increment is a statement of its own, which no analyzer flags.
            case AssignmentExpressionSyntax:
            case PostfixUnaryExpressionSyntax
            {
                RawKind: (int)SyntaxKind.PostIncrementExpression
                    or (int)SyntaxKind.PostDecrementExpression,
            }:
            case PrefixUnaryExpressionSyntax
            {
                RawKind: (int)SyntaxKind.PreIncrementExpression
                    or (int)SyntaxKind.PreDecrementExpression,
            }:
                return [bare.ToString() + ";"];
        }
        // Anything else keeps its value in a discard, as Roslyn's own fix for IDE0059 does: a bare call would
        // raise CS4014 (a task not awaited), CA1806 or IDE0058 (a result ignored) where those are errors.
        if (!DiscardIsFree(model, value.SpanStart))
            return null;
        if (bare is ImplicitObjectCreationExpressionSyntax creation)
        {
            // new(...) has no type of its own: name the local's, without a nullable reference annotation, which
            // `new` does not take (CS8628: `StringPool? pool = new(size);` creates a StringPool).
            if (local.Type.TypeKind == TypeKind.Error)
                return null;
            var createdType = local.Type.IsReferenceType
                ? local.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)
                : local.Type;
            var created = createdType.ToMinimalDisplayString(model, value.SpanStart);
            return [$"_ = new {created}{creation.ArgumentList}{creation.Initializer};"];
        }
        var type = model.GetTypeInfo(value).Type;
        if (type is null || type.TypeKind == TypeKind.Error || bare is CollectionExpressionSyntax)
        {
            // A target-typed value ([..], a conditional of them): name the local's type.
            if (local.Type.TypeKind == TypeKind.Error)
                return null;
            var typeName = local.Type.ToMinimalDisplayString(model, value.SpanStart);
            return [$"_ = ({typeName})({valueText});"];
        }
        return [$"_ = {valueText};"];
    }

    /// <summary>A variable named <c>_</c> in scope would turn <c>_ = x</c> and <c>out _</c> into writes to it.</summary>
    private static bool DiscardIsFree(SemanticModel model, int position) =>
        model.LookupSymbols(position, name: "_").IsEmpty;

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
            expression = parenthesized.Expression;
        return expression;
    }

    /// <summary>
    /// Replaces a statement by others (their effects), or removes it with its line when nothing stays and
    /// nothing else is on the line.
    /// </summary>
    private static TextChange StatementChange(
        StatementSyntax statement,
        IReadOnlyList<string> replacement,
        SourceText text
    )
    {
        var line = text.Lines.GetLineFromPosition(statement.SpanStart);
        var indentation = text.ToString(TextSpan.FromBounds(line.Start, statement.SpanStart));
        if (replacement.Count > 0)
            return new TextChange(
                statement.Span,
                string.Join(text.Lines.Count > 1 ? LineBreak(text) + indentation : " ", replacement)
            );
        var lastLine = text.Lines.GetLineFromPosition(statement.Span.End);
        var after = text.ToString(TextSpan.FromBounds(statement.Span.End, lastLine.End)).Trim();
        if (
            string.IsNullOrWhiteSpace(indentation)
            && (after.Length == 0 || after.StartsWith("//", StringComparison.Ordinal))
        )
            return new TextChange(
                TextSpan.FromBounds(
                    line.Start,
                    LeavesBlankLineBehind(line, lastLine, text)
                        ? text.Lines[lastLine.LineNumber + 1].EndIncludingLineBreak
                        : lastLine.EndIncludingLineBreak
                ),
                ""
            );
        return new TextChange(statement.Span, "");
    }

    /// <summary>
    /// Whether removing the lines from <paramref name="first"/> to <paramref name="last"/> would leave a blank line
    /// at the top of a block or two blank lines in a row: the blank line below them then goes too, as the usings
    /// and members rules do.
    /// </summary>
    private static bool LeavesBlankLineBehind(TextLine first, TextLine last, SourceText text)
    {
        if (
            last.LineNumber + 1 >= text.Lines.Count - 1
            || !IsBlank(text.Lines[last.LineNumber + 1])
        )
            return false;
        if (first.LineNumber == 0)
            return true;
        var above = text.Lines[first.LineNumber - 1];
        return IsBlank(above) || text.ToString(above.Span).TrimEnd().EndsWith('{');
    }

    private static bool IsBlank(TextLine line) =>
        string.IsNullOrWhiteSpace(line.Text!.ToString(line.Span));

    private static string LineBreak(SourceText text)
    {
        var first = text.Lines[0];
        return first.EndIncludingLineBreak - first.End == 2 ? "\r\n" : "\n";
    }
}
