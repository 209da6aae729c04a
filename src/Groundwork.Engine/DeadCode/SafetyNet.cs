using Groundwork.Engine.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Proves removals before anything is written or reported: the removals are applied to the sources in memory,
/// every build is compiled again (generators included), and a removal that brings an error (or a warning the
/// build treats as an error) is dropped, with <c>GW3900</c>, until the builds compile as they did.
/// </summary>
public static class SafetyNet
{
    private const int MaxRounds = 8;

    public static (IReadOnlyList<UsingRemoval> Proven, IReadOnlyList<Finding> Reverted) Prove(
        IReadOnlyList<AnalyzedBuild> builds,
        IReadOnlyList<UsingRemoval> removals,
        CancellationToken cancellationToken
    ) =>
        Prove(
            builds,
            removals,
            remaining => NewTexts(builds, remaining, cancellationToken),
            r => r.IsGlobal,
            (remaining, failure) =>
            {
                var path = failure.Location.SourceTree?.FilePath;
                var inFile = remaining.Where(r => r.Path == path).ToList();
                return inFile.Count > 0 ? inFile
                    : remaining.Any(r => r.IsGlobal) ? [.. remaining.Where(r => r.IsGlobal)]
                    : remaining;
            },
            (r, reason) => Findings.RemovalReverted(r.Path, r.Line, r.Column, r.Text, reason),
            cancellationToken
        );

    /// <summary>
    /// Proves removals of unused locals: an error is blamed on the removals of its file whose member body
    /// holds it (a local reaches no further), else on every removal of its file.
    /// </summary>
    public static (IReadOnlyList<LocalRemoval> Proven, IReadOnlyList<Finding> Reverted) Prove(
        IReadOnlyList<AnalyzedBuild> builds,
        IReadOnlyList<LocalRemoval> removals,
        CancellationToken cancellationToken
    ) =>
        Prove(
            builds,
            removals,
            remaining => NewTexts(builds, remaining, cancellationToken),
            _ => false,
            (remaining, failure) =>
            {
                var path = failure.Location.SourceTree?.FilePath;
                var inFile = remaining.Where(r => r.Path == path).ToList();
                if (inFile.Count == 0)
                    return remaining;
                var position = LocalRemoval.MapBack(
                    failure.Location.SourceSpan.Start,
                    inFile.SelectMany(r => r.Changes)
                );
                var inScope = inFile.Where(r => r.Scope.Contains(position)).ToList();
                return inScope.Count > 0 ? inScope : inFile;
            },
            (r, reason) =>
            {
                var (line, column) = LineAndColumn(builds, r.Path, r.Start, cancellationToken);
                return Findings.LocalRemovalReverted(r.Path, line, column, r.Names, reason);
            },
            cancellationToken
        );

    /// <summary>
    /// Proves removals of unused members: an error is blamed on the removals of its file (a private member is
    /// used in its own file, since the types it belongs to have one part), else on every removal.
    /// </summary>
    public static (IReadOnlyList<MemberRemoval> Proven, IReadOnlyList<Finding> Reverted) Prove(
        IReadOnlyList<AnalyzedBuild> builds,
        IReadOnlyList<MemberRemoval> removals,
        CancellationToken cancellationToken
    ) =>
        Prove(
            builds,
            removals,
            remaining => NewTexts(builds, remaining, cancellationToken),
            // A removed member may be named anywhere its type is seen (private protected, a nested type).
            _ => true,
            (remaining, failure) =>
            {
                var path = failure.Location.SourceTree?.FilePath;
                var inFile = remaining.Where(r => r.Path == path).ToList();
                return inFile.Count > 0 ? inFile : remaining;
            },
            (r, reason) =>
            {
                var (line, column) = LineAndColumn(builds, r.Path, r.Start, cancellationToken);
                return Findings.MemberRemovalReverted(r.Path, line, column, r.Names, reason);
            },
            cancellationToken
        );

