using System.Text.RegularExpressions;

namespace Groundwork.IntegrationTests;

/// <summary>
/// Real `dotnet build` runs of the DeadCode samples: every trap of the issue, in every configuration and
/// target framework, checked and fixed with the packed package.
/// </summary>
public class DeadCodeStageBuildTests
{
    private const string Traps = "Traps/Traps.csproj";
    private const string MultiTarget = "MultiTarget/MultiTarget.csproj";
    private const string Locals = "Locals/Locals.csproj";
    private const string Members = "Members/Members.csproj";

    /// <summary>The directives that no build needs, by file and line, as the samples ship.</summary>
    private static readonly string[] UnneededInTraps =
    [
        "Duplicates.cs:1",
        "Duplicates.cs:3",
        "Program.cs:2",
        "Program.cs:3",
        "Program.cs:4",
    ];

    /// <summary>The files of Traps whose usings must all stay: each holds one trap.</summary>
    private static readonly string[] TrapFiles =
    [
        "Globals.cs",
        "Cref.cs",
        "Query.cs",
        "Patterns/Extensions.cs",
        "Patterns/UseEnumerator.cs",
        "Patterns/UseAwaiter.cs",
        "Patterns/UseDeconstruct.cs",
        "Patterns/UseAdd.cs",
        "StaticExtension.cs",
        "AliasAttribute.cs",
        "Configurations.cs",
        "Suppressed/Pragma.cs",
        "Suppressed/KeepComment.cs",
        "Suppressed/EditorConfig.cs",
    ];

    /// <summary>file:line of each finding with the code, relative to the sample's project folder.</summary>
    private static string[] Reported(ProcessResult result, string code, string projectFolder) =>
        [
            .. Regex
                .Matches(
                    result.Output,
                    $@"^\s*(?<file>[^\s(]+\.cs)\((?<line>\d+),\d+\): \w+ {code}:",
                    RegexOptions.Multiline
                )
                .Select(m =>
                    Path.GetRelativePath(projectFolder, m.Groups["file"].Value).Replace('\\', '/')
                    + ":"
                    + m.Groups["line"].Value
                )
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];

    [Test]
    public void Check_reports_only_what_no_build_needs_and_writes_nothing()
    {
        var sample = SampleProject.Copy("DeadCode");
        var before = sample.Snapshot();

        var result = sample.Build(Traps, "-p:GroundworkDeadCode=check");

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(
            Reported(result, "GW3001", sample.PathOf("Traps")),
            Is.EqualTo(UnneededInTraps),
            result.Output
        );
        Assert.That(
            result.Output,
            Does.Contain(
                $"{sample.PathOf("Traps/Program.cs")}(2,1): error GW3001: The using directive 'using System.Net;' is not needed"
            )
        );
        Assert.That(
            sample.Snapshot(),
            Is.EquivalentTo(before).Using<KeyValuePair<string, (byte[], DateTime)>>(SameFile)
        );
    }

    [Test]
    public void Fix_removes_the_unused_keeps_every_trap_and_the_build_succeeds_in_Debug_and_Release()
    {
        var sample = SampleProject.Copy("DeadCode");
        var before = sample.Snapshot();

        var fix = sample.Build(Traps, "-p:GroundworkDeadCode=fix", "-v:n");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(fix.Output, Does.Contain("Groundwork DeadCode: changed 2 of 16 files."));
        Assert.That(
            File.ReadAllText(sample.PathOf("Traps/Program.cs")),
            Does.StartWith("using System;\n\nnamespace Traps;")
        );
        Assert.That(
            File.ReadAllText(sample.PathOf("Traps/Duplicates.cs")),
            Does.StartWith("using System.IO;\n\nnamespace Traps;")
        );
        var after = sample.Snapshot();
        foreach (var trap in TrapFiles)
        {
            var path = sample.PathOf("Traps/" + trap);
            Assert.That(
                SameFile(before[path], after[path]),
                Is.True,
                $"{trap} must stay as it was"
            );
        }

        foreach (var configuration in new[] { "Debug", "Release" })
        {
            var check = sample.Build(Traps, "-c", configuration, "-p:GroundworkDeadCode=check");
            Assert.That(check.ExitCode, Is.Zero, $"{configuration}: {check}");
            Assert.That(Reported(check, "GW3001", sample.Directory), Is.Empty);
        }
        Assert.That(
            sample.Snapshot(),
            Is.EquivalentTo(after).Using<KeyValuePair<string, (byte[], DateTime)>>(SameFile)
        );
    }

