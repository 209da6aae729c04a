using System.Text.RegularExpressions;

namespace Groundwork.Cli.Tests;

/// <summary>The code blocks of one section of the repository's README, so tests run what the README says.</summary>
public static partial class ReadmeSection
{
    public static IReadOnlyList<(string Language, string Text)> Blocks(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"))
            .ReplaceLineEndings("\n");
        var start = readme.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.That(start, Is.Not.Negative, $"README has no section '## {heading}'");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        return
        [
            .. Block()
                .Matches(section)
                .Select(m => (m.Groups["language"].Value, m.Groups["text"].Value)),
        ];
    }

    /// <summary>The commands of the section's sh blocks, in order, without comments.</summary>
    public static IReadOnlyList<string> Commands(string heading) =>
        [
            .. Blocks(heading)
                .Where(b => b.Language == "sh")
                .SelectMany(b => b.Text.Split('\n'))
                .Select(line => (line.Contains('#') ? line[..line.IndexOf('#')] : line).Trim())
                .Where(line => line.Length > 0),
        ];

    [GeneratedRegex(
        @"^```(?<language>\w+)\n(?<text>.*?)^```$",
        RegexOptions.Multiline | RegexOptions.Singleline
    )]
    private static partial Regex Block();
}
