namespace Groundwork.Engine.Tests.Format.Options;

using CSharpier.Core;
using CSharpier.Core.CSharp;
using Groundwork.Engine.Format.Options;
using NUnit.Framework;

// Every expectation below was first observed with the real `dotnet csharpier format` 1.3.0 CLI.
[TestFixture]
public sealed class CSharpierOptionsProviderTests
{
    private const string Sample =
        "class C\n{\n    void M()\n    {\n        Call(firstArgument, secondArgument, third);\n    }\n}\n";

    private string root = "";

    [SetUp]
    public void CreateFolder()
    {
        this.root = Path.Combine(Path.GetTempPath(), "gw-options-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(this.root);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(this.root, recursive: true);

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(this.root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private OptionsResolution Resolve(string relativeFile) =>
        new CSharpierOptionsProvider().Resolve(Path.Combine(this.root, relativeFile));

    private static void AssertOptions(
        OptionsResolution resolution,
        int width,
        IndentStyle style,
        int indentSize,
        EndOfLine endOfLine
    )
    {
        Assert.That(resolution.ErrorMessage, Is.Null);
        Assert.That(resolution.Options, Is.Not.Null);
        Assert.That(resolution.Options!.Width, Is.EqualTo(width));
        Assert.That(resolution.Options.IndentStyle, Is.EqualTo(style));
        Assert.That(resolution.Options.IndentSize, Is.EqualTo(indentSize));
        Assert.That(resolution.Options.EndOfLine, Is.EqualTo(endOfLine));
    }

    [Test]
    public void Without_config_files_the_defaults_apply()
    {
        var resolution = this.Resolve("a.cs");

        AssertOptions(resolution, 100, IndentStyle.Spaces, 4, EndOfLine.Auto);
        Assert.That(resolution.Fingerprint, Is.EqualTo("w100-s4-auto"));
    }

    [Test]
    public void Json_csharpierrc_is_read_with_case_insensitive_names()
    {
        this.Write(
            ".csharpierrc.json",
            """{"PrintWidth": 60, "useTabs": true, "indentSize": 2, "endOfLine": "CRLF"}"""
        );

        AssertOptions(this.Resolve("a.cs"), 60, IndentStyle.Tabs, 2, EndOfLine.CRLF);
    }

    [Test]
    public void Extensionless_csharpierrc_holding_json_is_read_as_json()
    {
        this.Write(".csharpierrc", """{"printWidth": 70}""");

        AssertOptions(this.Resolve("a.cs"), 70, IndentStyle.Spaces, 4, EndOfLine.Auto);
    }

    [Test]
    public void Yaml_csharpierrc_accepts_yaml_booleans_quoted_numbers_and_any_enum_casing()
    {
        this.Write(
            ".csharpierrc.yaml",
            "# settings\nprintWidth: \"60\" # narrow\nuseTabs: yes\nendOfLine: Crlf\n"
        );

        AssertOptions(this.Resolve("a.cs"), 60, IndentStyle.Tabs, 4, EndOfLine.CRLF);
    }

    [Test]
    public void Yaml_names_are_case_sensitive_and_unknown_keys_are_ignored()
    {
        this.Write(
            ".csharpierrc.yml",
            "PrintWidth: 60\nsomething:\n  nested: [1]\nindentSize: 3\n"
        );

        AssertOptions(this.Resolve("a.cs"), 100, IndentStyle.Spaces, 3, EndOfLine.Auto);
    }

    [Test]
    public void Yaml_repeated_key_takes_the_last_value()
    {
        this.Write(".csharpierrc.yaml", "printWidth: 60\nprintWidth: 70\n");

        AssertOptions(this.Resolve("a.cs"), 70, IndentStyle.Spaces, 4, EndOfLine.Auto);
    }

    // YAML the old hand-written subset reader refused, read as the CLI (YamlDotNet 16.3.0) reads it. The CLI
    // even takes a mapping where a number belongs as 0 (`printWidth: {a: 1}`); it is not repeated here
    // because a width of 0 is no setting anyone means, but it comes out the same by construction.
    [TestCase("printWidth: |\n  60\n", 60, 4)]
    [TestCase("printWidth: !!int 60\n", 60, 4)]
    [TestCase("printWidth: 0x3C\nindentSize: 017\n", 60, 15)]
    [TestCase("%YAML 1.2\n---\nprintWidth: 60\n...\n", 60, 4)]
    [TestCase(
        "printWidth: &w 60\noverrides:\n- files: '*.cs'\n  formatter: csharp\n  printWidth: *w\n",
        60,
        4
    )]
    [TestCase(
        "overrides: [{files: '*.cs', formatter: csharp, printWidth: 60, indentSize: 2}]\n",
        60,
        2
    )]
    [TestCase("# nothing but comments\n", 100, 4)]
    public void Yaml_is_read_as_the_cli_reads_it(string yaml, int width, int indentSize)
    {
        this.Write(".csharpierrc.yaml", yaml);

        AssertOptions(this.Resolve("a.cs"), width, IndentStyle.Spaces, indentSize, EndOfLine.Auto);
    }

    // Positions and reasons as the CLI's YamlDotNet reports them (1-based).
    [TestCase("printWidth: 70\nuseTabs: maybe\n", 2, 10, "\"maybe\" is not a valid YAML Boolean")]
    [TestCase("overrides:\n  - files: '*.cs'\n    printWidth: wide\n", 3, 17, "'wide'")]
    [TestCase("endOfLine: cr\n", 1, 12, "'cr'")]
    [TestCase("printWidth: 60\n  indentSize: 2\n", 2, 13, "invalid mapping")]
    [TestCase("printWidth: 50\n---\nprintWidth: 70\n", 2, 1, "DocumentStart")]
    [TestCase("printWidth: \"60\n", 1, 13, "quoted scalar")]
    public void Broken_yaml_is_an_error_at_its_line_and_column(
        string yaml,
        int line,
        int column,
        string reason
    )
    {
        var config = this.Write(".csharpierrc.yaml", yaml);

        var resolution = this.Resolve("a.cs");

        Assert.That(resolution.Options, Is.Null);
        Assert.That(resolution.ErrorFile, Is.EqualTo(config));
        Assert.That(resolution.ErrorMessage, Does.Contain(reason));
        Assert.That(
            resolution.ErrorMessage,
            Does.Not.Contain("Line:"),
            "the position is not repeated"
        );
        Assert.That((resolution.ErrorLine, resolution.ErrorColumn), Is.EqualTo((line, column)));
    }

    // System.Text.Json counts from zero and in bytes; the diagnostic counts from one and in characters.
    [TestCase("{\n  \"printWidth\": 70\n  \"useTabs\": true\n}", 3, 3)]
    [TestCase("{\"printWidth\": 70,}", 1, 19)]
    [TestCase("{\"x\": \"éé\", \"printWidth\": 70,}", 1, 30)]
    [TestCase("{\n\"printWidth\": \"70\"}", 2, 19)]
    public void Broken_json_is_an_error_at_its_line_and_column(string json, int line, int column)
    {
        this.Write(".csharpierrc.json", json);

        var resolution = this.Resolve("a.cs");

        Assert.That(resolution.IsError, Is.True);
        Assert.That((resolution.ErrorLine, resolution.ErrorColumn), Is.EqualTo((line, column)));
        Assert.That(resolution.ErrorMessage, Does.Not.Contain("LineNumber"));
        Assert.That(resolution.ErrorMessage, Does.Not.Contain("\n"));
    }

    [Test]
    public void Last_matching_override_wins_and_does_not_inherit_top_level_values()
    {
        this.Write(
            ".csharpierrc.json",
            """
            {
              "printWidth": 70,
              "useTabs": true,
              "overrides": [
                { "files": "*.cs", "formatter": "csharp", "printWidth": 60 },
                { "files": "a.cs", "formatter": "csharp", "indentSize": 2 }
              ]
            }
            """
        );

        AssertOptions(this.Resolve("a.cs"), 100, IndentStyle.Spaces, 2, EndOfLine.Auto);
        AssertOptions(this.Resolve("b.cs"), 60, IndentStyle.Spaces, 4, EndOfLine.Auto);
    }

    [Test]
    public void Override_glob_with_a_slash_is_relative_to_the_config_folder()
    {
        this.Write(
            ".csharpierrc.json",
            """{"overrides": [{"files": "sub/*.cs", "formatter": "csharp", "printWidth": 60}]}"""
        );

        Assert.That(this.Resolve("sub/a.cs").Options!.Width, Is.EqualTo(60));
        Assert.That(this.Resolve("sub/deep/a.cs").Options!.Width, Is.EqualTo(100));
        Assert.That(this.Resolve("a.cs").Options!.Width, Is.EqualTo(100));
    }

    [Test]
    public void Yaml_overrides_list_is_supported()
    {
        this.Write(
            ".csharpierrc.yml",
            "overrides:\n- files: \"*.cs\"\n  formatter: csharp\n  printWidth: 80\n  indentSize: 3\n"
        );

        AssertOptions(this.Resolve("a.cs"), 80, IndentStyle.Spaces, 3, EndOfLine.Auto);
    }

    [Test]
    public void Matching_override_without_formatter_means_the_file_is_skipped()
    {
        this.Write(".csharpierrc.json", """{"overrides": [{"files": "*.cs", "printWidth": 60}]}""");

        var resolution = this.Resolve("a.cs");

        Assert.That(resolution.Options, Is.Null);
        Assert.That(resolution.ErrorMessage, Is.Null);
        Assert.That(resolution.IsSkipped, Is.True);
    }

    [Test]
    public void A_file_the_nearest_csharpierignore_names_is_skipped()
    {
        this.Write(".csharpierignore", "Migrations/\n");
        this.Write("sub/.csharpierignore", "Other.cs\n");

        Assert.That(this.Resolve("Migrations/Init.cs").IsSkipped, Is.True);
        Assert.That(
            this.Resolve("Migrations/Init.cs").Fingerprint,
            Is.EqualTo("skip:.csharpierignore")
        );
        Assert.That(this.Resolve("sub/Other.cs").IsSkipped, Is.True);
        // The nearest ignore file decides alone, as in the CLI: the folder's own does not name Migrations.
        Assert.That(this.Resolve("sub/Migrations/Init.cs").IsSkipped, Is.False);
        Assert.That(this.Resolve("Other.cs").IsSkipped, Is.False);
    }

    [Test]
    public void A_csharpierignore_the_cli_cannot_read_is_an_error_at_its_line()
    {
        var ignore = this.Write(".csharpierignore", "# generated\nGenerated[.cs\n");

        var resolution = this.Resolve("a.cs");

        Assert.That(resolution.IsError, Is.True);
        Assert.That(resolution.ErrorFile, Is.EqualTo(ignore));
        Assert.That((resolution.ErrorLine, resolution.ErrorColumn), Is.EqualTo((2, 1)));
        Assert.That(resolution.ErrorMessage, Does.Contain("not closed"));
    }

    [TestCase("""{"printWidth": 70,}""")]
    [TestCase("{\"printWidth\": 70, // comment\n}")]
    [TestCase("""{"printWidth": "70"}""")]
    [TestCase("""{"endOfLine": "cr"}""")]
    [TestCase("""{"indentSize": 0}""")]
    public void Broken_csharpierrc_is_an_error_naming_the_file(string json)
    {
        var config = this.Write(".csharpierrc.json", json);

        var resolution = this.Resolve("a.cs");

        Assert.That(resolution.Options, Is.Null);
        Assert.That(resolution.ErrorFile, Is.EqualTo(config));
        Assert.That(resolution.ErrorMessage, Is.Not.Empty);
        Assert.That(resolution.IsError, Is.True);
    }

    [Test]
    public void Empty_csharpierrc_means_defaults()
    {
        this.Write(".csharpierrc.json", "  \n");

        AssertOptions(this.Resolve("a.cs"), 100, IndentStyle.Spaces, 4, EndOfLine.Auto);
    }

    [Test]
    public void Csharpierrc_wins_over_every_editorconfig_even_a_nearer_one()
    {
        this.Write(".csharpierrc.json", """{"printWidth": 60}""");
        this.Write("sub/.editorconfig", "[*]\nmax_line_length = 80\nindent_size = 2\n");

        AssertOptions(this.Resolve("sub/a.cs"), 60, IndentStyle.Spaces, 4, EndOfLine.Auto);
    }

    [Test]
    public void Editorconfig_applies_only_where_no_csharpierrc_is_above()
    {
        this.Write(".editorconfig", "[*]\nmax_line_length = 80\n");
        this.Write("sub/.csharpierrc.json", """{"printWidth": 60}""");

        Assert.That(this.Resolve("sub/a.cs").Options!.Width, Is.EqualTo(60));
        Assert.That(this.Resolve("a.cs").Options!.Width, Is.EqualTo(80));
    }

    [Test]
    public void Csharpierrc_file_names_are_preferred_in_the_cli_order()
    {
        this.Write(".csharpierrc", "printWidth: 60\n");
        this.Write(".csharpierrc.json", """{"printWidth": 70}""");
        this.Write("sub/.csharpierrc.yaml", "printWidth: 80\n");
        this.Write("sub/.csharpierrc.json", """{"printWidth": 90}""");

        Assert.That(this.Resolve("a.cs").Options!.Width, Is.EqualTo(60));
        Assert.That(this.Resolve("sub/a.cs").Options!.Width, Is.EqualTo(90));
    }

    [Test]
    public void Editorconfig_settings_are_read()
    {
        this.Write(
            ".editorconfig",
            "[*]\nend_of_line = crlf\nmax_line_length = 70\nindent_size = 2\n"
        );

        AssertOptions(this.Resolve("a.cs"), 70, IndentStyle.Spaces, 2, EndOfLine.CRLF);
    }

    [TestCase("indent_style = tab\nindent_size = tab\ntab_width = 2\n", IndentStyle.Tabs, 2)]
    [TestCase("indent_style = tab\nindent_size = 3\n", IndentStyle.Tabs, 3)]
    [TestCase("indent_style = tab\nindent_size = 2\ntab_width = 8\n", IndentStyle.Tabs, 8)]
    [TestCase("indent_style = tab\nindent_size = tab\n", IndentStyle.Tabs, 4)]
    [TestCase("indent_size = tab\ntab_width = 3\n", IndentStyle.Spaces, 3)]
    public void Editorconfig_indent_rules(string properties, IndentStyle style, int size)
    {
        this.Write(".editorconfig", "[*]\n" + properties);

        AssertOptions(this.Resolve("a.cs"), 100, style, size, EndOfLine.Auto);
    }

    // The CLI's INI reader differs from Roslyn's: these lines have no effect in the CLI.
    [TestCase("indent_size = 2 # two")]
    [TestCase("INDENT_SIZE = 2")]
    [TestCase("indent_size: 2")]
    [TestCase("indent_style = Tab")]
    [TestCase("end_of_line = cr\nmax_line_length = off")]
    public void Editorconfig_values_the_cli_ignores(string properties)
    {
        this.Write(".editorconfig", "[*]\n" + properties + "\n");

        AssertOptions(this.Resolve("a.cs"), 100, IndentStyle.Spaces, 4, EndOfLine.Auto);
    }

    [TestCase("[*.CS]", "a.cs", 4)]
    [TestCase("[{*.cs}]", "a.cs", 2)]
    [TestCase("[*.{cs}]", "a.cs", 2)]
    [TestCase("[{a,b}.cs]", "a.cs", 2)]
    [TestCase("[[ab].cs]", "a.cs", 2)]
    [TestCase("[sub/*.cs]", "sub/a.cs", 2)]
    [TestCase("[sub/*.cs]", "sub/deep/a.cs", 4)]
    [TestCase("[sub/**.cs]", "sub/deep/a.cs", 2)]
    [TestCase("[**/deep/*.cs]", "sub/deep/a.cs", 2)]
    [TestCase("[/a.cs]", "a.cs", 2)]
    [TestCase("[/a.cs]", "sub/a.cs", 4)]
    public void Editorconfig_section_matching_agrees_with_the_cli(
        string header,
        string file,
        int size
    )
    {
        this.Write(".editorconfig", header + "\nindent_size = 2\n");

        Assert.That(this.Resolve(file).Options!.IndentSize, Is.EqualTo(size));
    }

    [Test]
    public void Repeated_editorconfig_section_is_merged_into_its_first_occurrence()
    {
        this.Write(
            ".editorconfig",
            "[*]\nindent_size = 2\n[*.cs]\nindent_size = 3\n[*]\nindent_size = 5\n"
        );

        Assert.That(this.Resolve("a.cs").Options!.IndentSize, Is.EqualTo(3));
    }

    [Test]
    public void Editorconfig_chain_merges_outer_files_first()
    {
        this.Write(".editorconfig", "root = true\n[*]\nindent_size = 2\nmax_line_length = 70\n");
        this.Write("a/b/.editorconfig", "[*]\nindent_size = 3\n");

        AssertOptions(this.Resolve("a/b/x.cs"), 70, IndentStyle.Spaces, 3, EndOfLine.Auto);
    }

    [Test]
    public void Editorconfig_root_true_stops_the_chain()
    {
        this.Write(".editorconfig", "[*]\nmax_line_length = 70\n");
        this.Write("a/.editorconfig", "root = true\n[*]\nindent_size = 3\n");

        AssertOptions(this.Resolve("a/b/x.cs"), 100, IndentStyle.Spaces, 3, EndOfLine.Auto);
    }

    [Test]
    public void Editorconfig_root_must_be_lowercase_true()
    {
        this.Write(".editorconfig", "[*]\nmax_line_length = 70\n");
        this.Write("a/.editorconfig", "root = TRUE\n[*]\nindent_size = 3\n");

        AssertOptions(this.Resolve("a/x.cs"), 70, IndentStyle.Spaces, 3, EndOfLine.Auto);
    }

    [Test]
    public void Editorconfig_indent_size_zero_is_an_error()
    {
        var config = this.Write(".editorconfig", "[*]\nindent_size = 0\n");

        var resolution = this.Resolve("a.cs");

        Assert.That(resolution.Options, Is.Null);
        Assert.That(resolution.ErrorFile, Is.EqualTo(config));
    }

    [Test]
    public void Fingerprint_is_stable_and_tracks_the_options()
    {
        this.Write("x/.editorconfig", "[*]\nindent_size = 2\n");
        this.Write("y/.csharpierrc.json", """{"indentSize": 2}""");
        var provider = new CSharpierOptionsProvider();

        var x = provider.Resolve(Path.Combine(this.root, "x/a.cs"));
        var y = provider.Resolve(Path.Combine(this.root, "y/a.cs"));
        var z = provider.Resolve(Path.Combine(this.root, "a.cs"));

        Assert.That(x.Fingerprint, Is.EqualTo(y.Fingerprint));
        Assert.That(x.Fingerprint, Is.Not.EqualTo(z.Fingerprint));
    }

    [Test]
    public void Resolves_in_parallel_with_consistent_results()
    {
        this.Write(".editorconfig", "[*]\nmax_line_length = 70\n");
        this.Write("a/.csharpierrc.json", """{"printWidth": 60}""");
        var provider = new CSharpierOptionsProvider();
        var files = Enumerable
            .Range(0, 200)
            .Select(i => Path.Combine(this.root, i % 2 == 0 ? "a" : "b", $"d{i % 7}", "f.cs"))
            .ToList();

        var widths = new System.Collections.Concurrent.ConcurrentBag<(string, int)>();
        Parallel.ForEach(files, f => widths.Add((f, provider.Resolve(f).Options!.Width)));

        Assert.That(
            widths.All(w =>
                w.Item2
                == (
                    w.Item1.Contains($"{Path.DirectorySeparatorChar}a{Path.DirectorySeparatorChar}")
                        ? 60
                        : 70
                )
            ),
            Is.True
        );
    }

    [Test]
    public void Formatting_with_csharpierrc_options_matches_the_cli_output()
    {
        this.Write(".csharpierrc.yaml", "printWidth: 40\nuseTabs: true\nendOfLine: crlf\n");

        var options = this.Resolve("a.cs").Options!;
        var formatted = CSharpFormatter.Format(Sample, options).Code;

        Assert.That(
            formatted,
            Is.EqualTo(
                "class C\r\n{\r\n\tvoid M()\r\n\t{\r\n\t\tCall(\r\n\t\t\tfirstArgument,\r\n\t\t\tsecondArgument,\r\n\t\t\tthird\r\n\t\t);\r\n\t}\r\n}\r\n"
            )
        );
    }

    [Test]
    public void Formatting_with_editorconfig_options_matches_the_cli_output()
    {
        this.Write(".editorconfig", "[*.cs]\nindent_size = 2\nmax_line_length = 50\n");

        var options = this.Resolve("a.cs").Options!;
        var formatted = CSharpFormatter.Format(Sample, options).Code;

        Assert.That(
            formatted,
            Is.EqualTo(
                "class C\n{\n  void M()\n  {\n    Call(firstArgument, secondArgument, third);\n  }\n}\n"
            )
        );
    }
}
