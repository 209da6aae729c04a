using CSharpier.Core;
using CSharpier.Core.CSharp;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Usings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.IntegrationTests;

/// <summary>
/// Format's output against the real `dotnet csharpier format` 1.3.0 (restored from the repository's tool
/// manifest): on every sample file the two agree once their using directives are in the same order.
/// </summary>
[NonParallelizable]
public class CSharpierComparisonTests
{
    private static string _work = "";

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
    }

    public static IEnumerable<string> SampleFiles() =>
        Directory
            .EnumerateFiles(Repository.Samples, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.EndsWith(".g.cs", StringComparison.Ordinal)
            )
            .Select(f => Path.GetRelativePath(Repository.Samples, f))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(SampleFiles))]
    public void Format_equals_the_CSharpier_CLI_up_to_the_order_of_usings(string sample)
    {
        var original = File.ReadAllText(Path.Combine(Repository.Samples, sample));
        var name = sample.Replace(Path.DirectorySeparatorChar, '_');
        var byCli = CliFormat(name, original);

        var groundwork = new FormatRewriter(new CSharpierOptionsProvider()).Rewrite(
            Path.Combine(_work, name),
            original,
            CancellationToken.None
        );
        Assert.That(groundwork.Findings, Is.Empty);
        var ours = groundwork.NewText ?? original;

        Assert.That(
            UsingsInOrder(ours),
            Is.EqualTo(UsingsInOrder(original)),
            "Format kept the order of the usings"
        );
        var byCore = CSharpFormatter.Format(original, new CodeFormatterOptions()).Code;
        Assert.That(
            CSharpFormatter.Format(ours, new CodeFormatterOptions()).Code,
            Is.EqualTo(byCore),
            "once CSharpier orders our usings, the files are the same"
        );
        if (byCli is null)
        {
            // The CLI's own validation refuses some files whose usings it reorders (Messy/Program.cs, with a
            // comment above a using); there CSharpier.Core, the same formatter without that check, is the reference.
            Assert.That(CliFormat("ours_" + name, ours), Is.Null.Or.EqualTo(byCore));
            return;
        }
        Assert.That(byCore, Is.EqualTo(byCli), "CSharpier.Core with default options is the CLI");
        Assert.That(
            CliFormat("ours_" + name, ours),
            Is.EqualTo(byCli),
            "the CLI applied to our output gives its own output"
        );
    }

    /// <summary>
    /// The samples where Format and Usings together must write exactly what the CLI writes: all but those
    /// where Groundwork differs on purpose (a preprocessor directive or an ignore marker among the usings, or
    /// a <c>global::System</c> using; see the README), which live in <c>Usings/Deliberate</c> or say so.
    /// </summary>
    public static IEnumerable<string> SamplesWithoutDeliberateDifferences() =>
        SampleFiles()
            .Where(sample =>
            {
                var text = File.ReadAllText(Path.Combine(Repository.Samples, sample));
                var root = CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot();
                var directives = root.DescendantNodes()
                    .Where(n => n is UsingDirectiveSyntax or ExternAliasDirectiveSyntax)
                    .ToList();
                // Above the first using, a header of #nullable or #pragma lines is no difference; an #if is.
                var amongUsings = directives
                    .SelectMany(
                        (d, i) => d.GetLeadingTrivia().Select(t => (First: i == 0, Trivia: t))
                    )
                    .Any(x =>
                        (
                            x.Trivia.IsDirective
                            && !(
                                x.First
                                && x.Trivia.Kind()
                                    is SyntaxKind.NullableDirectiveTrivia
                                        or SyntaxKind.PragmaWarningDirectiveTrivia
                            )
                        )
                        || x.Trivia.IsKind(SyntaxKind.DisabledTextTrivia)
                        || x.Trivia.ToString().Contains("-ignore", StringComparison.Ordinal)
                    );
                var globalSystem = directives.Any(d =>
                    d.ToString().Contains("global::System", StringComparison.Ordinal)
                );
                return !amongUsings
                    && !globalSystem
                    && !sample.Contains("Deliberate", StringComparison.Ordinal);
            });

    [TestCaseSource(nameof(SamplesWithoutDeliberateDifferences))]
    public void Format_and_Usings_together_equal_the_CSharpier_CLI(string sample)
    {
        var original = File.ReadAllText(Path.Combine(Repository.Samples, sample));
        var name = "both_" + sample.Replace(Path.DirectorySeparatorChar, '_');
        var path = Path.Combine(_work, name);
        var format = new FormatRewriter(new CSharpierOptionsProvider());
        var usings = new UsingsRewriter(new UsingsOptionsProvider());
        string Apply(Engine.Pipeline.ISourceRewriter stage, string text)
        {
            var result = stage.Rewrite(path, text, CancellationToken.None);
            Assert.That(result.Findings, Is.Empty, stage.StageName);
            return result.NewText ?? text;
        }

        var ours = Apply(usings, Apply(format, original));
        Assert.That(Apply(format, Apply(usings, original)), Is.EqualTo(ours), "the stages commute");

        // The CLI refuses some files whose usings it moves (a comment above a using); CSharpier.Core, the same
        // formatter without that check, is the reference there.
        var reference =
            CliFormat(name, original)
            ?? CSharpFormatter.Format(original, new CodeFormatterOptions()).Code;
        Assert.That(ours, Is.EqualTo(reference));
    }

    public static IEnumerable<string> DeliberateDifferences() =>
        SampleFiles().Where(s => s.Contains("Deliberate", StringComparison.Ordinal));

    /// <summary>Keeps the README's list of differences honest: each of these samples shows one.</summary>
    [TestCaseSource(nameof(DeliberateDifferences))]
    public void The_deliberate_differences_are_real(string sample)
    {
        var original = File.ReadAllText(Path.Combine(Repository.Samples, sample));
        var name = "deliberate_" + sample.Replace(Path.DirectorySeparatorChar, '_');
        var path = Path.Combine(_work, name);
        var formatted =
            new FormatRewriter(new CSharpierOptionsProvider())
                .Rewrite(path, original, CancellationToken.None)
                .NewText
            ?? original;
        var ours =
            new UsingsRewriter(new UsingsOptionsProvider())
                .Rewrite(path, formatted, CancellationToken.None)
                .NewText
            ?? formatted;

        Assert.That(ours, Is.Not.EqualTo(CliFormat(name, original)));
    }

    /// <summary>The CLI's output, or null when the CLI refuses the file because its own validation fails.</summary>
    private static string? CliFormat(string name, string text)
    {
        var file = Path.Combine(_work, name);
        File.WriteAllText(file, text);
        var result = Dotnet.Run(
            Repository.Root,
            new Dictionary<string, string?>(),
            "csharpier",
            "format",
            file
        );
        if (
            result.ExitCode != 0
            && result.Output.Contains("Failed formatting validation", StringComparison.Ordinal)
        )
            return null;
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        return File.ReadAllText(file);
    }

    private static List<string> UsingsInOrder(string text) =>
        CSharpSyntaxTree
            .ParseText(text)
            .GetRoot()
            .DescendantNodes()
            .OfType<UsingDirectiveSyntax>()
            .Select(u => u.WithoutTrivia().NormalizeWhitespace().ToFullString())
            .ToList();
}
