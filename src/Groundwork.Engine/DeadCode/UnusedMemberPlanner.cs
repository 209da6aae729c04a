using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Decides which private members no build uses (GW3003) and plans their removal, and which private fields and
/// auto-properties are assigned but never read (GW3004, reported only). A member is judged when nothing outside
/// its type can see it (<see cref="MemberKeepRules.IsHidden"/>); it goes when every build that compiles its
/// declaration finds no use of it (<see cref="MemberUses"/>), no keep rule holds (<see cref="MemberKeepRules"/>,
/// <see cref="ProjectWords"/>, a name no build could bind) and nobody asked to keep it
/// (<see cref="KeepRequests"/>).
/// </summary>
public static class UnusedMemberPlanner
{
    /// <summary>A field or auto-property assigned but never read, at its name.</summary>
    public sealed record WriteOnlyMember(string Path, int Position, string Kind, string Name);

    public static (
        IReadOnlyList<MemberRemoval> Removals,
        IReadOnlyList<WriteOnlyMember> WriteOnly
    ) Plan(
        IReadOnlyList<AnalyzedBuild> builds,
        Func<string, bool> isEditable,
        Func<IReadOnlySet<string>> otherFileWords,
        CancellationToken cancellationToken
    )
    {
        var paths = AnalyzedBuild.PathsOf(builds).Where(isEditable).ToList();
        var declared = builds.Select(b => Declarations(b, paths, cancellationToken)).ToList();
        var names = declared
            .SelectMany(d => d.Where(m => m.Hidden).Select(m => m.Symbol.Name))
            .ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
            return ([], []);
        var words = ProjectWords.Of(builds, names, otherFileWords(), cancellationToken);

        // Every build that compiles a declaration must find it removable (or write-only).
        var verdicts = new Dictionary<(string Path, int Start), Verdict>();
        for (var i = 0; i < builds.Count; i++)
        {
            var build = builds[i];
            var judged = declared[i].Where(m => m.Hidden).ToList();
            var kept = judged
                .Where(m =>
                    words.Contains(m.Symbol.Name)
                    || words.IsReflectedOn(m.Symbol)
                    || MemberKeepRules.Keeps(m.Symbol, m.Member, m.Model)
                    || KeepRequests.AreMade(
                        Diagnostics.Findings.UnusedMemberCode,
                        m.Member,
                        m.Symbol,
                        build.Compilation.Options
                    )
                )
                .Select(m => m.Symbol)
                .ToHashSet(SymbolEqualityComparer.Default);
            // A partial type has a declaration per part, in one file or several: one member, many nodes.
            var members = judged
                .GroupBy(m => m.Symbol, SymbolEqualityComparer.Default)
                .ToDictionary(
                    g => g.Key!,
                    g => (IReadOnlyList<SyntaxNode>)[.. g.Select(m => m.Node)],
                    SymbolEqualityComparer.Default
                );
            var uses = MemberUses.Find(build, members, kept, cancellationToken);
            var unbound = judged.Where(m => uses.UnboundNames.Contains(m.Symbol.Name)).ToList();
            if (unbound.Count > 0)
            {
                kept.UnionWith(unbound.Select(m => m.Symbol));
                uses = MemberUses.Find(build, members, kept, cancellationToken);
            }

            foreach (var member in declared[i])
            {
                var judgedHere = member.Hidden && !kept.Contains(member.Symbol);
                var removable = judgedHere && !uses.IsUsed(member.Symbol);
                var writeOnly =
                    judgedHere
                    && IsFieldOrAutoProperty(member.Symbol)
                    && uses.IsWriteOnly(member.Symbol)
                    && !KeepRequests.AreMade(
                        Diagnostics.Findings.WriteOnlyMemberCode,
                        member.Member,
                        member.Symbol,
                        build.Compilation.Options
                    );
                var key = (member.Path, member.Node.SpanStart);
                if (verdicts.TryGetValue(key, out var verdict))
                    verdicts[key] = verdict with
                    {
                        Removable = verdict.Removable && removable,
                        WriteOnly = verdict.WriteOnly && writeOnly,
                    };
                else
                    verdicts[key] = new Verdict(member, removable, writeOnly);
            }
        }

        var writeOnlyMembers = verdicts
            .Values.Where(v => v.WriteOnly)
            .Select(v => new WriteOnlyMember(
                v.Member.Path,
                Identifier(v.Member.Node).SpanStart,
                KindOf(v.Member.Symbol),
                v.Member.Symbol.Name
            ))
            .OrderBy(w => w.Path, StringComparer.Ordinal)
            .ThenBy(w => w.Position)
            .ToList();
        var removals = verdicts
            .Values.Where(v => v.Removable)
            .GroupBy(v => v.Member.Path, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => Removals(g.Key, [.. g.Select(v => v.Member)], cancellationToken))
            .ToList();
        return (removals, writeOnlyMembers);
    }

