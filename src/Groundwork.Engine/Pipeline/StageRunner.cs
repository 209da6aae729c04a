using System.Collections.Concurrent;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Pipeline;

/// <summary>
/// Runs one stage over a set of files: reads each file, skips generated and cached-clean ones, asks the stage
/// for a rewrite, and then reports it (check) or writes it atomically in the file's own encoding (fix).
/// </summary>
public sealed class StageRunner(ISourceRewriter rewriter, CleanFileCache cache)
{
    private readonly EditorConfigLookup _editorConfig = new();

    /// <summary>In check mode, keep each changed file's original and new text in the report (for diffs).</summary>
    public bool KeepProposedChanges { get; init; }

    /// <summary>
    /// In check mode, the texts earlier stages would give some files, so that this stage judges what fix would
    /// hand it (the CLI's <c>--diff</c> chains the stages in memory). Such a file is still read for its encoding;
    /// the clean-file cache is neither asked nor told about it, since it describes the files on disk.
    /// </summary>
    public IReadOnlyDictionary<string, string>? PendingTexts { get; init; }

    public StageReport Run(
        IReadOnlyCollection<string> files,
        StageMode mode,
        FindingSeverity checkSeverity,
        CancellationToken cancellationToken
    )
    {
        if (PendingTexts is { Count: > 0 } && mode == StageMode.Fix)
            throw new InvalidOperationException(
                "Pending texts are for check mode only: fix mode works on the files as they are."
            );
        // A fix that was killed halfway (kill -9, power loss) can leave a temporary file beside a source; the
        // next run of any stage, in either mode, removes it, so that it never ends up in a commit.
        TemporaryFiles.RemoveLeftovers(TemporaryFiles.FoldersOf(files));
        var findings = new ConcurrentBag<Finding>();
        var changed = new ConcurrentBag<string>();
        var proposed = new ConcurrentBag<ProposedChange>();
        var parallelism = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Environment.ProcessorCount,
        };
        Parallel.ForEach(
            files,
            parallelism,
            file =>
            {
                foreach (
                    var finding in RunOne(
                        file,
                        mode,
                        checkSeverity,
                        changed,
                        proposed,
                        cancellationToken
                    )
                )
                    findings.Add(finding);
            }
        );
        cache.Save();
        // A broken config file is found once per source file that uses it; the user fixes it once, and
        // MSBuild would count each copy as an error of its own.
        var ordered = findings
            .Distinct()
            .OrderBy(f => f.FilePath, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ToList();
        return new StageReport(
            rewriter.StageName,
            files.Count,
            [.. changed.Order(StringComparer.Ordinal)],
            ordered
        )
        {
            ProposedChanges = [.. proposed.OrderBy(p => p.FilePath, StringComparer.Ordinal)],
        };
    }

    /// <summary>A link that leads nowhere is not a file that cannot be read: say which it is.</summary>
    internal static Finding ReadProblem(string file, Exception e) =>
        SymbolicLink.FinalTarget(file, out var linkProblem) is null
            ? Findings.LinkNotWritable(file, linkProblem!)
            : Findings.UnreadableFile(file, e.Message);

    private IEnumerable<Finding> RunOne(
        string file,
        StageMode mode,
        FindingSeverity checkSeverity,
        ConcurrentBag<string> changed,
        ConcurrentBag<ProposedChange> proposed,
        CancellationToken cancellationToken
    )
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadProblem(file, e)];
        }
        string? pending = null;
        var fromDisk = PendingTexts?.TryGetValue(file, out pending) != true;
        var key = CleanFileCache.Key(bytes, rewriter.Fingerprint(file));
        if (fromDisk && cache.IsClean(file, key))
            return [];

        var (document, problem) = SourceFileReader.Decode(file, bytes);
        if (document is null)
            return [problem!];
        if (!fromDisk)
            document = document with { Text = pending! };
        // Checked here too, not only in SourceSelection: the header needs the text, and a caller may pass files
        // that did not go through a selection.
        if (GeneratedCode.IsGenerated(file, document.Text, _editorConfig.GeneratedCode(file)))
            return [];

        // Only the rewrite, which parses and formats, needs the large stack; a cached-clean file never gets here.
        var result = LargeStack.Run(() => rewriter.Rewrite(file, document.Text, cancellationToken));
        if (result.NewText is null || result.NewText == document.Text)
        {
            if (result.Findings.Count == 0 && fromDisk)
                cache.MarkClean(file, key);
            return result.Findings;
        }

        if (mode == StageMode.Check)
        {
            if (fromDisk)
                cache.Forget(file);
            if (KeepProposedChanges)
                proposed.Add(new ProposedChange(file, document.Text, result.NewText));
            var line = TextDifference.FirstDifferentLine(document.Text, result.NewText);
            return [.. result.Findings, rewriter.PendingChange(file, line, checkSeverity)];
        }

        var newBytes = document.Encode(result.NewText);
        if (AtomicFileWriter.TryWrite(file, newBytes) is { } writeProblem)
            return [.. result.Findings, writeProblem];
        changed.Add(file);
        cache.MarkClean(file, CleanFileCache.Key(newBytes, rewriter.Fingerprint(file)));
        return result.Findings;
    }
}
