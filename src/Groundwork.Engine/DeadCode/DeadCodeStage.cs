using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;

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
            foreach (var file in proven.GroupBy(r => r.Path))
            {
                var problem = Write(file.Key, sources.Get(file.Key).Document!, file);
                if (problem is null)
                    changed.Add(file.Key);
                else
                    findings.Add(problem);
            }
        }

        if (stampFile is not null)
        {
            var clean = !findings.Any(f =>
                f.Severity != FindingSeverity.Info || f.Code == Findings.UnneededUsingCode
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
    private static Finding? Write(
        string path,
        SourceDocument analysed,
        IEnumerable<UsingRemoval> removals
    )
    {
        var (current, problem) = SourceFileReader.Read(path);
        if (current is null)
            return problem;
        if (current.Text != analysed.Text)
            return Findings.UnreadableFile(
                path,
                "the file changed while the DeadCode stage analysed it."
            );
        var text = UsingRemover.Apply(current.Text, removals.Select(r => r.Span));
        return AtomicFileWriter.TryWrite(path, current.Encode(text));
    }
}
