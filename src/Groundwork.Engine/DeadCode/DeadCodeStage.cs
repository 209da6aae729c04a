using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The DeadCode stage: one entry point for the MSBuild task and the CLI. It builds one compilation per target
/// framework, decides which local variables (rule <c>locals</c>, pass after pass on the rewritten code) and then
/// which using directives (rule <c>usings</c>) no build needs, proves each removal by compiling again, and only
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
            return new StageReport(StageName, editable.Count, [], notAnalysed);

        // A generated file (by name, header or generated_code in .editorconfig) is compiled with the rest, so its
        // uses count, but nothing in it is reported or removed.
        bool IsEditable(string path) =>
            editable.Contains(path)
            && sources.Get(path).Document is { } document
            && !GeneratedCode.IsGenerated(path, document.Text, editorConfig.GeneratedCode(path));

        var findings = new List<Finding>();
        var (current, passes) = request.Rules.HasFlag(DeadCodeRules.Locals)
            ? RemoveLocals(builds, IsEditable, findings, sources, cancellationToken)
            : (builds, []);

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
            return spans.Count == 0 ? text : UsingRemover.Apply(text, spans);
        }

        var changed = new List<string>();
        var proposed = new List<ProposedChange>();
        if (request.Mode == StageMode.Check)
        {
            for (var pass = 0; pass < passes.Count; pass++)
            {
                foreach (var removal in passes[pass])
                {
                    foreach (var (name, position) in removal.Locals)
                    {
                        var (line, column) = OriginalLine(
                            removal.Path,
                            position,
                            passes.Take(pass),
                            sources
                        );
                        findings.Add(
                            Findings.UnusedLocal(
                                removal.Path,
                                line,
                                column,
                                name,
                                request.CheckSeverity
                            )
                        );
                    }
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
            foreach (var path in paths)
            {
                var problem = Write(path, sources.Get(path).Document!, NewText(path));
                if (problem is null)
                    changed.Add(path);
                else
                    findings.Add(problem);
            }
        }

        if (stampFile is not null)
        {
            var clean = !findings.Any(f =>
                f.Severity != FindingSeverity.Info
                || f.Code is Findings.UnneededUsingCode or Findings.UnusedLocalCode
            );
            if (clean)
                DeadCodeStamp.Save(stampFile, DeadCodeStamp.Compute(request));
            else
                DeadCodeStamp.Delete(stampFile);
        }
        return new StageReport(
            StageName,
            editable.Count,
            [.. changed.Order(StringComparer.Ordinal)],
            [.. findings.OrderBy(f => f.FilePath, StringComparer.Ordinal).ThenBy(f => f.Line)]
        )
        {
            ProposedChanges = proposed,
        };
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

    /// <summary>Writes one file's removals, if the file is still what was analysed and may be written.</summary>
    private static Finding? Write(string path, SourceDocument analysed, string text)
    {
        var (current, problem) = SourceFileReader.Read(path);
        if (current is null)
            return problem;
        if (current.Text != analysed.Text)
            return Findings.UnreadableFile(
                path,
                "the file changed while the DeadCode stage analysed it."
            );
        return AtomicFileWriter.TryWrite(path, current.Encode(text));
    }

    private const int MaxLocalPasses = 6;

    /// <summary>
    /// Removes unused locals pass after pass, each proven by the safety net, until a pass finds nothing (the
    /// removal of <c>var b = a;</c> leaves <c>a</c> unread): one run does what repeated runs would.
    /// </summary>
    private static (
        IReadOnlyList<AnalyzedBuild> Builds,
        IReadOnlyList<IReadOnlyList<LocalRemoval>> Passes
    ) RemoveLocals(
        IReadOnlyList<AnalyzedBuild> builds,
        Func<string, bool> isEditable,
        List<Finding> findings,
        SourceFiles sources,
        CancellationToken cancellationToken
    )
    {
        var passes = new List<IReadOnlyList<LocalRemoval>>();
        for (var pass = 0; pass < MaxLocalPasses; pass++)
        {
            var planned = UnusedLocalPlanner.Plan(builds, isEditable, cancellationToken);
            if (planned.Count == 0)
                break;
            var (proven, reverted) = SafetyNet.Prove(builds, planned, cancellationToken);
            findings.AddRange(reverted.Select(f => Original(f, builds, passes, sources)));
            if (proven.Count == 0)
                break;
            var texts = SafetyNet.NewTexts(builds, proven, cancellationToken);
            var next = builds.Select(b => b.WithTexts(texts, cancellationToken)).ToList();
            if (next.Any(b => b.Problem is not null))
                break; // cannot happen after the safety net; if it does, stop with what was proven before
            builds = next;
            passes.Add(proven);
        }
        return (builds, passes);
    }

    /// <summary>
    /// A finding placed in the text of a later pass, placed again in the file as it is on disk (before the
    /// passes' removals).
    /// </summary>
    private static Finding Original(
        Finding finding,
        IReadOnlyList<AnalyzedBuild> builds,
        IReadOnlyList<IReadOnlyList<LocalRemoval>> passes,
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
        IReadOnlyList<IReadOnlyList<LocalRemoval>> passes,
        SourceFiles sources
    )
    {
        var (line, column) = OriginalLine(finding.FilePath, position, passes, sources);
        return finding with { Line = line, Column = column };
    }

    private static (int Line, int Column) OriginalLine(
        string path,
        int position,
        IEnumerable<IReadOnlyList<LocalRemoval>> earlierPasses,
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
