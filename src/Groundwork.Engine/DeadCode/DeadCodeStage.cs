using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The DeadCode stage: one entry point for the MSBuild task and the CLI. It builds one compilation per target
/// framework, decides which local variables (rule <c>locals</c>), then which private members (rule
/// <c>members</c>), each pass after pass on the rewritten code, and then which using directives (rule
/// <c>usings</c>) no build needs, proves each removal by compiling again, and only then reports them (check)
/// or removes them (fix).
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
        try
        {
            for (var attempt = 1; attempt <= MaxAttempts && report is null; attempt++)
                (report, changedUnderUs) = Attempt(
                    request,
                    editable,
                    editorConfig,
                    stampFile,
                    cancellationToken
                );
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of the stage on one project must not stop the build, nor the other projects of a CLI run: it
            // is reported where the user can see it, with what failed, and the next run judges the project again.
            if (stampFile is not null)
                DeadCodeStamp.Delete(stampFile);
            return new StageReport(
                StageName,
                editable.Count,
                [],
                [
                    Findings.StageFailed(
                        request.Builds[0].ProjectPath,
                        StageName,
                        e.GetBaseException()
                    ),
                ]
            );
        }
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
        var factory = new CompilationFactory(
            sources,
            new GeneratorCatalog(loader),
            request.ProjectCompilations
        );
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

        var findings = new List<Finding>();
        // Each pass's removals, in the text of the pass before: what maps a finding back to the file on disk.
        var passes = new List<IReadOnlyList<ITextRemoval>>();
        IReadOnlyList<AnalyzedBuild> current = builds;
        if (request.Rules.HasFlag(DeadCodeRules.Locals))
            current = RemoveInPasses(
                current,
                b => UnusedLocalPlanner.Plan(b, IsEditable, cancellationToken),
                (b, planned) => SafetyNet.Prove(b, planned, cancellationToken),
                passes,
                findings,
                sources,
                cancellationToken
            );
        if (request.Rules.HasFlag(DeadCodeRules.Members))
        {
            // Members after locals (an unused local's lambda may have been a member's only user), before usings
            // (a removed member may have been a using's only user).
            IReadOnlySet<string>? otherFiles = null;
            IReadOnlyList<UnusedMemberPlanner.WriteOnlyMember> writeOnly = [];
            current = RemoveInPasses(
                current,
                b =>
                {
                    var (removals, unread) = UnusedMemberPlanner.Plan(
                        b,
                        IsEditable,
                        () =>
                            otherFiles ??= ProjectWords.OfFiles(
                                request.ProjectDirectory,
                                b,
                                cancellationToken
                            ),
                        cancellationToken
                    );
                    writeOnly = unread;
                    return removals;
                },
                (b, planned) => SafetyNet.Prove(b, planned, cancellationToken),
                passes,
                findings,
                sources,
                cancellationToken
            );
            // The last plan is of the final text: its positions map back through every pass.
            findings.AddRange(
                writeOnly.Select(w =>
                    Original(
                        Findings.WriteOnlyMember(w.Path, 0, 0, w.Kind, w.Name),
                        w.Position,
                        passes,
                        sources
                    )
                )
            );
        }

        IReadOnlyList<UsingRemoval> usings = [];
        if (request.Rules.HasFlag(DeadCodeRules.Usings))
        {
            var candidates = UnusedUsingPlanner.Plan(
                current,
                IsEditable,
                () => UnseenSources(request, current),
                cancellationToken
            );
            (usings, var reverted) = SafetyNet.Prove(current, candidates, cancellationToken);
            findings.AddRange(reverted.Select(f => Original(f, current, passes, sources)));
        }

        var paths = passes
            .SelectMany(p => p.Select(r => r.Path))
            .Concat(usings.Select(r => r.Path))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        string NewText(string path)
        {
            var text = current
                .First(b => b.TreesByPath.ContainsKey(path))
                .TreesByPath[path]
                .GetText(cancellationToken)
                .ToString();
            var spans = usings.Where(r => r.Path == path).Select(r => r.Span).ToList();
            if (spans.Count > 0)
                text = UsingRemover.Apply(text, spans);
            return request.Formatter is null
                ? text
                : KeptLayout.Apply(
                    request.Formatter,
                    path,
                    sources.Get(path).Document!.Text,
                    text,
                    cancellationToken
                );
        }

        var changed = new List<string>();
        var proposed = new List<ProposedChange>();
        string? stamp = null;
        if (request.Mode == StageMode.Check)
        {
            for (var pass = 0; pass < passes.Count; pass++)
            {
                foreach (var removal in passes[pass])
                {
                    (int Line, int Column) At(int position) =>
                        OriginalLine(removal.Path, position, passes.Take(pass), sources);
                    if (removal is LocalRemoval locals)
                        findings.AddRange(
                            locals.Locals.Select(l =>
                            {
                                var (line, column) = At(l.Position);
                                return Findings.UnusedLocal(
                                    removal.Path,
                                    line,
                                    column,
                                    l.Name,
                                    request.CheckSeverity
                                );
                            })
                        );
                    else if (removal is MemberRemoval members)
                        findings.AddRange(
                            members.Members.Select(m =>
                            {
                                var (line, column) = At(m.Position);
                                return Findings.UnusedMember(
                                    removal.Path,
                                    line,
                                    column,
                                    m.Kind,
                                    m.Name,
                                    request.CheckSeverity
                                );
                            })
                        );
                }
            }
            findings.AddRange(
                usings.Select(r =>
                    Original(
                        Findings.UnneededUsing(
                            r.Path,
                            r.Line,
                            r.Column,
                            r.Text,
                            request.CheckSeverity,
                            r.RepeatedGlobal
                        ),
                        r.Span.Start,
                        passes,
                        sources
                    )
                )
            );
            if (request.KeepProposedChanges)
                proposed.AddRange(
                    paths.Select(path => new ProposedChange(
                        path,
                        sources.Get(path).Document!.Text,
                        NewText(path)
                    ))
                );
        }
        else
        {
            var compiled = current
                .SelectMany(b => b.TreesByPath.Keys)
                .Where(editable.Contains)
                .ToHashSet(StringComparer.Ordinal);
            var newTexts = paths.ToDictionary(p => p, NewText, StringComparer.Ordinal);
            // Everything the analysis read and another Groundwork process may write is locked while it is
            // checked and written, in one order for all processes; the stamp is taken under the same locks.
            using (
                var held = FileWriteLock.AcquireAll(
                    compiled.Concat(newTexts.Keys),
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
                                .. newTexts.Keys.Select(f =>
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
                var stale = Stale(compiled, newTexts, sources);
                if (stale.Count > 0)
                    return (null, stale);
                foreach (var (file, text) in newTexts)
                {
                    var problem = Write(file, sources.Get(file).Document!, text);
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
                f.Severity != FindingSeverity.Info
                || f.Code
                    is Findings.UnneededUsingCode
                        or Findings.UnusedLocalCode
                        or Findings.UnusedMemberCode
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
        IReadOnlyDictionary<string, string> newTexts,
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
            if (newTexts.TryGetValue(file, out var result) && current.Text == result)
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
    /// Writes one file's new text, under the file's lock, when the file still holds the analysed text (else it
    /// already holds the result) and may be written.
    /// </summary>
    private static Finding? Write(string path, SourceDocument analysed, string text)
    {
        var (current, problem) = SourceFileReader.Read(path);
        if (current is null)
            return problem;
        if (current.Text != analysed.Text)
            return null;
        return AtomicFileWriter.TryWrite(path, current.Encode(text));
    }

    private const int MaxPasses = 6;

    /// <summary>
    /// Makes one rule's removals pass after pass, each proven by the safety net, until a pass finds nothing
    /// (the removal of <c>var b = a;</c> leaves <c>a</c> unread): one run does what repeated runs would. The
    /// last plan is always of the builds returned.
    /// </summary>
    private static IReadOnlyList<AnalyzedBuild> RemoveInPasses<T>(
        IReadOnlyList<AnalyzedBuild> builds,
        Func<IReadOnlyList<AnalyzedBuild>, IReadOnlyList<T>> plan,
        Func<
            IReadOnlyList<AnalyzedBuild>,
            IReadOnlyList<T>,
            (IReadOnlyList<T> Proven, IReadOnlyList<Finding> Reverted)
        > prove,
        List<IReadOnlyList<ITextRemoval>> passes,
        List<Finding> findings,
        SourceFiles sources,
        CancellationToken cancellationToken
    )
        where T : ITextRemoval
    {
        for (var pass = 0; ; pass++)
        {
            var planned = plan(builds);
            if (planned.Count == 0 || pass == MaxPasses)
                break;
            var (proven, reverted) = prove(builds, planned);
            findings.AddRange(reverted.Select(f => Original(f, builds, passes, sources)));
            if (proven.Count == 0)
                break;
            var texts = SafetyNet.NewTexts(builds, proven.Cast<ITextRemoval>(), cancellationToken);
            var next = builds.Select(b => b.WithTexts(texts, cancellationToken)).ToList();
            if (next.Any(b => b.Problem is not null))
                break; // cannot happen after the safety net; if it does, stop with what was proven before
            builds = next;
            passes.Add([.. proven.Cast<ITextRemoval>()]);
        }
        return builds;
    }

    /// <summary>
    /// A finding placed in the text of a later pass, placed again in the file as it is on disk (before the
    /// passes' removals).
    /// </summary>
    private static Finding Original(
        Finding finding,
        IReadOnlyList<AnalyzedBuild> builds,
        IReadOnlyList<IReadOnlyList<ITextRemoval>> passes,
        SourceFiles sources
    )
    {
        if (passes.Count == 0 || finding.Line <= 0)
            return finding;
        var build = builds.FirstOrDefault(b => b.TreesByPath.ContainsKey(finding.FilePath));
        if (build is null)
            return finding;
        var lines = build.TreesByPath[finding.FilePath].GetText().Lines;
        if (finding.Line > lines.Count)
            return finding;
        var position = lines[finding.Line - 1].Start + Math.Max(finding.Column, 1) - 1;
        return Original(finding, position, passes, sources);
    }

    private static Finding Original(
        Finding finding,
        int position,
        IReadOnlyList<IReadOnlyList<ITextRemoval>> passes,
        SourceFiles sources
    )
    {
        var (line, column) = OriginalLine(finding.FilePath, position, passes, sources);
        return finding with { Line = line, Column = column };
    }

    private static (int Line, int Column) OriginalLine(
        string path,
        int position,
        IEnumerable<IReadOnlyList<ITextRemoval>> earlierPasses,
        SourceFiles sources
    )
    {
        foreach (var pass in earlierPasses.Reverse())
            position = LocalRemoval.MapBack(
                position,
                pass.Where(r => r.Path == path).SelectMany(r => r.Changes)
            );
        var text = SourceText.From(sources.Get(path).Document!.Text);
        var start = text.Lines.GetLinePosition(Math.Min(position, text.Length));
        return (start.Line + 1, start.Character + 1);
    }
}
