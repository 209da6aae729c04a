using System.Text;
using Groundwork.Engine.Files;
using Microsoft.CodeAnalysis;

namespace Groundwork.Engine.Tests.Files;

public class EditorConfigLookupTests
{
    [Test]
    public void A_global_config_of_the_project_applies_to_every_file_below_the_editorconfig_chain()
    {
        using var folder = new TempFolder();
        var shared = folder.Write(
            "eng/Shared.globalconfig",
            Encoding.UTF8.GetBytes(
                "is_global = true\n\ndotnet_diagnostic.IDE0055.severity = warning\n"
                    + "dotnet_diagnostic.IDE0011.severity = error\ncsharp_prefer_braces = when_multiline\n"
            )
        );
        folder.Write(
            "src/.editorconfig",
            Encoding.UTF8.GetBytes("[*.cs]\ndotnet_diagnostic.IDE0055.severity = suggestion\n")
        );
        var file = Path.Combine(folder.Path, "src", "Code.cs");

        var rules = new EditorConfigLookup().RulesFor(file, [shared]);

        Assert.That(rules, Is.Not.Null);
        Assert.That(rules!.Value.Severities["IDE0011"], Is.EqualTo(ReportDiagnostic.Error));
        Assert.That(
            rules.Value.Severities["IDE0055"],
            Is.EqualTo(ReportDiagnostic.Info),
            "the .editorconfig wins"
        );
        Assert.That(rules.Value.Options["csharp_prefer_braces"], Is.EqualTo("when_multiline"));
        Assert.That(
            new EditorConfigLookup().RulesFor(file, [])!.Value.Severities.ContainsKey("IDE0011"),
            Is.False
        );
    }
}