    /// <summary>The 1-based line and column of a position in the text the builds compiled.</summary>
    private static (int Line, int Column) LineAndColumn(
        IReadOnlyList<AnalyzedBuild> builds,
        string path,
        int position,
        CancellationToken cancellationToken
    )
    {
        var start = builds
            .First(b => b.TreesByPath.ContainsKey(path))
            .TreesByPath[path]
            .GetText(cancellationToken)
            .Lines.GetLinePosition(position);
        return (start.Line + 1, start.Character + 1);
    }

    private static (IReadOnlyList<T> Proven, IReadOnlyList<Finding> Reverted) Prove<T>(
        IReadOnlyList<AnalyzedBuild> builds,
        IReadOnlyList<T> removals,
        Func<IReadOnlyList<T>, Dictionary<string, SourceText>> newTexts,
        Func<T, bool> reachesEveryFile,
        Func<IReadOnlyList<T>, Diagnostic, IReadOnlyList<T>> blame,
        Func<T, string, Finding> reverted,
        CancellationToken cancellationToken
    )
        where T : notnull
    {
        var remaining = removals.ToList();
        var findings = new List<Finding>();
        for (var round = 0; round < MaxRounds && remaining.Count > 0; round++)
        {
            var texts = newTexts(remaining);
            var wholeCompilation = remaining.Any(reachesEveryFile);
            var failures = new List<Diagnostic>();
            string? problem = null;
            foreach (var build in builds)
            {
                var (buildFailures, buildProblem) = build.Recompile(
                    texts,
                    wholeCompilation,
                    cancellationToken
                );
                failures.AddRange(buildFailures);
                problem ??= buildProblem;
            }
            if (failures.Count == 0 && problem is null)
                return (remaining, findings);

            var culprits = new Dictionary<T, string>();
            if (problem is not null)
            {
                foreach (var removal in remaining)
                    culprits.TryAdd(removal, problem);
            }
            foreach (var failure in failures)
            {
                foreach (var removal in blame(remaining, failure))
                    culprits.TryAdd(removal, failure.ToString());
            }
            foreach (var (removal, reason) in culprits)
                findings.Add(reverted(removal, reason));
            remaining.RemoveAll(culprits.ContainsKey);
        }
        foreach (var removal in remaining)
            findings.Add(
                reverted(removal, "the builds still failed after several rounds of reverting")
            );
        return ([], findings);
    }

    public static Dictionary<string, SourceText> NewTexts(
        IReadOnlyList<AnalyzedBuild> builds,
        IEnumerable<ITextRemoval> removals,
        CancellationToken cancellationToken
    ) =>
        NewTexts(
            builds,
            removals,
            r => r.Path,
            (old, file) =>
                old.WithChanges(file.SelectMany(r => r.Changes).OrderBy(c => c.Span.Start)),
            cancellationToken
        );

    public static Dictionary<string, SourceText> NewTexts(
        IReadOnlyList<AnalyzedBuild> builds,
        IEnumerable<UsingRemoval> removals,
        CancellationToken cancellationToken
    ) =>
        NewTexts(
            builds,
            removals,
            r => r.Path,
            (old, file) =>
                SourceText.From(
                    UsingRemover.Apply(old.ToString(), file.Select(r => r.Span)),
                    old.Encoding,
                    old.ChecksumAlgorithm
                ),
            cancellationToken
        );

    /// <summary>Each changed file's text after its removals, from the text the builds compiled.</summary>
    private static Dictionary<string, SourceText> NewTexts<T>(
        IReadOnlyList<AnalyzedBuild> builds,
        IEnumerable<T> removals,
        Func<T, string> pathOf,
        Func<SourceText, IEnumerable<T>, SourceText> apply,
        CancellationToken cancellationToken
    )
    {
        var result = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in removals.GroupBy(pathOf))
        {
            var old = builds
                .First(b => b.TreesByPath.ContainsKey(file.Key))
                .TreesByPath[file.Key]
                .GetText(cancellationToken);
            result[file.Key] = apply(old, file);
        }
        return result;
    }
}
