using System.Text;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Files;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Groundwork.Engine.Stages;
using Groundwork.Engine.Tests.DeadCode;

namespace Groundwork.Engine.Tests.Files;

/// <summary>
/// Temporary files that a killed fix left beside the sources are removed by the next run; nothing else is.
/// </summary>
public class TemporaryFilesTests
{
    private const string Leftover = ".Program.cs.0123456789abcdef0123456789abcdef.gwtmp";

    /// <summary>Names that look like Groundwork's but are not: a user's files, which must survive.</summary>
    private static readonly string[] LookAlikes =
    [
        "notes.gwtmp",
        "Program.cs.gwtmp",
        ".Program.cs.gwtmp",
        ".Program.cs.12345.gwtmp",
        ".Program.cs.0123456789ABCDEF0123456789ABCDEF.gwtmp",
        ".Program.cs.0123456789abcdef0123456789abcdef.gwtmp.bak",
        "Program.cs.0123456789abcdef0123456789abcdef.gwtmp",
    ];

    private static string Old(string path)
    {
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        return path;
    }

    [Test]
    public void The_writer_names_its_temporary_files_as_the_cleanup_recognises_them()
    {
        var name = Path.GetFileName(TemporaryFiles.PathFor("/src/Program.cs"));

        Assert.That(name, Does.Match(@"^\.Program\.cs\.[0-9a-f]{32}\.gwtmp$"));
        Assert.That(TemporaryFiles.IsTemporaryName(name), Is.True);
        Assert.That(LookAlikes.Where(TemporaryFiles.IsTemporaryName), Is.Empty);
    }

    [TestCase(StageMode.Check)]
    [TestCase(StageMode.Fix)]
    public void A_run_removes_old_leftovers_beside_its_files_and_nothing_else(StageMode mode)
    {
        using var folder = new TempFolder();
        var source = folder.Write("Sub/Program.cs", Encoding.UTF8.GetBytes("class C { }\n"));
        var leftover = Old(folder.Write("Sub/" + Leftover, Encoding.UTF8.GetBytes("class")));
        var young = folder.Write(
            "Sub/.Program.cs.fedcba9876543210fedcba9876543210.gwtmp",
            Encoding.UTF8.GetBytes("being written by another build")
        );
        var lookAlikes = LookAlikes
            .Select(n => Old(folder.Write("Sub/" + n, Encoding.UTF8.GetBytes("mine"))))
            .ToList();
        var elsewhere = Old(folder.Write("Other/" + Leftover, Encoding.UTF8.GetBytes("class")));

        new StageRunner(
            new FormatRewriter(new CSharpierOptionsProvider()),
            CleanFileCache.None()
        ).Run([source], mode, FindingSeverity.Error, CancellationToken.None);

        Assert.That(File.Exists(leftover), Is.False, "the leftover of a killed run");
        Assert.That(
            File.Exists(young),
            Is.True,
            "a temporary file younger than a run may be in use"
        );
        Assert.That(
            lookAlikes.Where(f => !File.Exists(f)),
            Is.Empty,
            "files that are not Groundwork's"
        );
        Assert.That(File.Exists(elsewhere), Is.True, "a folder the run has no file in is not read");
    }

    [Test]
    public void A_DeadCode_run_removes_leftovers_even_when_its_stamp_says_nothing_changed()
    {
        using var project = new TestProject();
        project.Write("Program.cs", "namespace Sample;\n\npublic static class Program { }\n");
        var request = new Engine.DeadCode.DeadCodeRequest(
            [project.Build()],
            [project.PathOf("Program.cs")],
            StageMode.Fix,
            FindingSeverity.Error,
            project.Directory,
            StampFile: project.PathOf("obj/deadcode.stamp")
        );
        Engine.DeadCode.DeadCodeStage.Run(request, CancellationToken.None);
        var leftover = Old(project.Write(Leftover, "class"));

        Engine.DeadCode.DeadCodeStage.Run(request, CancellationToken.None);

        Assert.That(File.Exists(leftover), Is.False);
    }
}
