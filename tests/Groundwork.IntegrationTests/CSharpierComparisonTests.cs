using CSharpier.Core;
using CSharpier.Core.CSharp;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Groundwork.Engine.Usings;
using Groundwork.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.IntegrationTests;

/// <summary>
/// Format's output against the real `dotnet csharpier format` 1.3.0 (restored from the repository's tool
/// manifest): on every sample file the two agree once their using directives are in the same order, and with
/// the Usings stage on too they are the same file, but where the README says Groundwork differs on purpose.
/// The samples under <c>tests/samples/Fidelity</c> are real-world-shaped files with every C# syntax from C# 7
/// to C# 14, odd layouts, comments and preprocessor directives everywhere.
/// </summary>
public class CSharpierComparisonTests
{
    private static string _work = "";
    private static string TabsFolder => Path.Combine(_work, "tabs");
    private static readonly Dictionary<string, CliResult> CliResults = new(StringComparer.Ordinal);

    /// <summary>
    /// Fidelity samples where Format and Usings together write something else than the CLI on purpose (the
    /// README's "Where Groundwork differs from CSharpier, on purpose"); the difference stays inside the using
    /// blocks, and each one is asserted to be real.
    /// </summary>
    private static readonly Dictionary<string, string> FidelityDeliberateDifferences = new(
        StringComparer.Ordinal
    )
    {
        ["Fidelity/ExternAliases.cs"] =
            "the blank line between the extern aliases and the usings stays below the extern aliases",
        ["Fidelity/GlobalSystemUsings.cs"] =
            "using global::System.IO sorts as System.IO, not under \"g\"",
        ["Fidelity/GlobalUsings.cs"] =
            "global using global::System.Linq sorts among the System global usings",
        ["Fidelity/UsingsAmongDirectives.cs"] =
            "the usings of an #if block stay in it, and a #pragma line splits the usings into two runs",
    };

    [OneTimeSetUp]
    public void RestoreTheCSharpierTool()
    {
        var restore = Dotnet.Run(
            Repository.Root,
            new Dictionary<string, string?>(),
            "tool",
            "restore"
        );
        Assert.That(restore.ExitCode, Is.Zero, restore.ToString());
        _work = Path.Combine(GroundworkPackage.WorkDirectory, "comparison");
        Directory.CreateDirectory(_work);
        // The options both tools read from the file's folder (CSharpier's .editorconfig properties).
        Directory.CreateDirectory(TabsFolder);
        File.WriteAllText(
            Path.Combine(TabsFolder, ".editorconfig"),
            "root = true\n[*.cs]\nindent_style = tab\nindent_size = 4\nmax_line_length = 80\n"
        );
        FormatWithTheCliAtOnce();
    }

