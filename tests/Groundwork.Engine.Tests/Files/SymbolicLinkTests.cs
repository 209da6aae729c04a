using System.Runtime.Versioning;
using System.Text;
using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Groundwork.Engine.Tests.DeadCode;

namespace Groundwork.Engine.Tests.Files;

/// <summary>
/// A symbolic link among the sources: fix writes through it to the file it leads to, atomically, and the link
/// stays a link; a link that cannot be written through is left alone with GW0008.
/// </summary>
[Platform(Exclude = "Win")] // creating symbolic links on Windows needs a privilege test machines lack
[UnsupportedOSPlatform("windows")] // and file modes are a Unix notion
public class SymbolicLinkTests
{
    private const string Messy = "class C{int x;}\n";
    private const string Tidy = "class C\n{\n    int x;\n}\n";

    private static StageReport Format(string file, StageMode mode = StageMode.Fix) =>
        new StageRunner(
            new FormatRewriter(new CSharpierOptionsProvider()),
            CleanFileCache.None()
        ).Run([file], mode, FindingSeverity.Error, CancellationToken.None);

    private static string[] TemporaryFilesIn(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.gwtmp", SearchOption.AllDirectories)];

    [Test]
    public void Fix_writes_through_a_relative_link_to_its_target_and_keeps_the_link()
    {
        using var folder = new TempFolder();
        var target = folder.Write("Shared/Real.cs", Encoding.UTF8.GetBytes(Messy));
        var link = Path.Combine(folder.Path, "Project", "Linked.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, "../Shared/Real.cs");

        var report = Format(link);

        Assert.That(report.Findings, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(report.FilesChanged, Is.EqualTo(new[] { link }));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo("../Shared/Real.cs"), "still a link");
        Assert.That(File.ReadAllText(target), Is.EqualTo(Tidy), "the target changed");
        Assert.That(TemporaryFilesIn(folder.Path), Is.Empty);
    }

    [Test]
    public void Fix_writes_through_a_chain_of_links_to_the_final_target_keeping_its_mode()
    {
        using var folder = new TempFolder();
        var target = folder.Write("Real.cs", Encoding.UTF8.GetBytes(Messy));
        File.SetUnixFileMode(
            target,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead
        );
        var middle = Path.Combine(folder.Path, "Middle.cs");
        var link = Path.Combine(folder.Path, "Link.cs");
        File.CreateSymbolicLink(middle, target);
        File.CreateSymbolicLink(link, middle);

        var report = Format(link);

        Assert.That(report.FilesChanged, Is.EqualTo(new[] { link }));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(middle));
        Assert.That(new FileInfo(middle).LinkTarget, Is.EqualTo(target));
        Assert.That(File.ReadAllText(target), Is.EqualTo(Tidy));
        Assert.That(
            File.GetUnixFileMode(target),
            Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)
        );
    }

    [Test]
    public void A_link_that_leads_nowhere_or_in_a_loop_is_left_alone_with_GW0008()
    {
        using var folder = new TempFolder();
        var dangling = Path.Combine(folder.Path, "Dangling.cs");
        File.CreateSymbolicLink(dangling, "Missing.cs");
        var loopA = Path.Combine(folder.Path, "LoopA.cs");
        var loopB = Path.Combine(folder.Path, "LoopB.cs");
        File.CreateSymbolicLink(loopA, loopB);
        File.CreateSymbolicLink(loopB, loopA);

        var report = new StageRunner(
            new FormatRewriter(new CSharpierOptionsProvider()),
            CleanFileCache.None()
        ).Run([dangling, loopA], StageMode.Fix, FindingSeverity.Error, CancellationToken.None);

        Assert.That(
            report.Findings.Select(f => (f.Code, Path.GetFileName(f.FilePath))),
            Is.EquivalentTo(new[] { ("GW0008", "Dangling.cs"), ("GW0008", "LoopA.cs") })
        );
        Assert.That(
            report.Findings.Single(f => f.FilePath == dangling).Message,
            Does.Contain("symbolic link to 'Missing.cs', which does not exist")
        );
        Assert.That(
            report.Findings.Single(f => f.FilePath == loopA).Message,
            Does.Contain("the links form a loop")
        );
        Assert.That(new FileInfo(dangling).LinkTarget, Is.EqualTo("Missing.cs"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "Missing.cs")), Is.False);
    }

    [Test]
    public void A_link_whose_target_folder_takes_no_temporary_file_is_left_alone_with_GW0008()
    {
        Assume.That(Environment.UserName, Is.Not.EqualTo("root"), "root writes any folder");
        using var folder = new TempFolder();
        var target = folder.Write("Locked/Real.cs", Encoding.UTF8.GetBytes(Messy));
        var link = Path.Combine(folder.Path, "Linked.cs");
        File.CreateSymbolicLink(link, target);
        var locked = Path.GetDirectoryName(target)!;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var report = Format(link);

            Assert.That(report.Findings.Single().Code, Is.EqualTo("GW0008"));
            Assert.That(File.ReadAllText(target), Is.EqualTo(Messy));
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target));
        }
        finally
        {
            File.SetUnixFileMode(
                locked,
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            );
        }
    }

    [Test]
    public void A_link_to_a_file_outside_the_project_is_a_linked_file()
    {
        using var folder = new TempFolder();
        var outside = folder.Write("Shared/Real.cs", Encoding.UTF8.GetBytes(Tidy));
        var inside = folder.Write("Project/Own.cs", Encoding.UTF8.GetBytes(Tidy));
        var toOutside = Path.Combine(folder.Path, "Project", "ToShared.cs");
        var toInside = Path.Combine(folder.Path, "Project", "ToOwn.cs");
        File.CreateSymbolicLink(toOutside, outside);
        File.CreateSymbolicLink(toInside, inside);
        var project = Path.Combine(folder.Path, "Project");

        Assert.That(
            new SourceSelection(project, includeLinkedFiles: false).Includes(toOutside),
            Is.False
        );
        Assert.That(
            new SourceSelection(project, includeLinkedFiles: true).Includes(toOutside),
            Is.True
        );
        Assert.That(
            new SourceSelection(project, includeLinkedFiles: false).Includes(toInside),
            Is.True
        );
    }

    [Test]
    public void The_DeadCode_stage_writes_through_a_link_too()
    {
        using var shared = new TempFolder();
        using var project = new TestProject();
        var target = shared.Write(
            "Real.cs",
            Encoding.UTF8.GetBytes(
                "using System.Net;\nusing System.Text;\n\nnamespace Sample;\n\npublic static class Program\n{\n    public static string Make() => new StringBuilder().ToString();\n}\n"
            )
        );
        var link = project.PathOf("Program.cs");
        File.CreateSymbolicLink(link, target);

        var report = DeadCodeStage.Run(
            new DeadCodeRequest(
                [project.Build()],
                [link],
                StageMode.Fix,
                FindingSeverity.Error,
                project.Directory,
                IncludeLinkedFiles: true
            ),
            CancellationToken.None
        );

        Assert.That(report.Findings, Is.Empty, string.Join("\n", report.Findings));
        Assert.That(report.FilesChanged, Is.EqualTo(new[] { link }));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target), "still a link");
        Assert.That(File.ReadAllText(target), Does.StartWith("using System.Text;\n\nnamespace"));
        Assert.That(TemporaryFilesIn(shared.Path), Is.Empty);
    }
}
