namespace Groundwork.Cli.Tests;

/// <summary>dotnet groundwork verify over the CliSolution sample: check mode, exit codes, nothing written.</summary>
public class VerifyTests
{
    private const string NotFormatted = "error GW1001:";

    [Test]
    public void Verify_reports_the_enabled_stages_findings_with_exit_code_1_and_writes_nothing()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var before = sample.Snapshot();

        var result = sample.Run("verify");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("App/Program.cs")}(7,1): {NotFormatted}")
        );
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Lib/Library.cs")}(3,1): {NotFormatted}")
        );
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Lib/Ordering.cs")}(1,1): error GW2001:")
        );
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Lib/Unneeded.cs")}(1,1): error GW3001:")
                .And.Contain($"{sample.PathOf("Lib/Unneeded.cs")}(2,1): error GW3001:")
        );
        Assert.That(result.Output, Does.Not.Contain("Tidy.cs("), "a formatted file");
        Assert.That(result.Output, Does.Not.Contain("VendoredParser.cs"), "GroundworkExclude");
        Assert.That(result.Output, Does.Not.Contain("Untouched.cs"), "a project with no stage on");
        Assert.That(
            sample.Snapshot(),
            Is.EquivalentTo(before)
                .Using<KeyValuePair<string, (byte[], DateTime)>>(
                    (a, b) => a.Key == b.Key && SampleCopy.SameFile(a.Value, b.Value)
                )
        );
    }

    [Test]
    public void A_file_no_stage_can_read_is_reported_once_however_many_stages_meet_it()
    {
        using var sample = SampleCopy.Of("CliSolution");
        // Latin-1, no byte order mark: neither Format nor Usings may touch it (GW0004).
        File.WriteAllBytes(
            sample.PathOf("Lib/Latin1.cs"),
            [
                .. "namespace Lib;\n\npublic static class Latin1\n{\n    public const string Name = \""u8,
                0xC5,
                .. "land\";\n}\n"u8,
            ]
        );

        var result = sample.Run(
            "verify",
            "--stage",
            "format",
            "--stage",
            "usings",
            "Lib/Lib.csproj"
        );

        Assert.That(
            result.Output.Split('\n').Count(l => l.Contains("Latin1.cs(") && l.Contains("GW0004")),
            Is.EqualTo(1),
            result.ToString()
        );
    }

    [Test]
    public void A_project_DeadCode_cannot_judge_is_not_reported_as_clean()
    {
        using var sample = SampleCopy.Of("CliSolution");
        // A type error: the file parses (Format and Usings have nothing to say), the build does not compile.
        File.WriteAllText(
            sample.PathOf("Lib/Broken.cs"),
            "namespace Lib;\n\npublic static class Broken\n{\n    public static int Value => \"text\";\n}\n"
        );

        var result = sample.Run("verify", "--stage", "deadcode", "Lib/Lib.csproj");

        Assert.That(result.Output, Does.Contain("info GW3901:"), result.ToString());
        Assert.That(result.Output, Does.Match(@"Lib\s+not analysed \(GW3901\)"));
        Assert.That(result.Output, Does.Contain("not analysed by DeadCode, see GW3901: Lib"));
    }

    [Test]
    public void A_project_with_a_strongly_typed_resource_class_is_judged()
    {
        using var sample = SampleCopy.Of("CliSolution");
        // The class is generated in obj/ by PrepareResources, as Visual Studio's resource designer sets it up
        // for SDK projects: without it, the project does not compile (CS0103) and cannot be judged.
        File.WriteAllText(
            sample.PathOf("Quiet/Quiet.csproj"),
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <EmbeddedResource Update="Texts.resx">
                  <Generator>MSBuild:Compile</Generator>
                  <StronglyTypedLanguage>CSharp</StronglyTypedLanguage>
                  <StronglyTypedFileName>$(IntermediateOutputPath)Texts.Designer.cs</StronglyTypedFileName>
                  <StronglyTypedClassName>Texts</StronglyTypedClassName>
                  <StronglyTypedNamespace>Quiet</StronglyTypedNamespace>
                </EmbeddedResource>
              </ItemGroup>
            </Project>
            """
        );
        File.WriteAllText(
            sample.PathOf("Quiet/Texts.resx"),
            """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
              <resheader name="version"><value>2.0</value></resheader>
              <data name="Greeting" xml:space="preserve"><value>Hello</value></data>
            </root>
            """
        );
        File.WriteAllText(
            sample.PathOf("Quiet/Greeter.cs"),
            "using System.Text;\n\nnamespace Quiet;\n\npublic static class Greeter\n{\n    public static string Greet() => Texts.Greeting;\n}\n"
        );

        var result = sample.Run("verify", "--stage", "deadcode", "Quiet");

        Assert.That(result.Output, Does.Not.Contain("GW3901"), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{sample.PathOf("Quiet/Greeter.cs")}(1,1): error GW3001: The using directive 'using System.Text;'"
            ),
            result.ToString()
        );
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
    }

    /// <summary>
    /// Quiet references Lib, whose assembly was never built (a fresh clone); the extension method Quiet calls
    /// exists only in Lib's sources, and Quiet's second using directive is not needed.
    /// </summary>
    private static SampleCopy QuietReferencingLib()
    {
        var sample = SampleCopy.Of("CliSolution");
        File.WriteAllText(
            sample.PathOf("Quiet/Quiet.csproj"),
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """
        );
        File.WriteAllText(
            sample.PathOf("Lib/Twice.cs"),
            "namespace Lib.Extensions;\n\npublic static class Twice\n{\n    public static int Doubled(this int value) => value * 2;\n}\n"
        );
        File.WriteAllText(
            sample.PathOf("Quiet/Use.cs"),
            "using Lib.Extensions;\nusing System.Text;\n\nnamespace Quiet;\n\npublic static class Use\n{\n    public static int Four() => 2.Doubled();\n}\n"
        );
        return sample;
    }

    /// <summary>Quiet was judged against Lib's extension method: only its second using directive is unneeded.</summary>
    private static void AssertJudgedWithLib(SampleCopy sample, ToolResult result)
    {
        Assert.That(result.Output, Does.Not.Contain("GW3901"), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{sample.PathOf("Quiet/Use.cs")}(2,1): error GW3001: The using directive 'using System.Text;'"
            ),
            result.ToString()
        );
        Assert.That(result.Output, Does.Not.Contain("Use.cs(1,1)"), result.ToString());
    }

    [Test]
    public void A_referenced_project_of_the_run_is_compiled_from_its_sources_and_not_built()
    {
        using var sample = QuietReferencingLib();

        var result = sample.Run("verify", "--stage", "deadcode");

        AssertJudgedWithLib(sample, result);
        Assert.That(
            Directory.EnumerateFiles(sample.PathOf("Lib"), "Lib.dll", SearchOption.AllDirectories),
            Is.Empty,
            "verify built the referenced project"
        );
    }

    [Test]
    public void A_referenced_project_outside_the_run_is_built_first_as_dotnet_build_would()
    {
        using var sample = QuietReferencingLib();

        // Only Quiet is in the run: Lib cannot be compiled in memory, so its assembly is the reference.
        var result = sample.Run("verify", "--stage", "deadcode", "Quiet");

        AssertJudgedWithLib(sample, result);
        Assert.That(
            Directory.EnumerateFiles(
                sample.PathOf("Lib/bin"),
                "Lib.dll",
                SearchOption.AllDirectories
            ),
            Is.Not.Empty,
            "the referenced project was not built"
        );
    }

    [Test]
    public void A_change_in_a_referenced_project_alone_makes_verify_judge_the_project_again()
    {
        using var sample = QuietReferencingLib();
        File.WriteAllText(
            sample.PathOf("Quiet/Use.cs"),
            "using Lib.Extensions;\n\nnamespace Quiet;\n\npublic static class Use\n{\n    public static int Four() => 2.Doubled();\n}\n"
        );
        var first = sample.Run("verify", "--stage", "deadcode", "--deadcode-rules", "usings");
        Assert.That(first.Output, Does.Not.Contain("Use.cs"), first.ToString());

        // Only Lib changes: the extension moves into Quiet's namespace, so Quiet's using directive is no longer
        // needed. Lib's assembly, which does not exist, did not change: the stamp of Quiet must still see it.
        File.WriteAllText(
            sample.PathOf("Lib/Twice.cs"),
            "namespace Lib.Extensions\n{\n    public static class Nothing { }\n}\n\nnamespace Quiet\n{\n    public static class Twice\n    {\n        public static int Doubled(this int value) => value * 2;\n    }\n}\n"
        );
        var second = sample.Run("verify", "--stage", "deadcode", "--deadcode-rules", "usings");

        Assert.That(
            second.Output,
            Does.Contain(
                $"{sample.PathOf("Quiet/Use.cs")}(1,1): error GW3001: The using directive 'using Lib.Extensions;'"
            ),
            second.ToString()
        );
    }

    [Test]
    public void A_project_that_cannot_be_restored_is_not_analysed_and_the_other_projects_are()
    {
        using var sample = SampleCopy.Of("CliSolution");
        // A package that no source has (offline: the only source is an empty folder), as a package for another
        // OS or from a private feed is on a CI agent.
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "</Project>",
                    "  <ItemGroup>\n    <PackageReference Include=\"Groundwork.NoSuchPackage\" Version=\"1.0.0\" />\n  </ItemGroup>\n</Project>"
                )
        );
        Directory.CreateDirectory(sample.PathOf("App/empty-feed"));
        File.WriteAllText(
            sample.PathOf("App/nuget.config"),
            "<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"empty\" value=\"empty-feed\" />\n  </packageSources>\n</configuration>\n"
        );

        var result = sample.Run("verify", "--stage", "deadcode");

        Assert.That(result.ExitCode, Is.Not.EqualTo(2), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{project}: info GW3901: The DeadCode stage cannot judge the App build (the project cannot be restored: "
            ),
            result.ToString()
        );
        Assert.That(result.Output, Does.Contain("NU1101"), result.ToString());
        Assert.That(
            result.Output,
            Does.Match(@"\nApp\s+not analysed \(GW3901\)"),
            result.ToString()
        );
        // The projects after it in the solution were judged.
        Assert.That(result.Output, Does.Match(@"\nLib\s+4 files, 2 findings"), result.ToString());
        Assert.That(result.Output, Does.Match(@"\nQuiet\s+1 file, 0 findings"), result.ToString());
        Assert.That(result.ExitCode, Is.EqualTo(1), "Lib's findings");
    }

    [Test]
    public void Verify_sees_the_compile_items_of_every_target_framework()
    {
        using var sample = SampleCopy.Of("CliSolution");

        // Legacy/ compiles only for net8.0: an evaluation without a target framework would not list it.
        var result = sample.Run("verify", "Lib/Lib.csproj");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain($"{sample.PathOf("Lib/Legacy/OldApi.cs")}(5,1): {NotFormatted}")
        );
        Assert.That(result.Output, Does.Contain("Lib (net10.0, net8.0)"));
    }

    [Test]
    public void Verify_prints_a_summary_table_with_one_row_per_project_and_one_column_per_stage()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify");

        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Project ", StringComparison.Ordinal));
        Assert.That(header, Is.Not.Negative, result.ToString());
        Assert.That(lines[header], Does.Match(@"^Project\s+Format\s+Usings\s+DeadCode$"));
        Assert.That(lines[header + 2], Does.Match(@"^App\s+2 files, 1 finding\s+-\s+-$"));
        Assert.That(
            lines[header + 3],
            Does.Match(@"^Lib\s+4 files, 2 findings\s+4 files, 1 finding\s+4 files, 2 findings$")
        );
        Assert.That(lines[header + 4], Does.Match(@"^Quiet\s+-\s+-\s+-$"));
        Assert.That(
            result.Output,
            Does.Contain("Groundwork verify: 6 findings in 5 files (3 projects).")
        );
    }

    [Test]
    public void Findings_name_the_command_lines_fix_command_not_the_build_property()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify", "--report", "report.md");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var report = sample.Read("report.md");
        foreach (var text in new[] { result.Output, report })
        {
            Assert.That(
                text,
                Does.Contain(
                    "(first difference on this line). Run 'dotnet groundwork fix --stage format' to format it."
                )
            );
            Assert.That(
                text,
                Does.Contain("Run 'dotnet groundwork fix --stage usings' to order them.")
            );
            Assert.That(
                text,
                Does.Contain("Run 'dotnet groundwork fix --stage deadcode' to remove it.")
            );
            Assert.That(text, Does.Not.Contain("Build with"));
        }
    }

    [Test]
    public void A_clean_project_gives_exit_code_0()
    {
        using var sample = SampleCopy.Of("CliSolution");
        File.Delete(sample.PathOf("App/Program.cs"));

        var result = sample.Run("verify", "App");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Groundwork verify: clean (1 project)."));
    }

    [Test]
    public void NoWarn_suppresses_a_code_as_in_the_build()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace("</PropertyGroup>", "<NoWarn>$(NoWarn);GW1001</NoWarn></PropertyGroup>")
        );

        var result = sample.Run("verify", "App");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("GW1001"));
    }

    [Test]
    public void An_invalid_stage_property_is_reported_as_GW0005()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace("<GroundworkFormat>check<", "<GroundworkFormat>maybe<")
        );

        var result = sample.Run("verify", "App");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{project}(7,5): error GW0005: The property GroundworkFormat has the value 'maybe'."
            )
        );
    }

    [TestCase("GroundworkCheckSeverity", "loud", "error, warning")]
    [TestCase("GroundworkSkip", "yes", "true, false")]
    [TestCase("GroundworkIncludeLinkedFiles", "maybe", "true, false")]
    [TestCase("GroundworkUseTaskHost", "on", "true, false")]
    public void A_wrong_value_of_any_Groundwork_property_is_GW0005_at_the_line_that_sets_it(
        string property,
        string value,
        string allowed
    )
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        var lines = File.ReadAllLines(project).ToList();
        var closing = lines.FindIndex(l => l.Contains("</PropertyGroup>"));
        lines.Insert(closing, $"    <{property}>{value}</{property}>");
        File.WriteAllLines(project, lines);
        var before = sample.Snapshot();

        var result = sample.Run("fix", "App", "--all-stages");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var errors = result.Output.Split('\n').Where(l => l.Contains(": error ")).ToList();
        Assert.That(
            errors,
            Is.EqualTo(
                new[]
                {
                    $"{project}({closing + 1},5): error GW0005: The property {property} has the value '{value}'. Allowed values: {allowed}.",
                }
            ),
            result.ToString()
        );
        foreach (var (file, state) in before)
            Assert.That(SampleCopy.SameFile(state, sample.Snapshot()[file]), Is.True, file);
    }

    [Test]
    public void A_wrong_value_from_the_environment_is_reported_at_the_project_file()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run(
            new Dictionary<string, string?> { ["GroundworkCheckSeverity"] = "LOUD" },
            "verify",
            "Quiet"
        );

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{sample.PathOf("Quiet/Quiet.csproj")}: error GW0005: The property GroundworkCheckSeverity has the value 'LOUD'. Allowed values: error, warning."
            )
        );
    }

    [Test]
    public void The_allowed_words_pass_in_any_case()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("Quiet/Quiet.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "</PropertyGroup>",
                    "<GroundworkUsings>Check</GroundworkUsings><GroundworkCheckSeverity>Warning</GroundworkCheckSeverity>"
                        + "<GroundworkSkip>False</GroundworkSkip><GroundworkIncludeLinkedFiles>TRUE</GroundworkIncludeLinkedFiles></PropertyGroup>"
                )
        );

        var result = sample.Run("verify", "Quiet");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("GW0005"));
        Assert.That(result.Output, Does.Match(@"Quiet\s+1 file, 0 findings"));
    }

    [Test]
    public void An_unknown_deadcode_rule_in_the_project_is_reported_as_GW0005()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("Lib/Lib.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "<GroundworkDeadCode>check</GroundworkDeadCode>",
                    "<GroundworkDeadCode>check</GroundworkDeadCode><GroundworkDeadCodeRules>usings,field</GroundworkDeadCodeRules>"
                )
        );

        var result = sample.Run("verify", "Lib", "--stage", "deadcode");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{project}: error GW0005: The property GroundworkDeadCodeRules has the value 'usings,field': 'field' is not a DeadCode rule."
            )
        );
    }

    [Test]
    public void The_check_severity_property_makes_findings_warnings_but_still_exit_1()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "</PropertyGroup>",
                    "<GroundworkCheckSeverity>warning</GroundworkCheckSeverity></PropertyGroup>"
                )
        );

        var result = sample.Run("verify", "App");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("Program.cs(7,1): warning GW1001:"));
    }

    [Test]
    public void Quiet_verbosity_prints_the_findings_and_nothing_else()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify", "-v", "q");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(6), result.ToString());
        Assert.That(lines, Has.All.Match(" error GW(1001|2001|3001): "));
    }

    [Test]
    public void Redirected_output_shows_progress_as_plain_lines_and_detailed_adds_the_settings()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var normal = sample.Run("verify");
        var detailed = sample.Run("verify", "--verbosity", "detailed");

        Assert.That(normal.Output, Does.Not.Contain("\r"));
        Assert.That(
            normal.Output,
            Does.Contain("Loaded 2/3: Lib (net10.0, net8.0), 4 source files\n")
        );
        Assert.That(normal.Output, Does.Contain("[1/3] App: Format: 2 files, 1 finding\n"));
        Assert.That(normal.Output, Does.Not.Contain("GroundworkFormat='check'"));
        Assert.That(
            detailed.Output,
            Does.Contain(
                "App: GroundworkFormat='check', GroundworkUsings='', GroundworkDeadCode=''"
            )
        );
    }

    [Test]
    public void A_project_with_GroundworkSkip_runs_no_stage_even_when_one_is_asked_for()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var project = sample.PathOf("App/App.csproj");
        File.WriteAllText(
            project,
            File.ReadAllText(project)
                .Replace(
                    "</PropertyGroup>",
                    "<GroundworkSkip>true</GroundworkSkip></PropertyGroup>"
                )
        );

        var result = sample.Run("verify", "App", "--stage", "format");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("GW1001"));
    }

    [Test]
    public void A_report_that_cannot_be_written_is_a_usage_error()
    {
        using var sample = SampleCopy.Of("CliSolution");
        Directory.CreateDirectory(sample.PathOf("taken.json"));

        var result = sample.Run("verify", "--report", "taken.json");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("error: Cannot write the report 'taken.json':"));
    }

    [Test]
    public void Informational_findings_are_shown_but_neither_counted_nor_failing()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var shared = sample.PathOf("Quiet/Shared.cs");
        File.WriteAllText(
            shared,
            "using System.Text; using System;\n\nnamespace Quiet;\n\npublic class Shared\n{\n    public string S => new StringBuilder().Append(Environment.NewLine).ToString();\n}\n"
        );

        var normal = sample.Run("verify", "Quiet", "--stage", "usings");
        var quiet = sample.Run("verify", "Quiet", "--stage", "usings", "-v", "quiet");

        Assert.That(normal.ExitCode, Is.Zero, normal.ToString());
        Assert.That(normal.Output, Does.Contain($"{shared}(1,1): info GW2002:"));
        Assert.That(normal.Output, Does.Match(@"Quiet\s+2 files, 0 findings"));
        Assert.That(normal.Output, Does.Contain("Groundwork verify: clean (1 project)."));
        Assert.That(quiet.ExitCode, Is.Zero, quiet.ToString());
        Assert.That(quiet.Output, Is.Empty);
    }

    [Test]
    public void Verify_removes_a_temporary_file_a_killed_fix_left_and_keeps_a_look_alike()
    {
        using var sample = SampleCopy.Of("CliSolution");
        var leftover = sample.PathOf("Lib/.Library.cs.0123456789abcdef0123456789abcdef.gwtmp");
        var lookAlike = sample.PathOf("Lib/Library.cs.gwtmp");
        foreach (var file in new[] { leftover, lookAlike })
        {
            File.WriteAllText(file, "namespace Lib;");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        var result = sample.Run("verify", "Lib");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(File.Exists(leftover), Is.False, "Groundwork's own leftover");
        Assert.That(File.Exists(lookAlike), Is.True, "a file Groundwork did not make");
    }
}