    [Test]
    public void NoWarn_turns_GW3001_off_and_a_clean_run_leaves_a_stamp_that_findings_remove()
    {
        var sample = SampleProject.Copy("DeadCode");
        var stamp = sample.PathOf("Traps/obj/groundwork/deadcode.Debug.stamp");

        var suppressed = sample.Build(Traps, "-p:GroundworkDeadCode=check", "-p:NoWarn=GW3001");

        Assert.That(suppressed.ExitCode, Is.Zero, suppressed.ToString());
        Assert.That(Reported(suppressed, "GW3001", sample.Directory), Is.Empty);
        Assert.That(File.Exists(stamp), Is.True, "a run with nothing to report is remembered");

        var reported = sample.Build(Traps, "-p:GroundworkDeadCode=check");
        Assert.That(reported.ExitCode, Is.Not.Zero);
        Assert.That(File.Exists(stamp), Is.False, "a run with findings must run again next time");
    }

    [Test]
    public void The_three_stages_run_in_order_in_one_build_and_a_second_build_finds_nothing()
    {
        var sample = SampleProject.Copy("DeadCode");
        string[] all =
        [
            "-p:GroundworkFormat=fix",
            "-p:GroundworkUsings=fix",
            "-p:GroundworkDeadCode=fix",
        ];

        // A local whose removal leaves a discard short enough for one line: the Format check after the fix must
        // not find the wrapped layout the declaration had (found on AutoMapper).
        File.WriteAllText(
            sample.PathOf("Traps/Wrapped.cs"),
            "namespace Traps;\n\npublic static class Wrapped\n{\n    public static object Map(object source, System.Type from, System.Type to) => source;\n\n"
                + "    public static void Run(object source)\n    {\n"
                + "        DestinationType mapped = (DestinationType)Map(source, source.GetType(), typeof(DestinationType));\n"
                + "    }\n}\n\npublic sealed class DestinationType { }\n"
        );

        var fix = sample.Build([Traps, .. all, "-v:n"]);

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(
            File.ReadAllText(sample.PathOf("Traps/Wrapped.cs")),
            Does.Contain(
                "        _ = (DestinationType)Map(source, source.GetType(), typeof(DestinationType));\n"
            )
        );
        var order = new[] { "Groundwork Format:", "Groundwork Usings:", "Groundwork DeadCode:" }
            .Select(stage => fix.Output.LastIndexOf(stage, StringComparison.Ordinal))
            .ToList();
        Assert.That(order, Is.Ordered.And.All.GreaterThanOrEqualTo(0), fix.Output);
        Assert.That(
            File.ReadAllText(sample.PathOf("Traps/Program.cs")),
            Does.Not.Contain("System.Net")
        );

        var check = sample.Build(
            Traps,
            "-p:GroundworkFormat=check",
            "-p:GroundworkUsings=check",
            "-p:GroundworkDeadCode=check"
        );
        Assert.That(check.ExitCode, Is.Zero, check.ToString());
    }

    [Test]
    public void Fix_removes_unused_locals_and_the_program_prints_what_it_printed()
    {
        var sample = SampleProject.Copy("DeadCode");
        var environment = new Dictionary<string, string?>();
        var program = sample.PathOf("Locals/bin/Debug/net10.0/Locals.dll");

        var plain = sample.Build(Locals, "-p:GroundworkDeadCode=off");
        Assert.That(plain.ExitCode, Is.Zero, plain.ToString());
        var before = Dotnet.Run(sample.Directory, environment, program);
        Assert.That(
            before.Output.Trim(),
            Is.EqualTo("initializer,assignment,pattern,chain,kept,loop,loop,conditional")
        );

        var fix = sample.Build(Locals, "-p:GroundworkDeadCode=fix", "-v:n");
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        var after = Dotnet.Run(sample.Directory, environment, program);

        Assert.That(after.ExitCode, Is.Zero, after.ToString());
        Assert.That(after.Output, Is.EqualTo(before.Output));
        Assert.That(
            File.ReadAllText(sample.PathOf("Locals/Program.cs")),
            Does.Contain(
                """
                        _ = Record("initializer");
                        _ = Log.Count;
                        _ = Record("assignment");
                        int.TryParse("12", out var parsed);
                        object boxed = "text";
                        if (boxed is string)
                            Record("pattern");
                        _ = Record("chain");
                        var kept = Record("kept"); // groundwork: keep
                        using var stream = new MemoryStream();
                        foreach (var item in new[] { 1, 2 })
                            Record("loop");
                """.Replace("\r\n", "\n")
            )
        );
        Assert.That(
            File.ReadAllText(sample.PathOf("Locals/Program.cs")),
            Does.Contain("var value = Program.Record(\"conditional\");")
        );

        // Converged: a check build finds nothing left, in Debug and Release.
        foreach (var configuration in new[] { "Debug", "Release" })
        {
            var check = sample.Build(Locals, "-c", configuration, "-p:GroundworkDeadCode=check");
            Assert.That(check.ExitCode, Is.Zero, $"{configuration}: {check}");
        }
    }

