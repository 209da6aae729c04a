namespace Groundwork.Cli.Tests;

/// <summary>
/// dotnet groundwork plan: the analyzer rules a project turns on that contradict the formatter's layout, and
/// --write-editorconfig, which turns them off.
/// </summary>
public class StyleConflictTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
            <GroundworkUsings>check</GroundworkUsings>
            <GroundworkDeadCode>check</GroundworkDeadCode>
          </PropertyGroup>
          <ItemGroup>
            <Analyzer Include="analyzers/StyleCop.Analyzers.dll" />
          </ItemGroup>
        </Project>
        """;

    [Test]
    public void Plan_lists_the_enabled_conflicting_rules_and_write_editorconfig_turns_them_off_once()
    {
        using var folder = new TempFolder();
        folder.Write("Styled.csproj", Project);
        // Not a real analyzer: the plan only looks at the evaluated Analyzer items' file names.
        folder.Write("analyzers/StyleCop.Analyzers.dll", "");
        folder.Write("Empty.cs", "namespace Styled;\n\npublic class Empty\n{\n}\n");
        const string editorConfig = """
            root = true

            [*.cs]
            dotnet_diagnostic.IDE0055.severity = warning
            dotnet_diagnostic.SA1501.severity = suggestion

            """;
        folder.Write(".editorconfig", editorConfig);

        var plan = Tool.Run(folder.Path, "plan", "--report", "plan.md");

        Assert.That(plan.ExitCode, Is.Zero, plan.ToString());
        Assert.That(
            plan.Output,
            Does.Contain(
                    "Styled: IDE0055, SA1003, SA1009, SA1111, SA1118, SA1137, SA1500, SA1502, SA1504, SA1516\n"
                )
                .And.Contain("dotnet_diagnostic.SA1111.severity = none")
                .And.Contain("dotnet_diagnostic.IDE0055.severity = none")
                .And.Not.Contain("SA1501"),
            plan.ToString()
        );
        Assert.That(
            folder.Read("plan.md"),
            Does.Contain("## Analyzer rules that fight the formatter")
                .And.Contain("| SA1502 | Styled |")
                .And.Contain("dotnet_diagnostic.SA1502.severity = none")
                .And.Not.Contain("SA1501")
        );
        Assert.That(
            folder.Read(".editorconfig"),
            Is.EqualTo(editorConfig),
            "plan alone writes nothing"
        );

        var write = Tool.Run(folder.Path, "plan", "--write-editorconfig");

        Assert.That(write.ExitCode, Is.Zero, write.ToString());
        Assert.That(write.Output, Does.Contain("Added 10 lines to "), write.ToString());
        Assert.That(
            folder.Read(".editorconfig"),
            Is.EqualTo(
                editorConfig
                    + "\n# Groundwork: analyzer rules that contradict the Format stage's layout (CSharpier's), "
                    + "turned off by 'dotnet groundwork plan --write-editorconfig'.\n"
                    + "[*.cs]\n"
                    + "dotnet_diagnostic.IDE0055.severity = none\n"
                    + "dotnet_diagnostic.SA1003.severity = none\n"
                    + "dotnet_diagnostic.SA1009.severity = none\n"
                    + "dotnet_diagnostic.SA1111.severity = none\n"
                    + "dotnet_diagnostic.SA1118.severity = none\n"
                    + "dotnet_diagnostic.SA1137.severity = none\n"
                    + "dotnet_diagnostic.SA1500.severity = none\n"
                    + "dotnet_diagnostic.SA1502.severity = none\n"
                    + "dotnet_diagnostic.SA1504.severity = none\n"
                    + "dotnet_diagnostic.SA1516.severity = none\n"
            )
        );
        var written = folder.Read(".editorconfig");

        var again = Tool.Run(folder.Path, "plan", "--write-editorconfig");

        Assert.That(again.ExitCode, Is.Zero, again.ToString());
        Assert.That(
            again.Output,
            Does.Contain("No analyzer rule that contradicts the formatter is on: ")
                .And.Not.Contain("Analyzer rules that contradict"),
            again.ToString()
        );
        Assert.That(folder.Read(".editorconfig"), Is.EqualTo(written));
    }

    [Test]
    public void Write_editorconfig_creates_the_file_in_PATHs_folder_with_only_the_rules_that_are_on()
    {
        using var folder = new TempFolder();
        folder.Write(
            "Styled.csproj",
            Project.Replace("<EnforceCodeStyleInBuild>true", "<EnforceCodeStyleInBuild>false")
        );
        folder.Write("analyzers/StyleCop.Analyzers.dll", "");
        folder.Write("Empty.cs", "namespace Styled;\n\npublic class Empty { }\n");
        // Above the project's folder: the project reads it, the write goes to PATH's folder.
        folder.Write("../.editorconfig", "[*.cs]\ndotnet_diagnostic.SA1009.severity=none\n");

        var write = Tool.Run(folder.Path, "plan", "--write-editorconfig");

        Assert.That(write.ExitCode, Is.Zero, write.ToString());
        Assert.That(
            write.Output,
            Does.Contain(
                "Styled: SA1003, SA1111, SA1118, SA1137, SA1500, SA1501, SA1502, SA1504, SA1516\n"
            ),
            write.ToString()
        );
        var text = folder.Read(".editorconfig");
        Assert.That(
            text,
            Does.StartWith("# Groundwork: ")
                .And.Contain(
                    "\n[*.cs]\ndotnet_diagnostic.SA1003.severity = none\ndotnet_diagnostic.SA1111.severity = none\n"
                )
                .And.Not.Contain("IDE0055")
                .And.Not.Contain("SA1009")
        );
        Assert.That(
            Tool.Run(folder.Path, "plan").Output,
            Does.Not.Contain("Analyzer rules that contradict")
        );
    }

    /// <summary>
    /// MoreLINQ's set-up: every Style rule a warning by category, IDE0055 down to a suggestion, and braces wanted
    /// only around statements on several lines (CSharpier breaks a long condition, and the build fails IDE0011).
    /// </summary>
    [TestCase("when_multiline", "warning", true, "Styled: IDE0011\n")]
    [TestCase("when_multiline:silent", "error", true, "Styled: IDE0011\n")]
    [TestCase("true", "warning", true, null)]
    [TestCase("when_multiline", "suggestion", true, null)]
    [TestCase("when_multiline", "warning", false, null)]
    public void IDE0011_fights_the_formatter_only_when_braces_are_wanted_on_multiline_statements(
        string preferBraces,
        string styleSeverity,
        bool enforceInBuild,
        string? listed
    )
    {
        using var folder = new TempFolder();
        folder.Write(
            "Styled.csproj",
            Project
                .Replace(
                    "<EnforceCodeStyleInBuild>true",
                    $"<EnforceCodeStyleInBuild>{enforceInBuild}"
                )
                .Replace("<Analyzer Include=\"analyzers/StyleCop.Analyzers.dll\" />", "")
        );
        folder.Write("Empty.cs", "namespace Styled;\n\npublic class Empty { }\n");
        folder.Write(
            ".editorconfig",
            $"root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-Style.severity = {styleSeverity}\n"
                + "dotnet_diagnostic.IDE0055.severity = suggestion\n"
                + $"csharp_prefer_braces = {preferBraces}\n"
        );

        var plan = Tool.Run(folder.Path, "plan");

        Assert.That(plan.ExitCode, Is.Zero, plan.ToString());
        if (listed is null)
            Assert.That(plan.Output, Does.Not.Contain("IDE0011"), plan.ToString());
        else
            Assert.That(
                plan.Output,
                Does.Contain(listed).And.Contain("dotnet_diagnostic.IDE0011.severity = none"),
                plan.ToString()
            );
    }

    /// <summary>
    /// Polly's set-up: the severities live in a shared .globalconfig the project adds as an <c>EditorConfigFiles</c>
    /// item, not in an .editorconfig; the folder's .editorconfig still wins over it.
    /// </summary>
    [Test]
    public void A_globalconfig_the_project_adds_counts_and_the_editorconfig_wins_over_it()
    {
        using var folder = new TempFolder();
        folder.Write(
            "Styled.csproj",
            Project
                .Replace("<Analyzer Include=\"analyzers/StyleCop.Analyzers.dll\" />", "")
                .Replace(
                    "</ItemGroup>",
                    "  <EditorConfigFiles Include=\"../eng/Shared.globalconfig\" />\n  </ItemGroup>"
                )
        );
        folder.Write("Empty.cs", "namespace Styled;\n\npublic class Empty { }\n");
        folder.Write(
            "../eng/Shared.globalconfig",
            "is_global = true\n\ndotnet_diagnostic.IDE0055.severity = warning\n"
                + "dotnet_diagnostic.IDE0011.severity = error\ncsharp_prefer_braces = when_multiline\n"
        );

        var plan = Tool.Run(folder.Path, "plan");

        Assert.That(plan.ExitCode, Is.Zero, plan.ToString());
        Assert.That(plan.Output, Does.Contain("Styled: IDE0011, IDE0055\n"), plan.ToString());

        folder.Write(".editorconfig", "[*.cs]\ndotnet_diagnostic.IDE0055.severity = suggestion\n");
        var overridden = Tool.Run(folder.Path, "plan");

        Assert.That(overridden.Output, Does.Contain("Styled: IDE0011\n"), overridden.ToString());
    }

    /// <summary>A project folder in its own temporary parent folder, deleted when the test ends.</summary>
    private sealed class TempFolder : IDisposable
    {
        private readonly string _root = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "groundwork-cli-tests",
            Guid.NewGuid().ToString("N")
        );

        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path => System.IO.Path.Combine(_root, "Styled");

        public void Write(string relative, string text)
        {
            var file = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relative));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        public string Read(string relative) =>
            File.ReadAllText(System.IO.Path.Combine(Path, relative));

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException) { }
        }
    }
}
