using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Which of the judged members one build uses: every name in every tree the build compiles (generated trees,
/// documentation comments and <c>nameof</c> included) whose text is a judged member's name is bound by the
/// semantic model, its symbol (or its candidates, when binding is ambiguous or late) mapped to the member
/// declared. A use counts when it is outside every judged member, or inside one that is itself used (or kept):
/// a member used only by members that go is not used, so a chain of them goes in one pass. A member used by
/// itself only (recursion) is not used either.
/// </summary>
public sealed class MemberUses
{
    private readonly Dictionary<ISymbol, Node> _nodes;

    private MemberUses(Dictionary<ISymbol, Node> nodes) => _nodes = nodes;

    /// <summary>
    /// Names the build could not bind (a call on a <c>dynamic</c> receiver): any member of that name is kept.
    /// </summary>
    public HashSet<string> UnboundNames { get; } = new(StringComparer.Ordinal);

    public bool IsUsed(ISymbol member) => _nodes.TryGetValue(member, out var node) && node.Used;

    /// <summary>
    /// Whether every counted use of the field or property assigns it (<c>x = ...</c>, an object initializer's
    /// <c>X = ...</c>), and there is at least one: its value is never read.
    /// </summary>
    public bool IsWriteOnly(ISymbol member) =>
        _nodes.TryGetValue(member, out var node)
        && node.Used
        && node.Uses.Count(u => u.Counts) is > 0
        && node.Uses.Where(u => u.Counts).All(u => u.IsWrite);

    /// <param name="members">
    /// The judged members and their declaration nodes (a variable's declarator for a field): one for most
    /// members, one per part for a partial type.
    /// </param>
    /// <param name="kept">The judged members that stay whatever their uses: what they use is used.</param>
    public static MemberUses Find(
        AnalyzedBuild build,
        IReadOnlyDictionary<ISymbol, IReadOnlyList<SyntaxNode>> members,
        IReadOnlySet<ISymbol> kept,
        CancellationToken cancellationToken
    )
    {
        var nodes = new Dictionary<ISymbol, Node>(SymbolEqualityComparer.Default);
        var byDeclaration = new Dictionary<SyntaxNode, Node>();
        foreach (var (symbol, declarations) in members)
        {
            var node = new Node(declarations) { Used = kept.Contains(symbol) };
            nodes[symbol] = node;
            foreach (var declaration in declarations)
                byDeclaration[declaration] = node;
        }
        var uses = new MemberUses(nodes);
        var names = members.Keys.SelectMany(NamesOf).ToHashSet(StringComparer.Ordinal);

        // Binding is the cost, and trees bind independently: in parallel, then the uses are counted in tree
        // order, as before.
        var trees = build.Compilation.SyntaxTrees.ToList();
        var bound = new List<(SimpleNameSyntax Name, ImmutableArray<ISymbol> Symbols)>[trees.Count];
        Parallel.For(
            0,
            trees.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => bound[i] = Bind(build.Compilation, trees[i], names, cancellationToken)
        );

        var fromOutside = new List<Node>();
        foreach (var (name, symbols) in bound.SelectMany(b => b))
        {
            if (symbols.IsEmpty)
                uses.UnboundNames.Add(name.Identifier.ValueText);
            foreach (var symbol in symbols)
            {
                if (!nodes.TryGetValue(Declared(symbol), out var target))
                    continue;
                var holder = Holder(name, byDeclaration);
                if (holder == target)
                    continue;
                target.Uses.Add(new Use(holder, IsWrite(name)));
                if (holder is null)
                    fromOutside.Add(target);
            }
        }

        // What is used makes what it uses used, and the members around it (a nested type's member is used only
        // if the type stays).
        var pending = new Queue<Node>(nodes.Values.Where(n => n.Used).Concat(fromOutside));
        var usedBy = nodes
            .Values.SelectMany(t =>
                t.Uses.Where(u => u.Holder is not null).Select(u => (u.Holder!, t))
            )
            .ToLookup(p => p.Item1, p => p.t);
        while (pending.Count > 0)
        {
            var node = pending.Dequeue();
            if (node.Visited)
                continue;
            node.Visited = true;
            node.Used = true;
            foreach (var next in usedBy[node])
                pending.Enqueue(next);
            foreach (var declaration in node.Declarations)
            {
                var around = Holder(declaration.Parent, byDeclaration);
                if (around is not null)
                    pending.Enqueue(around);
            }
        }
        return uses;
    }

    /// <summary>Every name in the tree with one of the judged names, and what it binds to (or its candidates).</summary>
    private static List<(SimpleNameSyntax Name, ImmutableArray<ISymbol> Symbols)> Bind(
        Compilation compilation,
        SyntaxTree tree,
        IReadOnlySet<string> names,
        CancellationToken cancellationToken
    )
    {
        var result = new List<(SimpleNameSyntax, ImmutableArray<ISymbol>)>();
        SemanticModel? model = null;
        var root = tree.GetRoot(cancellationToken);
        foreach (
            var name in root.DescendantNodes(descendIntoTrivia: true).OfType<SimpleNameSyntax>()
        )
        {
            if (!names.Contains(name.Identifier.ValueText))
                continue;
            cancellationToken.ThrowIfCancellationRequested();
            model ??= compilation.GetSemanticModel(tree);
            var info = model.GetSymbolInfo(name, cancellationToken);
            result.Add((name, info.Symbol is { } symbol ? [symbol] : info.CandidateSymbols));
        }
        return result;
    }

    /// <summary>The names a use of the member may have: a nested attribute type is also used without its suffix.</summary>
    private static IEnumerable<string> NamesOf(ISymbol member)
    {
        yield return member.Name;
        if (
            member is INamedTypeSymbol
            && member.Name.Length > "Attribute".Length
            && member.Name.EndsWith("Attribute", StringComparison.Ordinal)
        )
            yield return member.Name[..^"Attribute".Length];
    }

    /// <summary>
    /// The member a bound symbol stands for: the generic definition, the extension method before reduction, the
    /// property or event of an accessor, the type of a constructor.
    /// </summary>
    private static ISymbol Declared(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { ReducedFrom: { } unreduced })
            symbol = unreduced;
        if (symbol is IAliasSymbol alias)
            symbol = alias.Target;
        symbol = symbol.OriginalDefinition;
        return symbol switch
        {
            IMethodSymbol
            {
                MethodKind: MethodKind.PropertyGet
                    or MethodKind.PropertySet
                    or MethodKind.EventAdd
                    or MethodKind.EventRemove,
                AssociatedSymbol: { } associated,
            } => associated,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor =>
                constructor.ContainingType,
            _ => symbol,
        };
    }

    /// <summary>The innermost judged member whose declaration holds the node (leaving documentation comments).</summary>
    private static Node? Holder(SyntaxNode? node, Dictionary<SyntaxNode, Node> byDeclaration)
    {
        for (
            var current = node;
            current is not null;
            current =
                    current.Parent
                    ?? (
                        current.IsStructuredTrivia
                            ? ((IStructuredTriviaSyntax)current).ParentTrivia.Token.Parent
                            : null
                    )
        )
        {
            if (byDeclaration.TryGetValue(current, out var holder))
                return holder;
        }
        return null;
    }

    /// <summary>A plain assignment to the name (<c>x = 1</c>, <c>this.x = 1</c>, <c>{ X = 1 }</c>): nothing reads it.</summary>
    private static bool IsWrite(SimpleNameSyntax name)
    {
        ExpressionSyntax expression = name;
        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
            expression = access;
        return expression.Parent
                is AssignmentExpressionSyntax
                {
                    RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                } assignment
            && assignment.Left == expression;
    }

    private sealed class Node(IReadOnlyList<SyntaxNode> declarations)
    {
        public IReadOnlyList<SyntaxNode> Declarations { get; } = declarations;
        public List<Use> Uses { get; } = [];
        public bool Used { get; set; }
        public bool Visited { get; set; }
    }

    /// <summary>One use of a member, from inside another judged member (the holder) or from outside all of them.</summary>
    private sealed record Use(Node? Holder, bool IsWrite)
    {
        public bool Counts => Holder is null || Holder.Used;
    }
}