    [Test]
    public void Check_reports_GW3002_and_an_unknown_rule_fails_the_build_with_GW0005()
    {
        var sample = SampleProject.Copy("DeadCode");

        var check = sample.Build(Locals, "-p:GroundworkDeadCode=check");
        var usingsOnly = sample.Build(
            Locals,
            "-p:GroundworkDeadCode=check",
            "-p:GroundworkDeadCodeRules=usings"
        );
        var unknown = sample.Build(
            Locals,
            "-p:GroundworkDeadCode=check",
            "-p:GroundworkDeadCodeRules=usings%3Bmember"
        );

        Assert.That(
            Reported(check, "GW3002", sample.PathOf("Locals")),
            Is.EqualTo(
                new[]
                {
                    "Program.cs:19",
                    "Program.cs:20",
                    "Program.cs:21",
                    "Program.cs:22",
                    "Program.cs:26",
                    "Program.cs:28",
                    "Program.cs:29",
                }
            ),
            check.Output
        );
        Assert.That(usingsOnly.ExitCode, Is.Zero, usingsOnly.ToString());
        Assert.That(unknown.ExitCode, Is.Not.Zero);
        Assert.That(
            unknown.Output,
            Does.Contain(
                "error GW0005: The property GroundworkDeadCodeRules has the value 'usings;member': 'member' is not a DeadCode rule. Allowed names, separated by ; or ,: usings, locals, members"
            )
        );
    }

    [Test]
    public void An_invalid_value_fails_the_build_with_GW0005()
    {
        var sample = SampleProject.Copy("DeadCode");

        var result = sample.Build(Traps, "-p:GroundworkDeadCode=yes");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(
            result.Output,
            Does.Contain("error GW0005: The property GroundworkDeadCode has the value 'yes'.")
        );
    }

    [Test]
    public void A_using_that_one_target_framework_needs_stays_and_every_framework_builds()
    {
        var sample = SampleProject.Copy("DeadCode");

        var fix = sample.Build(MultiTarget, "-p:GroundworkDeadCode=fix", "-v:n");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(
            Regex.Matches(fix.Output, @"Groundwork DeadCode: changed 2 of 4 files\.").Count,
            Is.EqualTo(1),
            "the stage runs once for both target frameworks"
        );
        Assert.That(
            File.ReadAllText(sample.PathOf("MultiTarget/Shared.cs")),
            Does.StartWith("using Polyfills;\n\nnamespace MultiTarget;")
        );
        Assert.That(
            File.ReadAllText(sample.PathOf("MultiTarget/Modern.cs")),
            Does.StartWith("#if NET10_0_OR_GREATER\nusing System.Collections.Frozen;\n#endif\n")
        );

        var release = sample.Build(MultiTarget, "-c", "Release", "-p:GroundworkDeadCode=check");
        Assert.That(release.ExitCode, Is.Zero, release.ToString());
        var inner = sample.Build(MultiTarget, "-f", "net8.0", "-p:GroundworkDeadCode=check");
        Assert.That(
            inner.ExitCode,
            Is.Zero,
            "an inner build on its own still judges every framework: " + inner
        );
    }

