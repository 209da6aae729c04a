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

        var analysis = Analyse(file, bytes, key, fromDisk ? null : pending, cancellationToken);
        if (analysis.Done is { } done)
            return done;
        var (document, result) = (analysis.Document!, analysis.Result!);

        if (mode == StageMode.Check)
        {
            if (fromDisk)
                cache.Forget(file);
            if (KeepProposedChanges)
                proposed.Add(new ProposedChange(file, document.Text, result.NewText!));
            var line = TextDifference.FirstDifferentLine(document.Text, result.NewText!);
            return [.. result.Findings, rewriter.PendingChange(file, line, checkSeverity)];
        }

        // Another project of a parallel build may compile this file too (a linked file) and write it at the same
        // time: the check "is the file still what was analysed?" and the write are one step under the file's lock.
        using var held = FileWriteLock.Acquire(
            file,
            FileWriteLock.DefaultTimeout,
            cancellationToken
        );
        if (held is null)
            return
            [
                .. result.Findings,
                Findings.FileChanged(file, rewriter.StageName, LockTimeout),
            ];
        var current = ReadNow(file, out var problem);
        if (current is null)
            return [.. result.Findings, problem!];
        if (!current.AsSpan().SequenceEqual(bytes))
        {
            // It changed since it was read (another process did the work, or part of it): analyse what is there
            // now. Other Groundwork processes wait for the lock; anything else that writes it is noticed below.
            bytes = current;
            key = CleanFileCache.Key(bytes, rewriter.Fingerprint(file));
            analysis = Analyse(file, bytes, key, null, cancellationToken);
            if (analysis.Done is { } doneNow)
                return doneNow;
            (document, result) = (analysis.Document!, analysis.Result!);
            var again = ReadNow(file, out problem);
            if (again is null)
                return [.. result.Findings, problem!];
            if (!again.AsSpan().SequenceEqual(bytes))
                return
                [
                    .. result.Findings,
                    Findings.FileChanged(file, rewriter.StageName, StillChanging),
                ];
        }

        var newBytes = document.Encode(result.NewText!);
        if (AtomicFileWriter.TryWrite(file, newBytes) is { } writeProblem)
            return [.. result.Findings, writeProblem];
        changed.Add(file);
        cache.MarkClean(file, CleanFileCache.Key(newBytes, rewriter.Fingerprint(file)));
        return result.Findings;
    }

    private const string LockTimeout = "another Groundwork process kept it locked for too long";
    private const string StillChanging = "something other than Groundwork is writing it";

    /// <summary>
    /// A file's analysis: either the decoded document and a rewrite that changes it, or the findings that end
    /// the file's work (<see cref="Done"/>: unchanged, undecodable or generated).
    /// </summary>
    private sealed record Analysis(
        SourceDocument? Document,
        RewriteResult? Result,
        IReadOnlyList<Finding>? Done
    );

    /// <param name="pending">The text an earlier stage would give the file (check mode), or null: the file's own.</param>
    private Analysis Analyse(
        string file,
        byte[] bytes,
        string key,
        string? pending,
        CancellationToken cancellationToken
    )
    {
        var (document, problem) = SourceFileReader.Decode(file, bytes);
        if (document is null)
            return new Analysis(null, null, [problem!]);
        if (pending is not null)
            document = document with { Text = pending };
        // Checked here too, not only in SourceSelection: the header needs the text, and a caller may pass files
        // that did not go through a selection.
        if (GeneratedCode.IsGenerated(file, document.Text, _editorConfig.GeneratedCode(file)))
            return new Analysis(null, null, []);

        RewriteResult result;
        try
        {
            // Only the rewrite, which parses and formats, needs the large stack; a cached-clean file never gets here.
            result = LargeStack.Run(() => rewriter.Rewrite(file, document.Text, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of the stage (or of CSharpier) on one file must not stop the others, nor the build: the
            // file is left as it is, and the message says what failed so that it can be reported.
            var cause = e.GetBaseException();
            return new Analysis(
                null,
                null,
                [
                    Findings.UnsafeRewrite(
                        file,
                        1,
                        1,
                        rewriter.StageName,
                        $"the stage failed on this file: {cause.GetType().Name}: {cause.Message} Please report this as a Groundwork bug"
                    ),
                ]
            );
        }
        if (result.NewText is null || result.NewText == document.Text)
        {
            if (result.Findings.Count == 0 && pending is null)
                cache.MarkClean(file, key);
            return new Analysis(null, null, result.Findings);
        }
        return new Analysis(document, result, null);
    }

    /// <summary>The file's bytes as they are now, or null and the problem when it can no longer be read.</summary>
    private static byte[]? ReadNow(string file, out Finding? problem)
    {
        problem = null;
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = ReadProblem(file, e);
            return null;
        }
    }
}
