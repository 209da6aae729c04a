namespace Groundwork.IntegrationTests;

/// <summary>A real build in fix mode writes through a symbolic link to the file it leads to, and keeps the link.</summary>
[Platform(Exclude = "Win")] // creating symbolic links on Windows needs a privilege test machines lack
public class SymbolicLinkBuildTests
{
    [Test]
    public void Fix_formats_the_target_of_a_linked_source_and_the_link_stays_a_link()
    {
        var sample = SampleProject.Copy("Messy");
        var target = Path.GetFullPath(Path.Combine(sample.Directory, "..", "Shared", "Linked.cs"));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(
            target,
            "namespace Messy;\npublic static class Linked { public static int One( ) => 1; }\n"
        );
        var link = sample.PathOf("Linked.cs");
        File.CreateSymbolicLink(link, "../Shared/Linked.cs");

        var result = sample.Build(
            "-p:GroundworkFormat=fix",
            "-p:GroundworkIncludeLinkedFiles=true"
        );

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            new FileInfo(link).LinkTarget,
            Is.EqualTo("../Shared/Linked.cs"),
            "still a link"
        );
        Assert.That(
            File.ReadAllText(target),
            Is.EqualTo(
                "namespace Messy;\n\npublic static class Linked\n{\n    public static int One() => 1;\n}\n"
            )
        );
        Assert.That(
            Directory.EnumerateFiles(
                Path.GetDirectoryName(sample.Directory)!,
                "*.gwtmp",
                SearchOption.AllDirectories
            ),
            Is.Empty
        );
    }
}