    /// <summary>
    /// Roslyn's IDE0005, run in the build (EnforceCodeStyleInBuild, documentation comments on), next to GW3001
    /// on the same samples. IDE0005 reports a run of consecutive unnecessary usings once, at its first line, so
    /// GW3001's lines are compared as runs too. Every difference is one the README explains.
    /// </summary>
    [Test]
    public void Compared_with_IDE0005_the_differences_are_the_documented_ones()
    {
        var sample = SampleProject.Copy("DeadCode");
        foreach (var project in new[] { "Traps", "MultiTarget" })
            File.AppendAllText(
                sample.PathOf($"{project}/.editorconfig"),
                "\n[*.cs]\ndotnet_diagnostic.IDE0005.severity = warning\n"
            );
        var ide = new[] { Traps, MultiTarget }
            .Select(p =>
                sample.Build(
                    p,
                    "-p:EnforceCodeStyleInBuild=true",
                    "-p:GenerateDocumentationFile=true"
                )
            )
            .ToList();
        var groundwork = new[] { Traps, MultiTarget }
            .Select(p =>
                sample.Build(p, "-p:GroundworkDeadCode=check", "-p:GroundworkCheckSeverity=warning")
            )
            .ToList();

        var ideRuns = ide.SelectMany(r => Reported(r, "IDE0005", sample.Directory)).ToHashSet();
        var groundworkRuns = RunStarts(
            groundwork.SelectMany(r => Reported(r, "GW3001", sample.Directory))
        );

        Assert.That(
            ideRuns.Except(groundworkRuns).Order(StringComparer.Ordinal),
            Is.EqualTo(
                new[]
                {
                    // net10.0 does not need `using Polyfills;`, net8.0 does (IDE0005 judges one framework).
                    "MultiTarget/Shared.cs:1",
                    // Used by the #else branch, which a Debug build does not compile.
                    "Traps/Configurations.cs:4",
                    // GW3001 is suppressed there; IDE0005 is a different diagnostic.
                    "Traps/Suppressed/EditorConfig.cs:1",
                    "Traps/Suppressed/KeepComment.cs:1",
                    "Traps/Suppressed/Pragma.cs:2",
                }
            ),
            string.Join("\n", ide.Select(r => r.Output))
        );
        Assert.That(
            groundworkRuns.Except(ideRuns),
            Is.Empty,
            "GW3001 never reports more than IDE0005"
        );
        Assert.That(
            ideRuns,
            Does.Contain("MultiTarget/Shared.cs:2"),
            "the net8.0 build reports the run from its second line, as GW3001 does"
        );
    }

    [Test]
    public void Compared_with_IDE0059_on_locals_the_differences_are_the_documented_ones()
    {
        var sample = SampleProject.Copy("DeadCode");
        File.WriteAllText(
            sample.PathOf("Locals/.editorconfig"),
            "[*.cs]\ndotnet_diagnostic.IDE0059.severity = warning\n"
        );

        var ide = sample.Build(Locals, "-p:EnforceCodeStyleInBuild=true");
        var groundwork = sample.Build(
            Locals,
            "-p:GroundworkDeadCode=check",
            "-p:GroundworkCheckSeverity=warning",
            "-p:GroundworkDeadCodeRules=locals"
        );
        var ideLines = Reported(ide, "IDE0059", sample.PathOf("Locals"));
        var groundworkLines = Reported(groundwork, "GW3002", sample.PathOf("Locals"));

        // Both keep the local of a member with an #if in its body (Conditional.Run).
        Assert.That(ideLines, Does.Not.Contain("Program.cs:44"));
        Assert.That(
            ideLines.Except(groundworkLines),
            Is.EqualTo(
                new[]
                {
                    "Program.cs:23", // IDE0059: the assignment `later = ...`; GW3002: the declaration, line 22.
                    "Program.cs:24", // an out argument: `out _` could change what the callee sees.
                    "Program.cs:30", // `// groundwork: keep`.
                    "Program.cs:32", // a foreach variable: only its name would change.
                }
            ),
            ide.Output
        );
        Assert.That(
            groundworkLines.Except(ideLines),
            Is.EqualTo(
                new[]
                {
                    "Program.cs:22", // the declaration of `later` (IDE0059 flags its assignment).
                    "Program.cs:28", // `a` is read only by `b`, which goes: GW3002 sees the next pass.
                }
            ),
            groundwork.Output
        );
    }

