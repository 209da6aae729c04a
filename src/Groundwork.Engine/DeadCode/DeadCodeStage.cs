using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The DeadCode stage: one entry point for the MSBuild task and the CLI. It builds one compilation per target
/// framework, decides which using directives no build needs, proves their removal by compiling again, and only
/// then reports them (check) or removes them (fix).
/// </summary>
public static class DeadCodeStage
{
    public const string StageName = "DeadCode";

    public static StageReport Run(DeadCodeRequest request, CancellationToken cancellationToken)
    {
        var editorConfig = new EditorConfigLookup();
        var selection = new SourceSelection(
            request.ProjectDirectory,
            request.IncludeLinkedFiles,
            editorConfig
        );
        var editable = request
            .EditableFiles.Select(Path.GetFullPath)
            .Where(selection.Includes)
            .ToHashSet(StringComparer.Ordinal);
        if (request.Mode == StageMode.Off || request.Builds.Count == 0)
            return new StageReport(StageName, editable.Count, [], []);
        // Before the stamp check, so that a no-op run still removes what a killed fix left (see StageRunner).
        TemporaryFiles.RemoveLeftovers(TemporaryFiles.FoldersOf(editable));

        if (request.PendingTexts is { Count: > 0 } && request.Mode == StageMode.Fix)
            throw new ArgumentException(
                "Pending texts are for check mode only: fix mode works on the files as they are.",
                nameof(request)
            );
        var stampFile = request.PendingTexts is { Count: > 0 } ? null : request.StampFile;
        var stamp = stampFile is null ? null : DeadCodeStamp.Compute(request);
        if (stamp is not null && DeadCodeStamp.Matches(stampFile!, stamp))
            return new StageReport(StageName, editable.Count, [], []);

        // A file another process writes while the project is analysed (a linked file that a parallel build's other
        // project fixes) makes the analysis stale: it is analysed again, a few times, before the file is left alone.
        StageReport? report = null;
        IReadOnlyList<string> changedUnderUs = [];
        for (var attempt = 1; attempt <= MaxAttempts && report is null; attempt++)
            (report, changedUnderUs) = Attempt(
                request,
                editable,
                editorConfig,
                stampFile,
                cancellationToken
            );
        if (report is not null)
            return report;
        if (stampFile is not null)
            DeadCodeStamp.Delete(stampFile);
        return new StageReport(
            StageName,
            editable.Count,
            [],
            [
                .. changedUnderUs.Select(f =>
                    Findings.FileChanged(
                        f,
                        StageName,
                        $"another process wrote it during each of {MaxAttempts} analyses"
                    )
                ),
            ]
        );
    }

    private const int MaxAttempts = 3;

