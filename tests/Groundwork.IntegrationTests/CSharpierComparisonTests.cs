using CSharpier.Core;
using CSharpier.Core.CSharp;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
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