    /// <summary>
    /// The removals of one file: a declaration whose members all go (every variable of a field declaration),
    /// unless a declaration around it goes too.
    /// </summary>
    private static IEnumerable<MemberRemoval> Removals(
        string path,
        IReadOnlyList<Declaration> removable,
        CancellationToken cancellationToken
    )
    {
        var byDeclaration = removable
            .GroupBy(m => m.Member)
            .Where(g =>
                g.Key is not BaseFieldDeclarationSyntax field
                || field.Declaration.Variables.Count == g.Count()
            )
            .ToList();
        var outermost = byDeclaration
            .Where(g => !byDeclaration.Any(o => o.Key != g.Key && o.Key.Span.Contains(g.Key.Span)))
            .OrderBy(g => g.Key.SpanStart)
            .ToList();
        if (outermost.Count == 0)
            yield break;
        var text = outermost[0].Key.SyntaxTree.GetText(cancellationToken);
        var spans = MemberRemoval.Spans([.. outermost.Select(g => g.Key)], text);
        for (var i = 0; i < outermost.Count; i++)
            yield return new MemberRemoval(
                path,
                [
                    .. outermost[i]
                        .OrderBy(m => m.Node.SpanStart)
                        .Select(m =>
                            (KindOf(m.Symbol), m.Symbol.Name, Identifier(m.Node).SpanStart)
                        ),
                ],
                [new TextChange(spans[i], "")]
            );
    }

    /// <summary>The members declared in a build's editable files, with whether the rule judges them.</summary>
    private static List<Declaration> Declarations(
        AnalyzedBuild build,
        IReadOnlyList<string> paths,
        CancellationToken cancellationToken
    )
    {
        var result = new List<Declaration>();
        foreach (var path in paths)
        {
            if (!build.TreesByPath.TryGetValue(path, out var tree))
                continue;
            var model = build.Compilation.GetSemanticModel(tree);
            var types = tree.GetRoot(cancellationToken)
                .DescendantNodes(n => n is not (BlockSyntax or ArrowExpressionClauseSyntax))
                .OfType<TypeDeclarationSyntax>();
            foreach (var member in types.SelectMany(t => t.Members))
            {
                IEnumerable<SyntaxNode> nodes = member switch
                {
                    BaseFieldDeclarationSyntax field => field.Declaration.Variables,
                    // Not a nested type: assembly scanning finds private ones too (a DI container's
                    // RegisterAssemblyTypes, Assembly.GetTypes(), Type.GetType("Outer+Inner") from another
                    // project), which no analysis of the project can see.
                    MethodDeclarationSyntax
                    or PropertyDeclarationSyntax
                    or EventDeclarationSyntax => [member],
                    _ => [],
                };
                foreach (var node in nodes)
                {
                    var symbol = model.GetDeclaredSymbol(node, cancellationToken);
                    if (symbol is null)
                        continue;
                    result.Add(
                        new Declaration(
                            path,
                            symbol,
                            node,
                            member,
                            model,
                            MemberKeepRules.IsHidden(symbol)
                        )
                    );
                }
            }
        }
        return result;
    }

    private static bool IsFieldOrAutoProperty(ISymbol symbol) =>
        symbol is IFieldSymbol { IsConst: false }
        || symbol is IPropertySymbol property && MemberKeepRules.IsAutoProperty(property);

    private static string KindOf(ISymbol symbol) =>
        symbol switch
        {
            IFieldSymbol { IsConst: true } => "constant",
            IFieldSymbol => "field",
            IMethodSymbol => "method",
            IPropertySymbol => "property",
            IEventSymbol => "event",
            _ => "member",
        };

    private static SyntaxToken Identifier(SyntaxNode node) =>
        node switch
        {
            VariableDeclaratorSyntax v => v.Identifier,
            MethodDeclarationSyntax m => m.Identifier,
            PropertyDeclarationSyntax p => p.Identifier,
            EventDeclarationSyntax e => e.Identifier,
            _ => node.GetFirstToken(),
        };

    /// <param name="Node">The symbol's declaration: a variable's declarator for a field, else the member.</param>
    /// <param name="Member">The member declaration that holds it (a field declaration for a declarator).</param>
    /// <param name="Hidden">Whether nothing outside its type can see it: the rule judges it.</param>
    private sealed record Declaration(
        string Path,
        ISymbol Symbol,
        SyntaxNode Node,
        MemberDeclarationSyntax Member,
        SemanticModel Model,
        bool Hidden
    );

    private sealed record Verdict(Declaration Member, bool Removable, bool WriteOnly);
}
