using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The parts of a file that no analysed build compiles: the text of <c>#if</c> branches that are inactive in
/// every build of the file. The compiler never sees that code, so it cannot tell whether a using directive
/// serves it; <see cref="UsingNeeds"/> decides that conservatively from the region's words.
/// </summary>
public static class InactiveRegions
{
    public static IReadOnlyList<TextSpan> Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        if (!root.ContainsDirectives)
            return [];
        return
        [
            .. root.DescendantTrivia()
                .Where(t => t.IsKind(SyntaxKind.DisabledTextTrivia))
                .Select(t => t.Span)
                .Where(s => !s.IsEmpty)
                .OrderBy(s => s.Start),
        ];
    }

    /// <summary>The spans inactive in every build: the intersection of each build's sorted inactive spans.</summary>
    public static IReadOnlyList<TextSpan> InAll(IReadOnlyList<IReadOnlyList<TextSpan>> perBuild)
    {
        if (perBuild.Count == 0)
            return [];
        IReadOnlyList<TextSpan> common = perBuild[0];
        foreach (var next in perBuild.Skip(1))
        {
            var result = new List<TextSpan>();
            int i = 0,
                j = 0;
            while (i < common.Count && j < next.Count)
            {
                var overlap = common[i].Intersection(next[j]);
                if (overlap is { IsEmpty: false } span)
                    result.Add(span);
                if (common[i].End < next[j].End)
                    i++;
                else
                    j++;
            }
            common = result;
        }
        return common;
    }
}
