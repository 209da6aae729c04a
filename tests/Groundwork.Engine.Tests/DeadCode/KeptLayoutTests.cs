using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format;
using Groundwork.Engine.Format.Options;

namespace Groundwork.Engine.Tests.DeadCode;

/// <summary>
/// With the Format stage on, a file that was formatted before DeadCode's removals is formatted after them, so that
/// fix is done in one run (found on AutoMapper: a wrapped call whose declaration became a discard).
/// </summary>
public class KeptLayoutTests
{
    private static readonly FormatRewriter Formatter = new(new CSharpierOptionsProvider());

    private const string LongCall = """
        using System;

        public static class Mapper
        {
            public static object Map(object source, Type sourceType, Type destinationType) => source;

            public static void Run(object source)
            {
                DestinationType mapped = (DestinationType)Map(source, source.GetType(), typeof(DestinationType));
            }
        }

        public sealed class DestinationType { }

        """;

    private const string UnusedMember = """
        using System;

        public sealed class Counter
        {
            private int _unused;

            public int Next(int step) { return step + 1; }
        }

        """;

    private const string UnusedUsing = """
        using System;
        using System.Text;

        namespace Sample;

        public sealed class Greeter
        {
            public string Greet(string name) => $"Hello, {name}";
        }

        """;

    private static string Formatted(string path, string text) =>
        Formatter.Rewrite(path, text, CancellationToken.None).NewText ?? text;

    private static bool IsFormatted(string path, string text) =>
        Formatter.Rewrite(path, text, CancellationToken.None)
            is { NewText: null, Findings.Count: 0 };

    [TestCase(LongCall, "_ = (DestinationType)Map(")]
    [TestCase(UnusedMember, "public int Next(int step)")]
    [TestCase(UnusedUsing, "namespace Sample;")]
    public void A_formatted_file_is_still_formatted_after_its_removals(string source, string kept)
    {
        using var project = new TestProject { Formatter = Formatter };
        var path = project.PathOf("Sample.cs");
        project.Write("Sample.cs", Formatted(path, source));
        var before = project.Read("Sample.cs");

        var report = project.Fix();

        var after = project.Read("Sample.cs");
        Assert.That(report.Findings.Where(f => f.Severity != FindingSeverity.Info), Is.Empty);
        Assert.That(report.FilesChanged, Is.EqualTo(new[] { path }));
        Assert.That(after, Is.Not.EqualTo(before));
        Assert.That(after, Does.Contain(kept));
        Assert.That(IsFormatted(path, after), Is.True, after);
    }

    [Test]
    public void Without_the_formatter_the_removal_alone_leaves_a_layout_the_Format_stage_would_change()
    {
        // The case above is a real one: the discard keeps the declaration's wrapped layout.
        using var project = new TestProject();
        var path = project.PathOf("Sample.cs");
        project.Write("Sample.cs", Formatted(path, LongCall));

        project.Fix();

        var after = project.Read("Sample.cs");
        Assert.That(after, Does.Contain("_ = (DestinationType)"));
        Assert.That(IsFormatted(path, after), Is.False, after);
    }

    [Test]
    public void A_file_that_was_not_formatted_keeps_its_layout_and_loses_only_the_removed_code()
    {
        using var withFormatter = new TestProject { Formatter = Formatter };
        using var without = new TestProject();
        withFormatter.Write("Sample.cs", LongCall);
        without.Write("Sample.cs", LongCall);

        withFormatter.Fix();
        without.Fix();

        Assert.That(withFormatter.Read("Sample.cs"), Is.Not.EqualTo(LongCall));
        Assert.That(withFormatter.Read("Sample.cs"), Is.EqualTo(without.Read("Sample.cs")));
    }

    [Test]
    public void Check_mode_writes_nothing_and_its_proposed_change_is_the_formatted_text()
    {
        using var project = new TestProject { Formatter = Formatter };
        var path = project.PathOf("Sample.cs");
        project.Write("Sample.cs", Formatted(path, LongCall));
        var before = File.ReadAllBytes(path);

        var report = Engine.DeadCode.DeadCodeStage.Run(
            new Engine.DeadCode.DeadCodeRequest(
                [project.Build()],
                [path],
                Engine.Stages.StageMode.Check,
                FindingSeverity.Error,
                project.Directory,
                KeepProposedChanges: true,
                Formatter: Formatter
            ),
            CancellationToken.None
        );

        Assert.That(File.ReadAllBytes(path), Is.EqualTo(before));
        var proposed = report.ProposedChanges.Single();
        Assert.That(proposed.NewText, Does.Contain("_ = (DestinationType)Map("));
        Assert.That(IsFormatted(path, proposed.NewText), Is.True, proposed.NewText);
    }
}
