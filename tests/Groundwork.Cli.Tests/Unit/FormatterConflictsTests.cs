using Groundwork.Cli.Stages;

namespace Groundwork.Cli.Tests.Unit;

public class FormatterConflictsTests
{
    [Test]
    public void WriteEditorConfig_adds_only_missing_lines_in_the_files_line_endings()
    {
        var folder = Path.Combine(
            Path.GetTempPath(),
            "groundwork-cli-tests",
            Guid.NewGuid().ToString("N")
        );
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, ".editorconfig");
            File.WriteAllText(file, "[*.cs]\r\ndotnet_diagnostic.SA1111.severity=none");
            var rules = FormatterConflicts.Rules.Where(r => r.Id is "SA1111" or "SA1502").ToList();

            var added = FormatterConflicts.WriteEditorConfig(folder, rules);
            var again = FormatterConflicts.WriteEditorConfig(folder, rules);

            Assert.That(added, Is.EqualTo(new[] { "dotnet_diagnostic.SA1502.severity = none" }));
            Assert.That(again, Is.Empty);
            Assert.That(
                File.ReadAllText(file),
                Is.EqualTo(
                    "[*.cs]\r\ndotnet_diagnostic.SA1111.severity=none\r\n\r\n"
                        + FormatterConflicts.Comment
                        + "\r\n[*.cs]\r\ndotnet_diagnostic.SA1502.severity = none\r\n"
                )
            );
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
