using System.Reflection;
using Groundwork.Engine.Format.Options;

namespace Groundwork.Engine.Tests.Format.Options;

/// <summary>
/// <c>.csharpierignore</c> against the CSharpier 1.3.0 CLI's own ignore rules (<see cref="CSharpierCliAssembly"/>):
/// for each ignore file, every path below is ignored by Groundwork exactly when the CLI ignores it.
/// </summary>
[NonParallelizable]
public sealed class CSharpierIgnoreParityTests
{
    private static readonly string[] Paths =
    [
        "Generated.cs",
        "sub/Generated.cs",
        "Root.cs",
        "sub/Root.cs",
        "Migrations/Init.cs",
        "src/Migrations/Init.cs",
        "Migrations/Keep.cs",
        "Keep.cs",
        "Tests/ATests.cs",
        "tests/b.cs",
        "docs/a/b/c.cs",
        "docs/x.cs",
        "Foo/a.cs",
        "Foo/bar/a.cs",
        "File1.cs",
        "File12.cs",
        "a.Designer.cs",
        "A.DESIGNER.cs",
        "a1.cs",
        "b1.cs",
        "#hash.cs",
        "!important.cs",
        "spaced.cs",
        "my file.cs",
        "node_modules/lib.cs",
        "obj/x.cs",
        "bin/Debug/x.cs",
        "x.hs",
        "Old/legacy.cs",
        "deep/er/Old/legacy.cs",
        "sub/deeper/z.cs",
    ];

    private static readonly string[] IgnoreFiles =
    [
        "Generated.cs",
        "*.Designer.cs",
        "*.designer.cs",
        "Migrations/",
        "/Root.cs",
        "sub/*.cs",
        "**/Old/*.cs",
        "docs/**/*.cs",
        "docs/**",
        "docs/*/",
        "Foo/**.cs",
        "*.cs\n!Keep.cs",
        "Migrations/\n!Migrations/Keep.cs",
        "**/*.cs\n!**/Keep.cs\nKeep.cs",
        "[Tt]ests/",
        "File?.cs",
        "*.[ch]s",
        "a[[:digit:]].cs",
        "[!a]1.cs",
        "\\#hash.cs",
        "\\!important.cs",
        "# Generated.cs\n\n",
        "  spaced.cs  \r\n",
        "my\\ file.cs",
        "x[.cs\nRoot.cs",
        "Root.cs\n# the next line stops the CLI\nGenerated[.cs",
        "[[:bogus:]].cs\nRoot.cs",
        "!node_modules/",
        "sub/",
        "/sub",
        "Old",
        "*",
        "*\n!*/\n!Keep.cs",
    ];

    private string root = "";

    [SetUp]
    public void CreateFolder()
    {
        this.root = Path.Combine(Path.GetTempPath(), "gw-ignore-" + Guid.NewGuid().ToString("N"));
        // A repository of its own, so that the CLI reads no .gitignore above the folder.
        Directory.CreateDirectory(Path.Combine(this.root, ".git"));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(this.root, recursive: true);

    [TestCaseSource(nameof(IgnoreFiles))]
    public void A_csharpierignore_leaves_out_what_the_cli_leaves_out(string ignoreText)
    {
        var ignorePath = Path.Combine(this.root, ".csharpierignore");
        File.WriteAllText(ignorePath, ignoreText);
        object cli;
        try
        {
            cli = CliIgnoreFile(this.root);
        }
        catch (ArgumentException refused) // the CLI's RegexParseException
        {
            // The CLI stops on this file: Groundwork reports it (GW0006) at the line that stops the CLI.
            var error = Assert.Throws<ConfigFileException>(() =>
                CSharpierIgnoreFile.Read(ignorePath)
            );
            Assert.That(error!.Line, Is.EqualTo(LineOf(ignoreText, "[")), refused.Message);
            return;
        }
        var ours = CSharpierIgnoreFile.Read(ignorePath);

        var expected = Paths.Where(p => CliIgnores(cli, Path.Combine(this.root, p))).ToList();
        var actual = Paths.Where(p => ours.Ignores(Path.Combine(this.root, p))).ToList();

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void The_parity_test_sees_the_cli_ignore_files() =>
        // Without this, a CLI that ignored nothing would agree with an ignore reader that does nothing.
        Assert.That(
            Paths.Where(p =>
            {
                File.WriteAllText(Path.Combine(this.root, ".csharpierignore"), "Migrations/\n");
                return CliIgnores(CliIgnoreFile(this.root), Path.Combine(this.root, p));
            }),
            Is.EqualTo(
                new[]
                {
                    "Migrations/Init.cs",
                    "src/Migrations/Init.cs",
                    "Migrations/Keep.cs",
                    "node_modules/lib.cs",
                    "obj/x.cs",
                    "bin/Debug/x.cs",
                }
            )
        );

    private static int LineOf(string text, string part) =>
        text[..text.IndexOf(part, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static object CliIgnoreFile(string folder)
    {
        var ignoreFile = CSharpierCliAssembly.Type("CSharpier.Cli.IgnoreFile");
        var fileSystem = Activator.CreateInstance(
            CSharpierCliAssembly.Type(
                "TestableIO.System.IO.Abstractions.Wrappers",
                "System.IO.Abstractions.FileSystem"
            )
        );
        var task = (Task)
            ignoreFile
                .GetMethod("CreateAsync", BindingFlags.Public | BindingFlags.Static)!
                .Invoke(null, [folder, fileSystem, null, null, CancellationToken.None])!;
        task.GetAwaiter().GetResult();
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    private static bool CliIgnores(object ignoreFile, string path) =>
        (bool)
            ignoreFile
                .GetType()
                .GetMethod("IsIgnored", BindingFlags.Public | BindingFlags.Instance)!
                .Invoke(ignoreFile, [path, false])!;
}
