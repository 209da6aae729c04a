using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.Format;

/// <summary>
/// One block of using and extern alias directives (the file's own, or a namespace's), with the comments and
/// preprocessor directives around them. The Format stage lays this block out itself, because CSharpier sorts
/// usings and moves them across <c>#if</c> and <c>#region</c>, and ordering belongs to the Usings stage.
/// </summary>
public sealed class UsingRegion
{
    private UsingRegion(TextSpan span, IReadOnlyList<object> pieces, bool atFileStart)
    {
        Span = span;
        Pieces = pieces;
        AtFileStart = atFileStart;
    }

    /// <summary>From the first directive's leading trivia to the end of whatever must stay with the block.</summary>
    public TextSpan Span { get; }

    /// <summary>In source order: <see cref="SyntaxTrivia"/> and directive nodes (<see cref="UsingDirectiveSyntax"/>, <see cref="ExternAliasDirectiveSyntax"/>).</summary>
    public IReadOnlyList<object> Pieces { get; }

    public bool AtFileStart { get; }

    public IEnumerable<SyntaxNode> Directives => Pieces.OfType<SyntaxNode>();

    /// <summary>
    /// The file's using blocks in document order. A block that cannot be cut out whole (an <c>#if</c> opened
    /// among the usings and closed far below them) is not returned, and CSharpier's own handling then shows up
    /// as an unsafe rewrite instead of a silent reorder.
    /// </summary>
    public static IReadOnlyList<UsingRegion> FindAll(CompilationUnitSyntax root)
    {
        var regions = new List<UsingRegion>();
        foreach (var directives in Blocks(root))
            TryAdd(directives, regions);
        return regions;
    }

    /// <summary>
    /// The blocks of <see cref="FindAll(CompilationUnitSyntax)"/>, and those that only an inactive branch
    /// holds (found by parsing under <see cref="PreprocessorBranches.Alternatives"/>), which CSharpier would
    /// otherwise sort when it formats that branch. Blocks never overlap; they are in document order.
    /// </summary>
    public static IReadOnlyList<UsingRegion> FindAll(
        string text,
        CompilationUnitSyntax root,
        CSharpParseOptions options,
        CancellationToken cancellationToken
    )
    {
        var regions = FindAll(root).ToList();
        if (!PreprocessorBranches.HasInactiveUsings(root))
            return regions;
        foreach (var alternative in PreprocessorBranches.Alternatives(root, options))
        {
            var other = CSharpSyntaxTree
                .ParseText(text, alternative, cancellationToken: cancellationToken)
                .GetCompilationUnitRoot(cancellationToken);
            foreach (var region in FindAll(other))
            {
                if (!regions.Any(r => r.Span.OverlapsWith(region.Span)))
                    regions.Add(region);
            }
        }
        return [.. regions.OrderBy(r => r.Span.Start)];
    }

    /// <summary>
    /// The directives of every using block in document order: the file's, then each namespace's (file-scoped
    /// ones included), each in source order, whether or not the block can be cut out whole.
    /// </summary>
    public static IEnumerable<IReadOnlyList<SyntaxNode>> Blocks(CompilationUnitSyntax root)
    {
        var containers = new List<(
            SyntaxList<ExternAliasDirectiveSyntax>,
            SyntaxList<UsingDirectiveSyntax>
        )>
        {
            (root.Externs, root.Usings),
        };
        // Namespaces nest only in the compilation unit and in namespaces: no need to walk every member body.
        containers.AddRange(
            root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<BaseNamespaceDeclarationSyntax>()
                .Select(ns => (ns.Externs, ns.Usings))
        );
        foreach (var (externs, usings) in containers)
        {
            var directives = externs
                .Cast<SyntaxNode>()
                .Concat(usings)
                .OrderBy(d => d.SpanStart)
                .ToList();
            if (directives.Count > 0)
                yield return directives;
        }
    }

