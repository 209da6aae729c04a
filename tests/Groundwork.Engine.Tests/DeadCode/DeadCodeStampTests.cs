using Groundwork.Engine.DeadCode;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Stages;

namespace Groundwork.Engine.Tests.DeadCode;

public class DeadCodeStampTests
{
    private static DeadCodeRequest Request(
        TestProject project,
        BuildInputs build,
        StageMode mode = StageMode.Check
    ) => new([build], build.SourceFiles, mode, FindingSeverity.Error, project.Directory);

    [Test]
    public void The_stamp_changes_with_a_source_an_option_or_the_mode_and_not_otherwise()
    {
        using var project = new TestProject();
        var file = project.Write("A.cs", "public static class A { }\n");
        var build = project.Build();
        var stamp = DeadCodeStamp.Compute(Request(project, build));

        Assert.That(DeadCodeStamp.Compute(Request(project, build)), Is.EqualTo(stamp));
        Assert.That(
            DeadCodeStamp.Compute(Request(project, build with { DefineConstants = "X" })),
            Is.Not.EqualTo(stamp)
        );
        Assert.That(
            DeadCodeStamp.Compute(Request(project, build, StageMode.Fix)),
            Is.Not.EqualTo(stamp)
        );
        File.WriteAllText(file, "public static class A { public static int B; }\n");
        Assert.That(DeadCodeStamp.Compute(Request(project, build)), Is.Not.EqualTo(stamp));
    }

    [Test]
    public void The_stamp_changes_with_the_rules()
    {
        using var project = new TestProject();
        project.Write("A.cs", "public static class A { }\n");
        var request = Request(project, project.Build());

        Assert.That(
            DeadCodeStamp.Compute(request with { Rules = DeadCodeRules.Usings }),
            Is.Not.EqualTo(DeadCodeStamp.Compute(request))
        );
    }

    [Test]
    public void A_missing_or_corrupt_stamp_is_not_trusted()
    {
        using var project = new TestProject();
        project.Write("A.cs", "public static class A { }\n");
        var stampFile = project.PathOf("obj/groundwork/deadcode.stamp");
        var stamp = DeadCodeStamp.Compute(Request(project, project.Build()));

        Assert.That(DeadCodeStamp.Matches(stampFile, stamp), Is.False);
        DeadCodeStamp.Save(stampFile, stamp);
        Assert.That(DeadCodeStamp.Matches(stampFile, stamp), Is.True);
        File.WriteAllText(stampFile, stamp);
        Assert.That(DeadCodeStamp.Matches(stampFile, stamp), Is.False, "no header");
        File.WriteAllText(stampFile, "groundwork-deadcode v1\n" + stamp[..10]);
        Assert.That(DeadCodeStamp.Matches(stampFile, stamp), Is.False, "truncated");
    }

    [Test]
    public void A_clean_run_saves_the_stamp_and_a_run_with_findings_deletes_it()
    {
        using var project = new TestProject();
        var file = project.Write("A.cs", "public static class A { }\n");
        var stampFile = project.PathOf("obj/groundwork/deadcode.stamp");
        var clean = Request(project, project.Build()) with { StampFile = stampFile };

        var first = DeadCodeStage.Run(clean, CancellationToken.None);

        Assert.That(first.Findings, Is.Empty);
        Assert.That(DeadCodeStamp.Matches(stampFile, DeadCodeStamp.Compute(clean)), Is.True);

        File.WriteAllText(file, "using System.Net;\n\npublic static class A { }\n");
        var second = DeadCodeStage.Run(clean, CancellationToken.None);

        Assert.That(second.Findings.Select(f => f.Code), Is.EqualTo(new[] { "GW3001" }));
        Assert.That(File.Exists(stampFile), Is.False);
    }
}