    /// <summary>
    /// Gives the CLI, in one process, every file the tests ask it about: each sample, with the default options
    /// and (Fidelity) with tabs, and what Format makes of each. The CLI formats each file on its own, as it does
    /// when given one; one process instead of hundreds saves minutes of start-up. <see cref="Cli"/> still runs
    /// the CLI on its own for a text this list missed.
    /// </summary>
    private static void FormatWithTheCliAtOnce()
    {
        var format = new FormatRewriter(new CSharpierOptionsProvider());
        var inputs = new List<(string Name, string Text, string Folder)>();
        foreach (var sample in SampleFiles())
        {
            var original = ReadSample(sample);
            var name = FileName(sample);
            inputs.Add((name, original, _work));
            if (sample.StartsWith("Fidelity/", StringComparison.Ordinal))
                inputs.Add((name, original, TabsFolder));
            var ours = format.Rewrite(Path.Combine(_work, name), original, CancellationToken.None);
            inputs.Add(("ours_" + name, ours.NewText ?? original, _work));
        }

        // One file per distinct text and folder (the key Cli looks results up by), in a folder of the batch's own
        // below the options folder, so that the CLI reads the same .editorconfig.
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text, folder) in inputs)
        {
            var file = Path.Combine(folder, "batch", name);
            if (!keys.Add(Key(text, folder)) || !files.TryAdd(file, Key(text, folder)))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        var result = Dotnet.Run(
            Repository.Root,
            new Dictionary<string, string?>(),
            ["csharpier", "format", .. files.Keys]
        );
        var refusals = CliRefusals(result.Output, files.Keys);
        Assert.That(
            result.ExitCode == 0,
            Is.EqualTo(refusals.Count == 0),
            "the CLI's exit code says whether it refused a file:\n" + result
        );
        foreach (var (file, key) in files)
            CliResults[key] = refusals.TryGetValue(file, out var refusal)
                ? new CliResult(null, refusal)
                : new CliResult(File.ReadAllText(file), result.Output);
    }

    /// <summary>
    /// What the CLI printed about each file it refused: an <c>Error &lt;path&gt; - reason</c> line and the
    /// indented lines after it.
    /// </summary>
    private static Dictionary<string, string> CliRefusals(string output, IEnumerable<string> files)
    {
        var known = files.ToHashSet(StringComparer.Ordinal);
        var refusals = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("Error ", StringComparison.Ordinal))
            {
                var dash = line.IndexOf(" - ", StringComparison.Ordinal);
                current = dash > 0 ? line[6..dash] : "";
                Assert.That(known.Contains(current), Is.True, "a refusal of a file given: " + line);
                refusals[current] = line + "\n";
            }
            else if (current is not null && line.StartsWith(' '))
                refusals[current] += line + "\n";
            else
                current = null;
        }
        return refusals;
    }

    private static string Key(string text, string folder) => folder + "\n" + text;

    public static IEnumerable<string> SampleFiles() =>
        Directory
            .EnumerateFiles(Repository.Samples, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.EndsWith(".g.cs", StringComparison.Ordinal)
            )
            .Select(f => SampleExpectations.Key(Path.GetRelativePath(Repository.Samples, f)))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> FidelitySamples() =>
        SampleFiles().Where(s => s.StartsWith("Fidelity/", StringComparison.Ordinal));

    [TestCaseSource(nameof(SampleFiles))]
    public void Format_equals_the_CSharpier_CLI_up_to_the_order_of_usings(string sample)
    {
        var original = ReadSample(sample);
        var name = FileName(sample);
        var byCli = Cli(name, original);
        var groundwork = new FormatRewriter(new CSharpierOptionsProvider()).Rewrite(
            Path.Combine(_work, name),
            original,
            CancellationToken.None
        );

        SampleExpectations.CliFailures.TryGetValue(sample, out var failure);
        if (failure is not null)
        {
            AssertTheCliStillFails(failure, original, byCli);
            if (failure.FormatFinding is { } code)
            {
                Assert.That(
                    groundwork.Findings.Select(f => f.Code),
                    Is.EqualTo(new[] { code }),
                    "the Format stage refuses the file as the list says"
                );
                Assert.That(groundwork.NewText, Is.Null);
                return;
            }
        }
        Assert.That(groundwork.Findings, Is.Empty);
        var ours = groundwork.NewText ?? original;
        Assert.That(
            UsingsInOrder(ours),
            Is.EqualTo(UsingsInOrder(original)),
            "Format kept the order of the usings"
        );

        var byCore = Core(original);
        if (failure is null)
        {
            Assert.That(
                byCli.Text,
                Is.Not.Null,
                "the CLI refuses the file; if CSharpier is wrong, list it in SampleExpectations.CliFailures with the "
                    + "reason:\n"
                    + byCli.Output
            );
            Assert.That(
                byCore,
                Is.EqualTo(byCli.Text),
                "CSharpier.Core with default options is the CLI"
            );
        }
        // Where the CLI refuses the file, CSharpier.Core (the same formatter without the CLI's check) is the
        // reference, with the text the Format stage keeps on purpose.
        var reference = failure is null ? byCli.Text! : WithKeptText(failure, byCore);
        AssertTheSameUpToTheOrderOfUsings(ours, reference);

        var cliOnOurs = Cli("ours_" + name, ours);
        if (failure is null)
            Assert.That(cliOnOurs.Text, Is.Not.Null, cliOnOurs.Output);
        Assert.That(
            cliOnOurs.Text ?? Core(ours),
            Is.EqualTo(failure is null ? reference : byCore),
            "once CSharpier orders our usings (and changes what the Format stage keeps), the files are the same"
        );
    }

    /// <summary>
    /// The samples where Format and Usings together must write exactly what the CLI writes: all but those
    /// where Groundwork differs on purpose (a preprocessor directive or an ignore marker among the usings, a
    /// <c>global::System</c> using, a blank line after extern aliases; see the README), which live in
    /// <c>Usings/Deliberate</c>, say so, or are listed in <see cref="FidelityDeliberateDifferences"/>, and those the
    /// Format stage refuses.
    /// </summary>
    public static IEnumerable<string> SamplesWithoutDeliberateDifferences() =>
        SampleFiles().Where(s => !HasDeliberateDifferences(s) && !FormatRefuses(s));

    [TestCaseSource(nameof(SamplesWithoutDeliberateDifferences))]
    public void Format_and_Usings_together_equal_the_CSharpier_CLI(string sample)
    {
        var original = ReadSample(sample);
        var name = "both_" + FileName(sample);
        var (ours, _) = FormatThenUsings(Path.Combine(_work, name), original);

        // The CLI refuses some files (a comment above a using it moves); CSharpier.Core, the same formatter
        // without that check, is the reference there.
        Assert.That(ours, Is.EqualTo(Reference(name, sample, original)));
    }

    public static IEnumerable<string> SamplesWithDeliberateDifferences() =>
        SampleFiles().Where(s => HasDeliberateDifferences(s) && !FormatRefuses(s));

    /// <summary>
    /// Where Groundwork differs from the CLI on purpose, the difference is the order of lines inside the using
    /// blocks (and blank lines there), nothing else; the listed Fidelity samples really differ.
    /// </summary>
    [TestCaseSource(nameof(SamplesWithDeliberateDifferences))]
    public void Format_and_Usings_together_differ_from_the_CSharpier_CLI_only_inside_using_blocks(
        string sample
    )
    {
        var original = ReadSample(sample);
        var name = "both_" + FileName(sample);
        var (ours, _) = FormatThenUsings(Path.Combine(_work, name), original);
        var reference = Reference(name, sample, original);

        AssertTheSameUpToTheOrderOfUsings(ours, reference);
        if (FidelityDeliberateDifferences.TryGetValue(sample, out var difference))
            Assert.That(ours, Is.Not.EqualTo(reference), difference);
    }

    public static IEnumerable<string> DeliberateDifferences() =>
        SampleFiles().Where(s => s.Contains("Deliberate", StringComparison.Ordinal));

    /// <summary>Keeps the README's list of differences honest: each of these samples shows one.</summary>
    [TestCaseSource(nameof(DeliberateDifferences))]
    public void The_deliberate_differences_are_real(string sample)
    {
        var original = ReadSample(sample);
        var name = "deliberate_" + FileName(sample);
        var (ours, _) = FormatThenUsings(Path.Combine(_work, name), original, expectClean: false);

        Assert.That(ours, Is.Not.EqualTo(Cli(name, original).Text));
    }

    public static IEnumerable<string> FidelitySamplesWithoutDeliberateDifferences() =>
        SamplesWithoutDeliberateDifferences()
            .Where(s => s.StartsWith("Fidelity/", StringComparison.Ordinal));

    /// <summary>
    /// A <c>.csharpierignore</c> in a folder of unformatted files: the Format stage changes exactly the files the
    /// CLI, run on the folder, changes (the ignore file's own reading is compared pattern by pattern in the
    /// engine's CSharpierIgnoreParityTests).
    /// </summary>
    [Test]
    public void Format_leaves_out_the_files_a_csharpierignore_leaves_out_of_the_CSharpier_CLI()
    {
        var folder = Path.Combine(_work, "ignore-" + Guid.NewGuid().ToString("N"));
        // A repository of its own: the CLI also reads .gitignore files up to one, which Groundwork does not.
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        File.WriteAllText(
            Path.Combine(folder, ".csharpierignore"),
            "# hand-written rules\nMigrations/\n*.Old.cs\n!Keep.Old.cs\n/Top.cs\nsub/**/Deep*.cs\n"
        );
        const string Unformatted = "class C{void M(){ Call( 1,2 ); }}\n";
        string[] files =
        [
            "Program.cs",
            "Migrations/Init.cs",
            "sub/Migrations/Init.cs",
            "Legacy.Old.cs",
            "Keep.Old.cs",
            "Top.cs",
            "sub/Top.cs",
            "sub/a/b/DeepFile.cs",
            "DeepFile.cs",
        ];
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllText(Path.Combine(folder, file), Unformatted);
        }

        var format = new FormatRewriter(new CSharpierOptionsProvider());
        var ours = files
            .Where(f =>
                format.Rewrite(Path.Combine(folder, f), Unformatted, CancellationToken.None).NewText
                    is not null
            )
            .ToList();
        var cli = Dotnet.Run(
            Repository.Root,
            new Dictionary<string, string?>(),
            "csharpier",
            "format",
            folder
        );
        Assert.That(cli.ExitCode, Is.Zero, cli.ToString());
        var theirs = files
            .Where(f => File.ReadAllText(Path.Combine(folder, f)) != Unformatted)
            .ToList();

        Assert.That(ours, Is.EqualTo(theirs));
        Assert.That(
            theirs,
            Is.EqualTo(new[] { "Program.cs", "Keep.Old.cs", "sub/Top.cs", "DeepFile.cs" }),
            "the CLI left out what the ignore file says"
        );
    }

    /// <summary>
    /// The same with other options, read by both tools from an <c>.editorconfig</c>: tabs and a print width of
    /// 80, so that every using block, comment and directive is laid out differently from the samples.
    /// </summary>
    [TestCaseSource(nameof(FidelitySamplesWithoutDeliberateDifferences))]
    public void With_tabs_and_a_print_width_of_80_Format_and_Usings_equal_the_CSharpier_CLI(
        string sample
    )
    {
        var original = ReadSample(sample);
        var name = FileName(sample);
        var (ours, _) = FormatThenUsings(Path.Combine(TabsFolder, name), original);
        var byCli = Cli(name, original, TabsFolder);

        Assert.That(byCli.Text, Is.Not.Null, byCli.Output);
        Assert.That(
            ours,
            Is.EqualTo(
                SampleExpectations.CliFailures.TryGetValue(sample, out var failure)
                    ? WithKeptText(failure, byCli.Text!)
                    : byCli.Text
            )
        );
    }

    public static IEnumerable<string> SamplesTheFormatStageFormats() =>
        SampleFiles().Where(s => !FormatRefuses(s));

    /// <summary>
    /// What a developer and CI do: `fix` with Format and Usings on, then `verify` (check) reports nothing, and a
    /// second `fix` changes no file; the file on disk is what the two stages' rewrites give.
    /// </summary>
    [TestCaseSource(nameof(SamplesTheFormatStageFormats))]
    public void Fixing_then_verifying_is_clean(string sample)
    {
        var original = ReadSample(sample);
        var folder = Path.Combine(_work, "fix", FileName(sample));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, Path.GetFileName(sample));
        File.WriteAllText(file, original);
        var (expected, _) = FormatThenUsings(file, original);

        StageReport Run(ISourceRewriter stage, StageMode mode) =>
            new StageRunner(stage, CleanFileCache.None()).Run(
                [file],
                mode,
                FindingSeverity.Error,
                CancellationToken.None
            );
        var format = new FormatRewriter(new CSharpierOptionsProvider());
        var usings = new UsingsRewriter(new UsingsOptionsProvider());

        Assert.That(Run(format, StageMode.Fix).Findings, Is.Empty, "fix: Format");
        Assert.That(Run(usings, StageMode.Fix).Findings, Is.Empty, "fix: Usings");
        Assert.That(File.ReadAllText(file), Is.EqualTo(expected), "the file is the stages' output");
        foreach (var stage in new ISourceRewriter[] { format, usings })
        {
            var check = Run(stage, StageMode.Check);
            Assert.That(check.Findings, Is.Empty, $"verify: {stage.StageName}");
            Assert.That(check.FilesChanged, Is.Empty, $"verify: {stage.StageName}");
            var again = Run(stage, StageMode.Fix);
            Assert.That(again.FilesChanged, Is.Empty, $"fix again: {stage.StageName}");
        }
        Assert.That(File.ReadAllText(file), Is.EqualTo(expected));
    }

    [Test]
    public void The_fidelity_samples_are_many_and_valid_CSharp()
    {
        var samples = FidelitySamples().ToList();
        Assert.That(samples, Has.Count.GreaterThanOrEqualTo(15));
        Assert.That(
            samples.Sum(s => ReadSample(s).Split('\n').Length),
            Is.GreaterThanOrEqualTo(2500)
        );
        foreach (var sample in samples)
        {
            var errors = CSharpSyntaxTree
                .ParseText(ReadSample(sample), FormatRewriter.ParseOptions)
                .GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error);
            Assert.That(errors, Is.Empty, sample);
        }
    }

    /// <summary>The lists of special samples name files that exist, and miss none that the rules pick out.</summary>
    [Test]
    public void The_lists_of_special_samples_are_complete_and_name_existing_files()
    {
        var samples = SampleFiles().ToHashSet(StringComparer.Ordinal);
        Assert.That(SampleExpectations.CliFailures.Keys, Is.SubsetOf(samples));
        Assert.That(SampleExpectations.UsingsNeedFormatFirst, Is.SubsetOf(samples));
        Assert.That(FidelityDeliberateDifferences.Keys, Is.SubsetOf(samples));
        Assert.That(
            FidelitySamples().Where(DirectivesOrMarkersAmongUsings),
            Is.SubsetOf(FidelityDeliberateDifferences.Keys),
            "every Fidelity sample with a deliberate difference says which"
        );
    }

    private static bool FormatRefuses(string sample) =>
        SampleExpectations.ExpectedFormatFinding(sample) is not null;

    private static bool HasDeliberateDifferences(string sample) =>
        sample.Contains("Deliberate", StringComparison.Ordinal)
        || FidelityDeliberateDifferences.ContainsKey(sample)
        || DirectivesOrMarkersAmongUsings(sample);

    /// <summary>
    /// A preprocessor directive, an inactive branch or an ignore marker among the usings (a header of
    /// <c>#define</c>, <c>#nullable</c> or <c>#pragma</c> lines above the first using is no difference), or a
    /// <c>global::System</c> using.
    /// </summary>
    private static bool DirectivesOrMarkersAmongUsings(string sample)
    {
        var root = CSharpSyntaxTree
            .ParseText(ReadSample(sample), FormatRewriter.ParseOptions)
            .GetCompilationUnitRoot();
        var directives = root.DescendantNodes()
            .Where(n => n is UsingDirectiveSyntax or ExternAliasDirectiveSyntax)
            .ToList();
        var amongUsings = directives
            .SelectMany((d, i) => d.GetLeadingTrivia().Select(t => (First: i == 0, Trivia: t)))
            .Any(x =>
                (
                    x.Trivia.IsDirective
                    && !(
                        x.First
                        && x.Trivia.Kind()
                            is SyntaxKind.NullableDirectiveTrivia
                                or SyntaxKind.PragmaWarningDirectiveTrivia
                                or SyntaxKind.DefineDirectiveTrivia
                                or SyntaxKind.UndefDirectiveTrivia
                    )
                )
                || x.Trivia.IsKind(SyntaxKind.DisabledTextTrivia)
                || x.Trivia.ToString().Contains("-ignore", StringComparison.Ordinal)
            );
        var globalSystem = directives.Any(d =>
            d.ToString().Contains("global::System", StringComparison.Ordinal)
        );
        return amongUsings || globalSystem;
    }

    /// <summary>Format then Usings, as the build runs them; each must report nothing unless told otherwise.</summary>
    private static (string Text, IReadOnlyList<Finding> Findings) FormatThenUsings(
        string path,
        string text,
        bool expectClean = true
    )
    {
        var findings = new List<Finding>();
        foreach (
            ISourceRewriter stage in new ISourceRewriter[]
            {
                new FormatRewriter(new CSharpierOptionsProvider()),
                new UsingsRewriter(new UsingsOptionsProvider()),
            }
        )
        {
            var result = stage.Rewrite(path, text, CancellationToken.None);
            if (expectClean)
                Assert.That(result.Findings, Is.Empty, stage.StageName);
            findings.AddRange(result.Findings);
            text = result.NewText ?? text;
        }
        return (text, findings);
    }

    /// <summary>What the CLI writes, or CSharpier.Core's output where the CLI is known to refuse the file.</summary>
    private static string Reference(string name, string sample, string original)
    {
        var byCli = Cli(name, original);
        if (SampleExpectations.CliFailures.TryGetValue(sample, out var failure))
            return WithKeptText(failure, Core(original));
        Assert.That(byCli.Text, Is.Not.Null, byCli.Output);
        return byCli.Text!;
    }

    /// <summary>CSharpier.Core's output with the text the Format stage keeps where CSharpier changes it.</summary>
    private static string WithKeptText(SampleExpectations.CliFailure failure, string byCore)
    {
        if (failure.Kept is not { } kept)
            return byCore;
        Assert.That(
            byCore,
            Does.Contain(kept.CSharpier),
            "CSharpier still writes what the list says"
        );
        return byCore.Replace(kept.CSharpier, kept.Groundwork, StringComparison.Ordinal);
    }

    private static void AssertTheCliStillFails(
        SampleExpectations.CliFailure failure,
        string original,
        CliResult byCli
    )
    {
        if (failure.CliMessage is { } message)
        {
            Assert.That(byCli.Text, Is.Null, $"the CLI still refuses the file: {failure.Reason}");
            Assert.That(byCli.Output, Does.Contain(message));
            return;
        }
        Assert.That(byCli.Text, Is.Not.Null, byCli.Output);
        var difference = TokenEquivalence.FirstDifference(
            CSharpSyntaxTree.ParseText(original, FormatRewriter.ParseOptions),
            CSharpSyntaxTree.ParseText(byCli.Text!, FormatRewriter.ParseOptions)
        );
        Assert.That(difference, Is.Not.Null, $"the CLI still changes the code: {failure.Reason}");
    }

    /// <summary>
    /// The two texts are the same file but for the order of the lines inside each using block (and the blank
    /// lines there, which the Format stage keeps and CSharpier drops): outside the blocks byte for byte, inside
    /// each block the same lines, each exactly, as often.
    /// </summary>
    private static void AssertTheSameUpToTheOrderOfUsings(string ours, string reference)
    {
        Assert.That(
            OutsideUsingBlocks(ours),
            Is.EqualTo(OutsideUsingBlocks(reference)),
            "outside the using blocks, byte for byte"
        );
        Assert.That(
            UsingBlockLines(ours),
            Is.EqualTo(UsingBlockLines(reference)),
            "the same lines in each using block"
        );
    }

    /// <summary>
    /// The text with each using block replaced by a marker; the blank lines right after a block count as one
    /// (where CSharpier hoists usings out of an <c>#if</c> block it leaves two).
    /// </summary>
    private static string OutsideUsingBlocks(string text)
    {
        var outside = new System.Text.StringBuilder();
        var position = 0;
        foreach (var (start, end) in UsingBlocks(text))
        {
            outside.Append(text, position, start - position).Append("<using block>\n");
            position = end;
            var blank = false;
            while (position < text.Length && IsBlankLine(text, position, out var next))
            {
                blank = true;
                position = next;
            }
            if (blank)
                outside.Append('\n');
        }
        return outside.Append(text, position, text.Length - position).ToString();
    }

    private static List<List<string>> UsingBlockLines(string text) =>
        UsingBlocks(text)
            .Select(block =>
                text[block.Start..block.End]
                    .Split('\n')
                    .Where(line => !string.IsNullOrWhiteSpace(line))
                    .Order(StringComparer.Ordinal)
                    .ToList()
            )
            .ToList();

    /// <summary>
    /// The using block of the file and of each namespace, in whole lines: from the first extern alias or using
    /// directive to the last, widened over the comment and preprocessor lines right above the first (comments
    /// travel with their using) and over the preprocessor lines and inactive branches below the last, blank lines
    /// between them included (CSharpier moves usings out of <c>#if</c> blocks, so either may end a block).
    /// </summary>
    private static List<(int Start, int End)> UsingBlocks(string text)
    {
        var root = CSharpSyntaxTree
            .ParseText(text, FormatRewriter.ParseOptions)
            .GetCompilationUnitRoot();
        var containers = new List<SyntaxNode> { root };
        containers.AddRange(root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>());
        var blocks = new List<(int Start, int End)>();
        foreach (var container in containers)
        {
            var directives = container
                .ChildNodes()
                .Where(n => n is UsingDirectiveSyntax or ExternAliasDirectiveSyntax)
                .ToList();
            if (directives.Count == 0)
                continue;

            var floor = directives[0].FullSpan.Start;
            var start = LineStart(text, directives[0].SpanStart);
            while (start > floor)
            {
                var previous = LineStart(text, start - 1);
                if (previous < floor || IsBlankLine(text, previous, out _))
                    break;
                start = previous;
            }

            var ceiling = directives[^1]
                .GetLastToken()
                .GetNextToken(includeZeroWidth: true)
                .SpanStart;
            var end = directives[^1].FullSpan.End;
            for (var line = end; line < ceiling; )
            {
                if (IsBlankLine(text, line, out var next))
                {
                    line = next;
                    continue;
                }
                var first = line;
                while (text[first] is ' ' or '\t')
                    first++;
                var trivia = root.FindTrivia(first);
                if (
                    next > ceiling
                    || !(trivia.IsDirective || trivia.IsKind(SyntaxKind.DisabledTextTrivia))
                )
                    break;
                end = line = next;
            }
            blocks.Add((start, end));
        }
        return [.. blocks.OrderBy(b => b.Start)];
    }

    private static int LineStart(string text, int position) =>
        position <= 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;

    /// <summary>Whether the line that starts at <paramref name="start"/> is blank; <paramref name="next"/> is where the next one starts.</summary>
    private static bool IsBlankLine(string text, int start, out int next)
    {
        var newline = text.IndexOf('\n', start);
        next = newline < 0 ? text.Length : newline + 1;
        return string.IsNullOrWhiteSpace(text[start..next]);
    }

    private static string ReadSample(string sample) =>
        File.ReadAllText(Path.Combine(Repository.Samples, sample));

    private static string FileName(string sample) => sample.Replace('/', '_');

    private static string Core(string text) =>
        CSharpFormatter.Format(text, new CodeFormatterOptions()).Code;

    /// <summary>The CLI's output, or null with what it printed when it refuses the file.</summary>
    private sealed record CliResult(string? Text, string Output);

    private static CliResult Cli(string name, string text, string? folder = null)
    {
        folder ??= _work;
        var key = Key(text, folder);
        if (CliResults.TryGetValue(key, out var known))
            return known;
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, text);
        var result = Dotnet.Run(
            Repository.Root,
            new Dictionary<string, string?>(),
            "csharpier",
            "format",
            file
        );
        var cli = new CliResult(
            result.ExitCode == 0 ? File.ReadAllText(file) : null,
            result.Output
        );
        CliResults[key] = cli;
        return cli;
    }

    private static List<string> UsingsInOrder(string text) =>
        CSharpSyntaxTree
            .ParseText(text, FormatRewriter.ParseOptions)
            .GetRoot()
            .DescendantNodes()
            .OfType<UsingDirectiveSyntax>()
            .Select(u => u.WithoutTrivia().NormalizeWhitespace().ToFullString())
            .ToList();
}