    /// <summary>
    /// One analysis of the project and, in fix mode, its writes: the report, or null and the files that changed
    /// while the project was analysed (nothing was written then).
    /// </summary>
    private static (StageReport? Report, IReadOnlyList<string> ChangedFiles) Attempt(
        DeadCodeRequest request,
        HashSet<string> editable,
        EditorConfigLookup editorConfig,
        string? stampFile,
        CancellationToken cancellationToken
    )
    {
        using var loader = new AnalyzerAssemblyLoader();
        var sources = new SourceFiles(request.PendingTexts);
        var factory = new CompilationFactory(sources, new GeneratorCatalog(loader));
        var builds = request.Builds.Select(b => factory.Create(b, cancellationToken)).ToList();

        var notAnalysed = builds
            .Where(b => b.Problem is not null)
            .Select(b =>
                Findings.BuildNotAnalysed(b.Inputs.ProjectPath, b.Inputs.DisplayName, b.Problem!)
            )
            .ToList();
        if (notAnalysed.Count > 0)
            return (new StageReport(StageName, editable.Count, [], notAnalysed), []);

        // A generated file (by name, header or generated_code in .editorconfig) is compiled with the rest, so its
        // uses count, but nothing in it is reported or removed.
        bool IsEditable(string path) =>
            editable.Contains(path)
            && sources.Get(path).Document is { } document
            && !GeneratedCode.IsGenerated(path, document.Text, editorConfig.GeneratedCode(path));

        var candidates = UnusedUsingPlanner.Plan(
            builds,
            IsEditable,
            () => UnseenSources(request, builds),
            cancellationToken
        );
        var (proven, reverted) = SafetyNet.Prove(builds, candidates, cancellationToken);
        var findings = new List<Finding>(reverted);
        var changed = new List<string>();
        var proposed = new List<ProposedChange>();
        string? stamp = null;
        if (request.Mode == StageMode.Check)
        {
            findings.AddRange(
                proven.Select(r =>
                    Findings.UnneededUsing(
                        r.Path,
                        r.Line,
                        r.Column,
                        r.Text,
                        request.CheckSeverity,
                        r.RepeatedGlobal
                    )
                )
            );
            if (request.KeepProposedChanges)
                proposed.AddRange(
                    proven
                        .GroupBy(r => r.Path)
                        .Select(file =>
                        {
                            var text = sources.Get(file.Key).Document!.Text;
                            return new ProposedChange(
                                file.Key,
                                text,
                                UsingRemover.Apply(text, file.Select(r => r.Span))
                            );
                        })
                        .OrderBy(p => p.FilePath, StringComparer.Ordinal)
                );
        }
        else
        {
            var compiled = builds
                .SelectMany(b => b.TreesByPath.Keys)
                .Where(editable.Contains)
                .ToHashSet(StringComparer.Ordinal);
            var removals = proven
                .GroupBy(r => r.Path)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Span).ToList());
            // Everything the analysis read and another Groundwork process may write is locked while it is
            // checked and written, in one order for all processes; the stamp is taken under the same locks.
            using (
                var held = FileWriteLock.AcquireAll(
                    compiled.Concat(removals.Keys),
                    FileWriteLock.DefaultTimeout,
                    cancellationToken
                )
            )
            {
                if (held is null)
                    return (
                        new StageReport(
                            StageName,
                            editable.Count,
                            [],
                            [
                                .. removals.Keys.Select(f =>
                                    Findings.FileChanged(
                                        f,
                                        StageName,
                                        "another Groundwork process kept it locked for too long"
                                    )
                                ),
                            ]
                        ),
                        []
                    );
                var stale = Stale(compiled, removals, sources);
                if (stale.Count > 0)
                    return (null, stale);
                foreach (var (file, spans) in removals)
                {
                    var problem = Write(file, sources.Get(file).Document!, spans);
                    if (problem is null)
                        changed.Add(file);
                    else
                        findings.Add(problem);
                }
                if (stampFile is not null)
                    stamp = DeadCodeStamp.Compute(request);
            }
        }

        if (stampFile is not null)
        {
            var clean = !findings.Any(f =>
                f.Severity != FindingSeverity.Info || f.Code == Findings.UnneededUsingCode
            );
            if (clean)
                DeadCodeStamp.Save(stampFile, stamp ?? DeadCodeStamp.Compute(request));
            else
                DeadCodeStamp.Delete(stampFile);
        }
        return (
            new StageReport(
                StageName,
                editable.Count,
                [.. changed.Order(StringComparer.Ordinal)],
                [.. findings.OrderBy(f => f.FilePath, StringComparer.Ordinal).ThenBy(f => f.Line)]
            )
            {
                ProposedChanges = proposed,
            },
            []
        );
    }

    /// <summary>
    /// The files whose text is neither what the analysis read nor what this run would make of it: another
    /// process changed them, so the analysis no longer describes the project. A file that already holds this
    /// run's result (the other project of a parallel build removed the same directives) is not stale.
    /// </summary>
    private static List<string> Stale(
        IEnumerable<string> files,
        IReadOnlyDictionary<string, List<TextSpan>> removals,
        SourceFiles sources
    )
    {
        var stale = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var analysed = sources.Get(file).Document?.Text;
            if (analysed is null)
                continue;
            var (current, _) = SourceFileReader.Read(file);
            if (current is null || current.Text == analysed)
                continue;
            if (
                removals.TryGetValue(file, out var spans)
                && current.Text == UsingRemover.Apply(analysed, spans)
            )
                continue;
            stale.Add(file);
        }
        return stale;
    }

    /// <summary>
    /// The C# files of the project folder that no analysed build compiles (a file that only another configuration
    /// includes, through a condition on <c>Compile</c>): code the compiler did not see, which a global using may
    /// serve. Build output folders are left out.
    /// </summary>
    private static IEnumerable<string> UnseenSources(
        DeadCodeRequest request,
        IReadOnlyList<AnalyzedBuild> builds
    )
    {
        var compiled = builds.SelectMany(b => b.TreesByPath.Keys).ToHashSet(StringComparer.Ordinal);
        var selection = new SourceSelection(request.ProjectDirectory, includeLinkedFiles: false);
        IEnumerable<string> files;
        try
        {
            files = Directory
                .EnumerateFiles(request.ProjectDirectory, "*.cs", SearchOption.AllDirectories)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }
        foreach (var file in files.Where(f => !compiled.Contains(f) && selection.Includes(f)))
        {
            string? text = null;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            if (text is not null)
                yield return text;
        }
    }

    /// <summary>
    /// Writes one file's removals, under the file's lock, when the file still holds the analysed text (else it
    /// already holds the result) and may be written.
    /// </summary>
    private static Finding? Write(string path, SourceDocument analysed, IEnumerable<TextSpan> spans)
    {
        var (current, problem) = SourceFileReader.Read(path);
        if (current is null)
            return problem;
        if (current.Text != analysed.Text)
            return null;
        var text = UsingRemover.Apply(current.Text, spans);
        return AtomicFileWriter.TryWrite(path, current.Encode(text));
    }
}