    [Test]
    public void Fix_removes_unused_private_members_and_the_program_prints_what_it_printed()
    {
        var sample = SampleProject.Copy("DeadCode");
        var environment = new Dictionary<string, string?>();
        var program = sample.PathOf("Members/bin/Debug/net10.0/Members.dll");

        var plain = sample.Build(Members, "-p:GroundworkDeadCode=off");
        Assert.That(plain.ExitCode, Is.Zero, plain.ToString());
        var before = Dotnet.Run(sample.Directory, environment, program);
        Assert.That(before.Output.Trim(), Is.EqualTo("True,1,2,1,embedded,typed"));

        var check = sample.Build(
            Members,
            "-p:GroundworkDeadCode=check",
            "-p:GroundworkDeadCodeRules=members"
        );
        Assert.That(
            Reported(check, "GW3003", sample.PathOf("Members")),
            Is.EqualTo(
                new[]
                {
                    "Program.cs:25",
                    "Program.cs:27",
                    "Program.cs:29",
                    "Program.cs:31",
                    "Program.cs:47",
                }
            ),
            check.Output
        );
        Assert.That(
            check.Output,
            Does.Contain("GW3004: The private field '_written' is assigned but")
        );

        var fix = sample.Build(Members, "-p:GroundworkDeadCode=fix", "-v:n");
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        var after = Dotnet.Run(sample.Directory, environment, program);

        Assert.That(after.ExitCode, Is.Zero, after.ToString());
        Assert.That(after.Output, Is.EqualTo(before.Output));
        var text = File.ReadAllText(sample.PathOf("Members/Program.cs")).Replace("\r\n", "\n");
        Assert.That(
            text,
            Does.Contain(
                    "        return 0;\n    }\n\n    private static void FoundByReflection() { }\n}\n"
                )
                .And.Not.Contain("System.Text")
                .And.Not.Contain("Unused")
                .And.Contain("private int _written;")
                .And.Contain("private void Spare() { } // groundwork: keep")
                .And.Contain("private static int GetValue(object source) => 12;")
        );

        // Converged: a second build finds nothing left.
        var again = sample.Build(Members, "-p:GroundworkDeadCode=check");
        Assert.That(again.ExitCode, Is.Zero, again.ToString());
    }

    [Test]
    public void Compared_with_IDE0051_and_IDE0052_the_differences_are_the_documented_ones()
    {
        var sample = SampleProject.Copy("DeadCode");
        File.WriteAllText(
            sample.PathOf("Members/.editorconfig"),
            "[*.cs]\ndotnet_diagnostic.IDE0051.severity = warning\ndotnet_diagnostic.IDE0052.severity = warning\n"
        );

        var ide = sample.Build(Members, "-p:EnforceCodeStyleInBuild=true");
        var groundwork = sample.Build(
            Members,
            "-p:GroundworkDeadCode=check",
            "-p:GroundworkCheckSeverity=warning",
            "-p:GroundworkDeadCodeRules=members"
        );
        var folder = sample.PathOf("Members");

        Assert.That(
            Reported(ide, "IDE0052", folder),
            Is.EqualTo(Reported(groundwork, "GW3004", folder)),
            ide.Output
        );
        var ideLines = Reported(ide, "IDE0051", folder);
        var groundworkLines = Reported(groundwork, "GW3003", folder);
        Assert.That(
            ideLines.Except(groundworkLines),
            Is.EqualTo(
                new[]
                {
                    "Program.cs:22", // named in a string: GetMethod("FoundByReflection").
                    "Program.cs:39", // an attribute ([Obsolete], read by reflection).
                    "Program.cs:45", // `// groundwork: keep`.
                    "Program.cs:57", // a member of a type named in typeof(Conventions), which reflection reads.
                }
            ),
            ide.Output
        );
        Assert.That(
            groundworkLines.Except(ideLines),
            Is.EqualTo(
                new[]
                {
                    "Program.cs:27", // Second: used only by First, which goes (IDE0051 sees a use).
                    "Program.cs:29", // Third: used only by Second.
                }
            ),
            groundwork.Output
        );
    }

    /// <summary>The first line of each run of consecutive lines in a file.</summary>
    private static HashSet<string> RunStarts(IEnumerable<string> fileLines)
    {
        var starts = new HashSet<string>();
        foreach (var file in fileLines.Select(Split).GroupBy(f => f.File))
        {
            var previous = -2;
            foreach (var line in file.Select(f => f.Line).Distinct().Order())
            {
                if (line != previous + 1)
                    starts.Add($"{file.Key}:{line}");
                previous = line;
            }
        }
        return starts;

        static (string File, int Line) Split(string fileLine)
        {
            var colon = fileLine.LastIndexOf(':');
            return (fileLine[..colon], int.Parse(fileLine[(colon + 1)..]));
        }
    }

    private static bool SameFile(
        KeyValuePair<string, (byte[] Bytes, DateTime Written)> a,
        KeyValuePair<string, (byte[] Bytes, DateTime Written)> b
    ) => a.Key == b.Key && SameFile(a.Value, b.Value);

    private static bool SameFile(
        (byte[] Bytes, DateTime Written) a,
        (byte[] Bytes, DateTime Written) b
    ) => a.Bytes.AsSpan().SequenceEqual(b.Bytes) && a.Written == b.Written;
}
