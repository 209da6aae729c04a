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
    )
    {
        var remaining = removals.ToList();
        var reverted = new List<Finding>();
        for (var round = 0; round < MaxRounds && remaining.Count > 0; round++)
        {
            var newTexts = NewTexts(builds, remaining, cancellationToken);
            var wholeCompilation = remaining.Any(r => r.IsGlobal);
            var failures = new List<Diagnostic>();
            string? problem = null;
            foreach (var build in builds)
            {
                var (buildFailures, buildProblem) = build.Recompile(
                    newTexts,
                    wholeCompilation,
                    cancellationToken
                );
                failures.AddRange(buildFailures);
                problem ??= buildProblem;
            }
            if (failures.Count == 0 && problem is null)
                return (remaining, reverted);

            var culprits = Culprits(remaining, failures, problem);
            foreach (var (removal, reason) in culprits)
                reverted.Add(
                    Findings.RemovalReverted(
                        removal.Path,
                        removal.Line,
                        removal.Column,
                        removal.Text,
                        reason
                    )
                );
            remaining.RemoveAll(r => culprits.ContainsKey(r));
        }
        foreach (var removal in remaining)
            reverted.Add(
                Findings.RemovalReverted(
                    removal.Path,
                    removal.Line,
                    removal.Column,
                    removal.Text,
                    "the builds still failed after several rounds of reverting"
                )
            );
        return ([], reverted);
    }

    public static Dictionary<string, SourceText> NewTexts(
        IReadOnlyList<AnalyzedBuild> builds,
        IEnumerable<UsingRemoval> removals,
        CancellationToken cancellationToken
    )
    {
        var result = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in removals.GroupBy(r => r.Path))
        {
            var old = builds
                .First(b => b.TreesByPath.ContainsKey(file.Key))
                .TreesByPath[file.Key]
                .GetText(cancellationToken);
            var text = UsingRemover.Apply(old.ToString(), file.Select(r => r.Span));
            result[file.Key] = SourceText.From(text, old.Encoding, old.ChecksumAlgorithm);
        }
        return result;
    }

    /// <summary>
    /// Which removals to blame: those in the file of the new error; for an error in a file without removals,
    /// the global usings removed (they reach every file); and all of them when nothing narrower explains it.
    /// </summary>
    private static Dictionary<UsingRemoval, string> Culprits(
        IReadOnlyList<UsingRemoval> remaining,
        IReadOnlyList<Diagnostic> failures,
        string? problem
    )
    {
        var culprits = new Dictionary<UsingRemoval, string>();
        if (problem is not null)
        {
            foreach (var removal in remaining)
                culprits.TryAdd(removal, problem);
        }
        foreach (var failure in failures)
        {
            var path = failure.Location.SourceTree?.FilePath;
            var inFile = remaining.Where(r => r.Path == path).ToList();
            var blamed =
                inFile.Count > 0 ? inFile
                : remaining.Any(r => r.IsGlobal) ? remaining.Where(r => r.IsGlobal).ToList()
                : remaining;
            foreach (var removal in blamed)
                culprits.TryAdd(removal, failure.ToString());
        }
        return culprits;
    }
}
