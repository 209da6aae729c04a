using System.Reflection;
using Groundwork.Engine.Format.Options;

namespace Groundwork.Engine.Tests.Format.Options;

/// <summary>
/// The YAML csharpierrc reader against the CSharpier 1.3.0 CLI's own parser (<see cref="CSharpierCliAssembly"/>),
/// asked through reflection: same values for every document, and an error, at the same
/// line and column, wherever the CLI fails. This keeps "the CLI's reading by construction" true if either side
/// changes (a YamlDotNet upgrade here, a different model).
/// </summary>
[NonParallelizable]
public sealed class CSharpierCliConfigParityTests
{
    private static readonly Lazy<MethodInfo> CliParser = new(LoadCliParser);

    private static readonly string[] Documents =
    [
        "# settings\nprintWidth: \"60\" # narrow\nuseTabs: yes\nendOfLine: Crlf\n",
        "PrintWidth: 60\nprint_width: 61\nsomething:\n  nested: [1]\nindentSize: 3\n",
        "printWidth: 60\nprintWidth: 70\n",
        "printWidth: {a: 1}\n",
        "useTabs: on\n",
        "useTabs: Y\n",
        "useTabs: 1\n",
        "useTabs: null\n",
        "printWidth: 0x20\nindentSize: 017\n",
        "printWidth: 1_000\n",
        "printWidth: +50\n",
        "printWidth: 60.0\n",
        "printWidth: 1e2\n",
        "printWidth: 99999999999\n",
        "printWidth:\nindentSize: ~\n",
        "endOfLine: 2\n",
        "endOfLine: cr\n",
        "endOfLine: \" lf\"\n",
        "xmlWhitespaceSensitivity: bogus\n",
        "overrides: []\n",
        "overrides: [{files: '*.cs', formatter: csharp, printWidth: 60, indentSize: 2}]\n",
        "overrides:\n- files: \"*.cs\"\n  formatter: csharp\n  printWidth: 80\n  indentSize: 3\n",
        "overrides:\n  - files: '*.cs'\n    formatter:\n    indentSize:\n",
        "overrides:\n  - files:\n      - a.cs\n",
        "overrides:\n- files: '*.cs'\n  printWidth: oops\n",
        "printWidth: &w 60\noverrides:\n- files: '*.cs'\n  printWidth: *w\n",
        "a: &x 60\nprintWidth: *x\n",
        "printWidth: !!int 60\n",
        "printWidth: |\n  60\n",
        "\tprintWidth: 60\n",
        "printWidth: 60\n  indentSize: 2\n",
        "printWidth: 50\n---\nprintWidth: 70\n",
        "%YAML 1.2\n---\nprintWidth: 50\n...\n",
        "\"printWidth\": 60\n",
        "- printWidth: 60\n",
        "just a string\n",
        "printWidth: \"unterminated\n",
        "printWidth: 70\r\nuseTabs: maybe\r\n",
    ];

    [TestCaseSource(nameof(Documents))]
    public void Yaml_reads_as_the_cli_reads_it(string yaml)
    {
        var (cliValues, cliError) = AskTheCli(yaml);

        string? ours = null;
        ConfigFileException? ourError = null;
        try
        {
            ours = Describe(CSharpierYamlConfig.Parse(yaml, "/virtual/.csharpierrc.yaml"));
        }
        catch (ConfigFileException e)
        {
            ourError = e;
        }

        if (cliError is { } where)
        {
            Assert.That(ourError, Is.Not.Null, $"the CLI fails ({where}), Groundwork read {ours}");
            Assert.That((ourError!.Line, ourError.Column), Is.EqualTo(where));
        }
        else
        {
            Assert.That(ourError, Is.Null, ourError?.Message);
            Assert.That(ours, Is.EqualTo(cliValues));
        }
    }

    private static (string? Values, (int Line, int Column)? Error) AskTheCli(string yaml)
    {
        try
        {
            return (Describe(CliParser.Value.Invoke(null, [yaml])!), null);
        }
        catch (TargetInvocationException e)
            when (e.InnerException?.GetType().GetProperty("Start")?.GetValue(e.InnerException)
                    is { } start
            )
        {
            return (null, ((int)(long)Get(start, "Line")!, (int)(long)Get(start, "Column")!));
        }
    }

    // The same text for the CLI's model and ours: property by property, by name, values as text.
    private static string Describe(object model) =>
        string.Join(
            " ",
            new[] { "PrintWidth", "IndentSize", "UseTabs", "EndOfLine", "XmlWhitespaceSensitivity" }
                .Select(name => $"{name}={Get(model, name) ?? "null"}")
                .Append(
                    "Overrides="
                        + (
                            Get(model, "Overrides") is Array overrides
                                ? "["
                                    + string.Join(
                                        ", ",
                                        overrides
                                            .Cast<object?>()
                                            .Select(o =>
                                                o is null
                                                    ? "null"
                                                    : string.Join(
                                                        " ",
                                                        new[]
                                                        {
                                                            "Files",
                                                            "Formatter",
                                                            "PrintWidth",
                                                            "IndentSize",
                                                            "UseTabs",
                                                            "EndOfLine",
                                                        }.Select(n => $"{n}={Get(o, n) ?? "null"}")
                                                    )
                                            )
                                    )
                                    + "]"
                                : "null"
                        )
                )
        );

    private static object? Get(object target, string property) =>
        target.GetType().GetProperty(property)!.GetValue(target);

    private static MethodInfo LoadCliParser() =>
        CSharpierCliAssembly
            .Type("CSharpier.Cli.Options.CSharpierConfigParser")
            .GetMethod("CreateFromContent", BindingFlags.Static | BindingFlags.NonPublic)!;
}