    private static void TryAdd(IReadOnlyList<SyntaxNode> directives, List<UsingRegion> into)
    {
        var pieces = new List<object>();
        foreach (var directive in directives)
        {
            pieces.AddRange(directive.GetLeadingTrivia().Cast<object>());
            pieces.Add(directive);
            pieces.AddRange(directive.GetTrailingTrivia().Cast<object>());
        }

        // `#define` and `#undef` lines (only ever above the first directive) stay outside the block: CSharpier
        // must see them, or it formats a branch that they make inactive.
        var symbols = pieces.FindLastIndex(p =>
            p is SyntaxTrivia t
            && t.Kind() is SyntaxKind.DefineDirectiveTrivia or SyntaxKind.UndefDirectiveTrivia
        );
        if (symbols >= 0)
        {
            var afterSymbols = Cut(
                directives,
                pieces.GetRange(symbols + 1, pieces.Count - symbols - 1),
                ((SyntaxTrivia)pieces[symbols]).FullSpan.End
            );
            if (afterSymbols is not null)
            {
                into.Add(afterSymbols);
                return;
            }
        }
        var region = Cut(directives, [.. pieces], directives[0].FullSpan.Start);
        // An #if or #region opened above the first directive and closed far below the block (a file wrapped
        // in `#if NETFRAMEWORK`) stays outside: the block then starts on the line after it.
        if (region is null && LastUnclosedOpener(pieces, directives[0]) is { } opener)
        {
            pieces.RemoveRange(0, pieces.IndexOf(opener) + 1);
            region = Cut(directives, pieces, opener.FullSpan.End);
        }
        if (region is not null)
            into.Add(region);
    }

    private static UsingRegion? Cut(
        IReadOnlyList<SyntaxNode> directives,
        List<object> pieces,
        int start
    )
    {
        var end = directives[^1].FullSpan.End;
        var (conditionals, regionMarks) = Balance(pieces.OfType<SyntaxTrivia>());
        if (conditionals < 0 || regionMarks < 0)
            return null;
        if (conditionals > 0 || regionMarks > 0)
        {
            // The block ends inside an #if or #region that closes in the next token's leading trivia: take the
            // trivia up to the closing directive along, so that the cut never splits a directive pair.
            var next = directives[^1].GetLastToken().GetNextToken(includeZeroWidth: true);
            foreach (var trivia in next.LeadingTrivia)
            {
                pieces.Add(trivia);
                end = trivia.FullSpan.End;
                (conditionals, regionMarks) = Balance(pieces.OfType<SyntaxTrivia>());
                if (conditionals == 0 && regionMarks == 0)
                    break;
            }
            if (conditionals != 0 || regionMarks != 0)
                return null;
        }
        return new UsingRegion(TextSpan.FromBounds(start, end), pieces, atFileStart: start == 0);
    }

    private static SyntaxTrivia? LastUnclosedOpener(List<object> pieces, SyntaxNode firstDirective)
    {
        var open = new Stack<SyntaxTrivia>();
        foreach (var piece in pieces)
        {
            if (ReferenceEquals(piece, firstDirective) || piece is not SyntaxTrivia trivia)
                break;
            if (trivia.Kind() is SyntaxKind.IfDirectiveTrivia or SyntaxKind.RegionDirectiveTrivia)
                open.Push(trivia);
            else if (
                trivia.Kind()
                    is SyntaxKind.EndIfDirectiveTrivia
                        or SyntaxKind.EndRegionDirectiveTrivia
                && open.Count > 0
            )
                open.Pop();
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    private static (int Conditionals, int Regions) Balance(IEnumerable<SyntaxTrivia> trivia)
    {
        int conditionals = 0,
            regions = 0;
        foreach (var item in trivia)
        {
            switch (item.Kind())
            {
                case SyntaxKind.IfDirectiveTrivia:
                    conditionals++;
                    break;
                case SyntaxKind.EndIfDirectiveTrivia:
                    conditionals--;
                    break;
                case SyntaxKind.RegionDirectiveTrivia:
                    regions++;
                    break;
                case SyntaxKind.EndRegionDirectiveTrivia:
                    regions--;
                    break;
            }
            if (conditionals < 0 || regions < 0)
                return (conditionals, regions);
        }
        return (conditionals, regions);
    }
}
