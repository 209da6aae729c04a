using System.Xml.Linq;
using Groundwork.Cli.Projects;

namespace Groundwork.Cli.Tests.Unit;

public class CompilationInputsReaderTests
{
    /// <summary>
    /// The CLI and the MSBuild target read the compiler's inputs after the same targets: a target missing from
    /// one of them (PrepareResources once was) leaves that path without the sources it generates, and the
    /// DeadCode stage then cannot judge the project there only.
    /// </summary>
    [Test]
    public void The_CLI_runs_the_same_targets_as_the_DeadCode_target_before_it_reads_the_inputs()
    {
        var targets = XDocument.Load(Path.Combine(Repository.Root, "build", "Groundwork.targets"));
        var inputs = targets
            .Descendants("Target")
            .Single(t => (string?)t.Attribute("Name") == "_GroundworkCompilationInputs");

        Assert.That(
            CompilationInputsReader.PrepareTargets,
            Is.EqualTo((string)inputs.Attribute("DependsOnTargets")!)
        );
        Assert.That(
            CompilationInputsReader.PrepareTargets.Split(';'),
            Does.Contain("PrepareResources")
        );
    }
}
