namespace Groundwork.Cli.Tests;

/// <summary>
/// -p|--property, -c|--configuration and -f|--framework: MSBuild global properties for every project's
/// evaluation and for the DeadCode stage's builds, as dotnet build takes them.
/// </summary>
public class GlobalPropertyTests
{
    [TestCase("-p:GroundworkFormat=off")]
    [TestCase("--property:GroundworkFormat=off")]
    [TestCase("-p", "GroundworkFormat=off")]
    [TestCase("-p:GroundworkCheckSeverity=warning;GroundworkFormat=off")]
    [TestCase("-p:GroundworkFormat=check", "-p:GroundworkFormat=off")]
    public void A_global_property_beats_the_projects_own_value(params string[] property)
    {
        using var sample = SampleCopy.Of("CliSolution");

        // App.csproj says <GroundworkFormat>check</GroundworkFormat>, and it has an unformatted file.
        var result = sample.Run(["verify", "App/App.csproj", .. property]);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("No stage ran"), result.ToString());
    }

    [Test]
    public void An_environment_variable_loses_to_the_projects_own_value_as_in_MSBuild()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run(
            new Dictionary<string, string?> { ["GroundworkFormat"] = "off" },
            "verify",
            "App/App.csproj"
        );

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("error GW1001:"));
    }

    [Test]
    public void A_wrong_value_from_the_command_line_is_a_GW0005_at_the_project_file()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify", "App/App.csproj", "-p:GroundworkFormat=loud");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(
            result.Output,
            Does.Contain(
                $"{sample.PathOf("App/App.csproj")}: error GW0005: The property GroundworkFormat has the value 'loud'."
            )
        );
    }

    [TestCase("-p:GroundworkFormat", "'GroundworkFormat'")]
    [TestCase("-p:=off", "'=off'")]
    public void A_property_that_is_not_Name_Value_is_a_usage_error(string property, string named)
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run("verify", "App/App.csproj", property);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("is not a list of Name=Value pairs (" + named));
    }

    [Test]
    public void Framework_evaluates_and_analyses_only_that_target_framework()
    {
        using var sample = SampleCopy.Of("CliSolution");

        // Legacy/ compiles only for net8.0 (see Lib.csproj).
        var net8 = sample.Run(
            "verify",
            "Lib/Lib.csproj",
            "-f",
            "net8.0",
            "--stage",
            "format,deadcode"
        );
        var net10 = sample.Run(
            "verify",
            "Lib/Lib.csproj",
            "--framework",
            "net10.0",
            "--stage",
            "format"
        );

        Assert.That(net8.ExitCode, Is.EqualTo(1), net8.ToString());
        Assert.That(net8.Output, Does.Contain("Lib (net8.0), "), net8.ToString());
        Assert.That(net8.Output, Does.Contain("OldApi.cs(5,1): error GW1001:"));
        Assert.That(net8.Output, Does.Contain("Unneeded.cs(1,1): error GW3001:"));
        // The DeadCode stage prepared the compilation of net8.0 alone: nothing was generated for net10.0.
        Assert.That(Directory.Exists(sample.PathOf("Lib/obj/Debug/net8.0")), Is.True);
        Assert.That(Directory.Exists(sample.PathOf("Lib/obj/Debug/net10.0")), Is.False);

        Assert.That(net10.Output, Does.Contain("Lib (net10.0), "), net10.ToString());
        Assert.That(net10.Output, Does.Not.Contain("OldApi.cs"));
    }

    [Test]
    public void Configuration_changes_the_defines_of_the_DeadCode_stages_build()
    {
        using var sample = SampleCopy.Of("CliSolution");
        // Compiles in Debug only: the SDK defines RELEASE in Release, and the stage then cannot judge the build.
        File.WriteAllText(
            sample.PathOf("Lib/Shipping.cs"),
            """
            namespace Lib;

            public static class Shipping
            {
            #if RELEASE
                public static int Broken() => NoSuchSymbol;
            #endif
            }

            """
        );
        string[] arguments = ["verify", "Lib/Lib.csproj", "-f", "net10.0", "--stage", "deadcode"];

        var debug = sample.Run(arguments);
        var release = sample.Run([.. arguments, "-c", "Release"]);

        Assert.That(debug.ExitCode, Is.EqualTo(1), debug.ToString());
        Assert.That(debug.Output, Does.Contain("Unneeded.cs(1,1): error GW3001:"));
        Assert.That(release.Output, Does.Contain("GW3901"), release.ToString());
        Assert.That(release.Output, Does.Contain("NoSuchSymbol"));
        Assert.That(release.Output, Does.Not.Contain("error GW3001"));
        Assert.That(Directory.Exists(sample.PathOf("Lib/obj/Release/net10.0")), Is.True);
    }
}
