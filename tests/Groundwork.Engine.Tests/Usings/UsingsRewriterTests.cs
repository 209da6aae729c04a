using System.Text;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Usings;

namespace Groundwork.Engine.Tests.Usings;

public class UsingsRewriterTests
{
    private static readonly UsingsRewriter Rewriter = new(new UsingsOptionsProvider());

    private static string Ordered(string text, UsingsRewriter? rewriter = null)
    {
        var result = (rewriter ?? Rewriter).Rewrite(
            "/virtual/File.cs",
            text,
            CancellationToken.None
        );
        Assert.That(result.Findings, Is.Empty, "unexpected findings");
        return result.NewText ?? text;
    }

    private static string Usings(params string[] lines) =>
        string.Concat(lines.Select(l => l + "\n")) + "\nclass C { }\n";

    [Test]
    public void Orders_the_groups_as_CSharpier_does()
    {
        var input = Usings(
            "extern alias Ext;",
            "using Zeta;",
            "using static Zed.Helpers;",
            "using Alpha;",
            "using System.Text;",
            "using Ext2::Foo;",
            "using System;",
            "using static System.Math;",
            "using A = System.Int32;",
            "using T = (int, string);",
            "global using Omega;",
            "global using System.Linq;",
            "global using G = Omega.X;",
            "global using static System.Console;"
        );

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                Usings(
                    "extern alias Ext;",
                    "global using static System.Console;",
                    "global using System.Linq;",
                    "global using Omega;",
                    "global using G = Omega.X;",
                    "using System;",
                    "using System.Text;",
                    "using Ext2::Foo;",
                    "using Alpha;",
                    "using Zeta;",
                    "using static System.Math;",
                    "using static Zed.Helpers;",
                    "using T = (int, string);",
                    "using A = System.Int32;"
                )
            )
        );
    }

    [Test]
    public void Names_compare_ignoring_case_and_names_equal_but_for_case_keep_their_order()
    {
        var input = Usings(
            "using Beta;",
            "using alpha.Lower;",
            "using Alpha.Lower;",
            "using ALPHA;"
        );

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                Usings("using ALPHA;", "using alpha.Lower;", "using Alpha.Lower;", "using Beta;")
            )
        );
    }

    [Test]
    public void Underscores_and_dots_sort_as_the_invariant_culture_sorts_them()
    {
        // The invariant culture puts punctuation before letters, and `_` before `.`; CSharpier 1.3.0 agrees.
        var input = Usings(
            "using BetaX;",
            "using Beta.X;",
            "using Beta_X;",
            "using Alpha;",
            "using _Under;"
        );

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                Usings(
                    "using _Under;",
                    "using Alpha;",
                    "using Beta_X;",
                    "using Beta.X;",
                    "using BetaX;"
                )
            )
        );
    }

    [Test]
    public void Aliases_sort_by_alias_name_with_tuple_array_and_keyword_targets_first()
    {
        var input = Usings(
            "using Ab = X.Y;",
            "using A_ = X.Y;",
            "using A = X.Y;",
            "using a = X.Z;",
            "using B = int;",
            "using T = (int, string);",
            "using Arr = int[];"
        );

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                Usings(
                    "using Arr = int[];",
                    "using B = int;",
                    "using T = (int, string);",
                    "using A = X.Y;",
                    "using a = X.Z;",
                    "using A_ = X.Y;",
                    "using Ab = X.Y;"
                )
            )
        );
    }

    [Test]
    public void Global_System_counts_as_System_where_CSharpier_sorts_it_under_g()
    {
        var input = Usings(
            "using Zeta;",
            "using global::System.IO;",
            "using static global::System.Math;",
            "using static Alpha.X;",
            "using global::Foo.Bar;",
            "using System;"
        );

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                Usings(
                    "using System;",
                    "using global::System.IO;",
                    "using global::Foo.Bar;",
                    "using Zeta;",
                    "using static global::System.Math;",
                    "using static Alpha.X;"
                )
            )
        );
    }

    [Test]
    public void Only_a_bare_alias_qualified_name_has_its_own_group()
    {
        // `Ext::Foo.Bar` is a qualified name whose left part is alias-qualified: CSharpier sorts it under "E".
        var input = Usings(
            "using Zeta;",
            "using Ext::Foo.Bar;",
            "using Ext::Foo;",
            "using Alpha;",
            "using System;"
        );

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                Usings(
                    "using System;",
                    "using Ext::Foo;",
                    "using Alpha;",
                    "using Ext::Foo.Bar;",
                    "using Zeta;"
                )
            )
        );
    }

    [Test]
    public void Extern_aliases_come_first_in_their_own_order_and_the_blank_line_after_them_stays()
    {
        var input = Usings(
            "extern alias Zz;",
            "extern alias Aa;",
            "",
            "using Zeta;",
            "using Alpha;"
        );

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                Usings("extern alias Zz;", "extern alias Aa;", "", "using Alpha;", "using Zeta;")
            )
        );
    }

    [Test]
    public void Comments_above_a_using_and_after_it_travel_with_it_and_blank_lines_are_merged()
    {
        var input =
            "using Zeta; // why zeta\n\n// about beta\n// second line\nusing Beta;\n\n\n/// doc\nusing Alpha;\nclass C { }\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "/// doc\nusing Alpha;\n// about beta\n// second line\nusing Beta;\nusing Zeta; // why zeta\nclass C { }\n"
            )
        );
    }

    [Test]
    public void The_header_above_the_first_using_stays_on_top()
    {
        var input =
            "// Licensed under MIT.\n\n#nullable enable\n#pragma warning disable CS1591\n// about zeta\nusing Zeta;\n// about alpha\nusing Alpha;\nclass C { }\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "// Licensed under MIT.\n\n#nullable enable\n#pragma warning disable CS1591\n// about zeta\n// about alpha\nusing Alpha;\nusing Zeta;\nclass C { }\n"
            )
        );
    }

    [Test]
    public void Sorts_each_region_between_preprocessor_directives_on_its_own_and_keeps_if_blocks_as_they_are()
    {
        var input =
            "using Zeta;\nusing Beta;\n#if DEBUG\nusing Delta;\nusing Alpha;\n#else\nusing Yy;\nusing Xx;\n#endif\nusing Gamma;\nusing Ace;\nclass C { }\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "using Beta;\nusing Zeta;\n#if DEBUG\nusing Delta;\nusing Alpha;\n#else\nusing Yy;\nusing Xx;\n#endif\nusing Ace;\nusing Gamma;\nclass C { }\n"
            )
        );
    }

    [Test]
    public void Keeps_regions_and_pragmas_intact_and_sorts_inside_them()
    {
        var input =
            "using Zeta;\nusing Yak;\n#region Imports\nusing Beta;\nusing Alpha;\n#endregion\n#pragma warning disable CS0105\nusing Gamma;\nusing Epsilon;\n#pragma warning restore CS0105\nclass C { }\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "using Yak;\nusing Zeta;\n#region Imports\nusing Alpha;\nusing Beta;\n#endregion\n#pragma warning disable CS0105\nusing Epsilon;\nusing Gamma;\n#pragma warning restore CS0105\nclass C { }\n"
            )
        );
    }

    [Test]
    public void Sorts_the_usings_of_each_namespace_on_their_own()
    {
        var input =
            "using Zeta;\nusing Alpha;\nnamespace N\n{\n    // about Y\n    using Y;\n    using X;\n    namespace Inner\n    {\n        using Q;\n        using P;\n    }\n}\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "using Alpha;\nusing Zeta;\nnamespace N\n{\n    // about Y\n    using X;\n    using Y;\n    namespace Inner\n    {\n        using P;\n        using Q;\n    }\n}\n"
            )
        );
    }

    [Test]
    public void Sorts_the_usings_of_a_file_scoped_namespace()
    {
        var input = "namespace N;\n\nusing Zeta;\nusing Alpha;\n\nclass C { }\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo("namespace N;\n\nusing Alpha;\nusing Zeta;\n\nclass C { }\n")
        );
    }

    [Test]
    public void Orders_a_global_usings_file()
    {
        var input =
            "global using Xunit;\nglobal using System.Linq;\nglobal using Moq;\nglobal using System;\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "global using System;\nglobal using System.Linq;\nglobal using Moq;\nglobal using Xunit;\n"
            )
        );
    }

    [Test]
    public void Leaves_ignore_regions_as_they_are()
    {
        var input =
            "using Zeta;\nusing Alpha;\n// groundwork-ignore-start\nusing Yy;\nusing Xx;\n// groundwork-ignore-end\nusing Delta;\nusing Beta;\nclass C { }\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "using Alpha;\nusing Zeta;\n// groundwork-ignore-start\nusing Yy;\nusing Xx;\n// groundwork-ignore-end\nusing Beta;\nusing Delta;\nclass C { }\n"
            )
        );
    }

    [Test]
    public void An_ignore_start_without_an_end_keeps_the_rest_of_the_block()
    {
        var input =
            "using Zeta;\nusing Alpha;\n// groundwork-ignore-start\nusing Yy;\nusing Xx;\nclass C { }\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "using Alpha;\nusing Zeta;\n// groundwork-ignore-start\nusing Yy;\nusing Xx;\nclass C { }\n"
            )
        );
    }

    [Test]
    public void Keeps_indentation_spacing_and_line_endings_as_they_are()
    {
        var input = "namespace N {\r\n      using   Zeta ;\r\n  using Alpha;\r\n}\r\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo("namespace N {\r\n  using Alpha;\r\n      using   Zeta ;\r\n}\r\n")
        );
    }

    [Test]
    public void With_mixed_line_endings_each_line_keeps_its_place_s_ending()
    {
        // The first line ending is the one CSharpier's "auto" end of line follows: it must stay LF.
        var input = "using Zeta;\nusing Beta; // b\r\n\r\nusing Alpha;\nclass C { }\r\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo("using Alpha;\nusing Beta; // b\r\nusing Zeta;\r\nclass C { }\r\n")
        );
    }

    [Test]
    public void A_file_in_order_is_left_unchanged()
    {
        var input = Usings(
            "using System;",
            "using Alpha;",
            "using static System.Math;",
            "using A = B;"
        );

        var result = Rewriter.Rewrite("/virtual/File.cs", input, CancellationToken.None);

        Assert.That(result.NewText, Is.Null);
        Assert.That(result.Findings, Is.Empty);
    }

    [Test]
    public void Two_usings_on_one_line_out_of_order_are_left_alone_with_GW2002()
    {
        var input = "using Zeta; using Alpha;\nclass C { }\n";

        var result = Rewriter.Rewrite("/virtual/File.cs", input, CancellationToken.None);

        Assert.That(result.NewText, Is.Null);
        Assert.That(result.Findings, Has.Count.EqualTo(1));
        var finding = result.Findings[0];
        Assert.That(finding.Code, Is.EqualTo(Findings.UsingsNotSortableCode));
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Info));
        Assert.That(finding.Line, Is.EqualTo(1));
        Assert.That(finding.Message, Does.Contain("shares its line"));
    }

    [Test]
    public void Two_usings_on_one_line_already_in_order_need_nothing()
    {
        var result = Rewriter.Rewrite(
            "/virtual/File.cs",
            "using Alpha; using Zeta;\nclass C { }\n",
            CancellationToken.None
        );

        Assert.That(result.NewText, Is.Null);
        Assert.That(result.Findings, Is.Empty);
    }

    [Test]
    public void A_file_with_a_syntax_error_is_left_alone_with_GW0001()
    {
        var result = Rewriter.Rewrite(
            "/virtual/File.cs",
            "using Zeta;\nusing Alpha\nclass C { }\n",
            CancellationToken.None
        );

        Assert.That(result.NewText, Is.Null);
        Assert.That(result.Findings.Single().Code, Is.EqualTo(Findings.SyntaxErrorCode));
    }

    [Test]
    public void Ordering_is_idempotent()
    {
        var once = Ordered(
            "// h\nusing Zeta;\n\n// c\nusing static S.T;\nusing System;\nusing A = B;\nclass C { }\n"
        );

        Assert.That(Ordered(once), Is.EqualTo(once));
    }

    [Test]
    public void Cache_fingerprint_names_the_options()
    {
        Assert.That(
            Rewriter.Fingerprint("/virtual/File.cs"),
            Does.Contain(UsingsOptions.Default.Fingerprint)
        );
    }

    [Test]
    public void System_directives_sort_among_the_rest_when_the_editorconfig_says_so()
    {
        using var folder = new TempFolder();
        folder.Write(
            ".editorconfig",
            Encoding.UTF8.GetBytes(
                "root = true\n[*.cs]\ndotnet_sort_system_directives_first = false\n"
            )
        );
        var rewriter = new UsingsRewriter(new UsingsOptionsProvider());
        var input = Usings(
            "using Zeta;",
            "using System;",
            "using Alpha;",
            "using static Zed.Q;",
            "using static System.Math;"
        );

        var result = rewriter.Rewrite(
            Path.Combine(folder.Path, "File.cs"),
            input,
            CancellationToken.None
        );

        Assert.That(
            result.NewText,
            Is.EqualTo(
                Usings(
                    "using Alpha;",
                    "using System;",
                    "using Zeta;",
                    "using static System.Math;",
                    "using static Zed.Q;"
                )
            )
        );
    }

    [TestCase("", false)]
    [TestCase("root = true\n", true)]
    public void A_root_editorconfig_hides_the_settings_of_the_folders_above_it(
        string innerHeader,
        bool systemFirst
    )
    {
        using var folder = new TempFolder();
        folder.Write(
            ".editorconfig",
            Encoding.UTF8.GetBytes(
                "root = true\n[*.cs]\ndotnet_sort_system_directives_first = false\n"
            )
        );
        folder.Write(
            "Inner/.editorconfig",
            Encoding.UTF8.GetBytes(innerHeader + "[*.cs]\nindent_size = 4\n")
        );

        var options = new UsingsOptionsProvider()
            .Resolve(Path.Combine(folder.Path, "Inner", "File.cs"))
            .Options;

        Assert.That(options?.SortSystemDirectivesFirst, Is.EqualTo(systemFirst));
    }

    [Test]
    public void Groups_are_separated_by_a_blank_line_when_the_editorconfig_says_so()
    {
        using var folder = new TempFolder();
        folder.Write(
            ".editorconfig",
            Encoding.UTF8.GetBytes(
                "root = true\n[*.cs]\ndotnet_separate_import_directive_groups = true\n"
            )
        );
        var rewriter = new UsingsRewriter(new UsingsOptionsProvider());
        var input = Usings(
            "using Microsoft.Extensions.Logging;",
            "using System.IO;",
            "// about zeta",
            "using Zeta;",
            "using System;",
            "",
            "using Microsoft.CodeAnalysis;",
            "using static System.Math;",
            "using static Zed.Q;",
            "using B = X;",
            "using A = Y;"
        );

        var result = rewriter.Rewrite(
            Path.Combine(folder.Path, "File.cs"),
            input,
            CancellationToken.None
        );

        Assert.That(
            result.NewText,
            Is.EqualTo(
                Usings(
                    "using System;",
                    "using System.IO;",
                    "",
                    "using Microsoft.CodeAnalysis;",
                    "using Microsoft.Extensions.Logging;",
                    "",
                    "// about zeta",
                    "using Zeta;",
                    "",
                    "using static System.Math;",
                    "using static Zed.Q;",
                    "",
                    "using A = Y;",
                    "using B = X;"
                )
            )
        );
    }

    [Test]
    public void An_editorconfig_that_cannot_be_read_is_reported_with_GW0006()
    {
        using var folder = new TempFolder();
        // A symbolic link that points at itself exists, yet every read of it fails (even as root).
        var config = Path.Combine(folder.Path, ".editorconfig");
        File.CreateSymbolicLink(config, config);

        RewriteResult result;
        try
        {
            result = new UsingsRewriter(new UsingsOptionsProvider()).Rewrite(
                Path.Combine(folder.Path, "File.cs"),
                Usings("using Zeta;", "using Alpha;"),
                CancellationToken.None
            );
        }
        finally
        {
            File.Delete(config); // the temp folder's clean-up cannot follow the loop
        }

        Assert.That(result.NewText, Is.Null);
        Assert.That(result.Findings.Single().Code, Is.EqualTo(Findings.InvalidConfigurationCode));
        Assert.That(result.Findings.Single().FilePath, Is.EqualTo(config));
    }

    [Test]
    public void Editorconfig_files_above_a_root_one_are_not_read()
    {
        using var folder = new TempFolder();
        folder.Write(
            ".editorconfig",
            Encoding.UTF8.GetBytes("[*.cs]\ndotnet_sort_system_directives_first = false\n")
        );
        folder.Write(
            "project/.editorconfig",
            Encoding.UTF8.GetBytes(
                "root = true\n[*.cs]\ndotnet_separate_import_directive_groups = true:warning\n"
            )
        );
        folder.Write("other/.editorconfig", Encoding.UTF8.GetBytes("[*.cs]\nindent_size = 2\n"));
        var provider = new UsingsOptionsProvider();

        Assert.That(
            provider.Resolve(Path.Combine(folder.Path, "project", "sub", "File.cs")).Options,
            Is.EqualTo(
                new UsingsOptions(
                    SortSystemDirectivesFirst: true,
                    SeparateImportDirectiveGroups: true
                )
            )
        );
        Assert.That(
            provider.Resolve(Path.Combine(folder.Path, "other", "File.cs")).Options,
            Is.EqualTo(
                new UsingsOptions(
                    SortSystemDirectivesFirst: false,
                    SeparateImportDirectiveGroups: false
                )
            ),
            "a folder without a root .editorconfig inherits from the ones above"
        );
    }

    private const string ReadmeBefore =
        "using Zeta;\nusing System.Text;\nusing Microsoft.Extensions.Logging;\nusing static System.Math;\nusing System;\nusing Microsoft.CodeAnalysis;\n";

    [Test]
    public void The_README_example_with_the_defaults()
    {
        Assert.That(
            Ordered(ReadmeBefore),
            Is.EqualTo(
                "using System;\nusing System.Text;\nusing Microsoft.CodeAnalysis;\nusing Microsoft.Extensions.Logging;\nusing Zeta;\nusing static System.Math;\n"
            )
        );
    }

    [Test]
    public void The_README_example_with_both_options()
    {
        using var folder = new TempFolder();
        folder.Write(
            ".editorconfig",
            Encoding.UTF8.GetBytes(
                "root = true\n[*.cs]\ndotnet_sort_system_directives_first = false\ndotnet_separate_import_directive_groups = true\n"
            )
        );

        var result = new UsingsRewriter(new UsingsOptionsProvider()).Rewrite(
            Path.Combine(folder.Path, "File.cs"),
            ReadmeBefore,
            CancellationToken.None
        );

        Assert.That(
            result.NewText,
            Is.EqualTo(
                "using Microsoft.CodeAnalysis;\nusing Microsoft.Extensions.Logging;\n\nusing System;\nusing System.Text;\n\nusing Zeta;\n\nusing static System.Math;\n"
            )
        );
    }

    [Test]
    public void CSharpier_ignore_regions_are_left_as_they_are_too()
    {
        var input =
            "using Zeta;\n// csharpier-ignore-start\nusing Yy;\nusing Xx;\n// csharpier-ignore-end\nusing Beta;\nusing Alpha;\nclass C { }\n";

        Assert.That(
            Ordered(input),
            Is.EqualTo(
                "using Zeta;\n// csharpier-ignore-start\nusing Yy;\nusing Xx;\n// csharpier-ignore-end\nusing Alpha;\nusing Beta;\nclass C { }\n"
            )
        );
    }
}
