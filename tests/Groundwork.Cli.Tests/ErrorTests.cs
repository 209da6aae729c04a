namespace Groundwork.Cli.Tests;

/// <summary>Usage and load errors: a clear message on standard error, exit code 2, never a stack trace.</summary>
public class ErrorTests
{
    private static void AssertUsageError(ToolResult result, string message)
    {
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain(message), result.ToString());
        Assert.That(result.Error + result.Output, Does.Not.Contain("   at "), "a stack trace");
        Assert.That(
            result.Error + result.Output,
            Does.Not.Contain("Exception"),
            "an exception name"
        );
    }

    [Test]
    public void A_missing_path_is_a_usage_error()
    {
        using var sample = SampleCopy.Of("CliSolution");

        AssertUsageError(
            sample.Run("verify", "Nowhere.sln"),
            "error: The path 'Nowhere.sln' does not exist."
        );
    }

    [Test]
    public void A_broken_project_is_a_load_error_that_names_the_file_and_the_problem()
    {
        using var sample = SampleCopy.Of("CliSolution");
        File.WriteAllText(
            sample.PathOf("App/App.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>"
        );

        var result = sample.Run("verify");

        AssertUsageError(
            result,
            $"error: Cannot load the project '{sample.PathOf("App/App.csproj")}':"
        );
    }

    [Test]
    public void A_project_with_an_unknown_sdk_is_a_load_error()
    {
        using var sample = SampleCopy.Of("CliSolution");
        File.WriteAllText(
            sample.PathOf("Quiet/Quiet.csproj"),
            "<Project Sdk=\"No.Such.Sdk/1.0.0\" />"
        );

        AssertUsageError(sample.Run("verify", "Quiet"), "No.Such.Sdk");
    }

    [Test]
    public void A_solution_that_names_a_missing_project_is_a_load_error()
    {
        using var sample = SampleCopy.Of("CliSolution");
        Directory.Delete(sample.PathOf("Quiet"), recursive: true);

        AssertUsageError(
            sample.Run("verify"),
            $"names the project '{sample.PathOf("Quiet/Quiet.csproj")}', which does not exist."
        );
    }

    [Test]
    public void An_unknown_deadcode_rule_is_a_usage_error()
    {
        using var sample = SampleCopy.Of("CliSolution");

        AssertUsageError(
            sample.Run("verify", "--deadcode-rules", "usings;member"),
            "error: --deadcode-rules: 'member' is not a DeadCode rule. The rules are: usings, locals, members."
        );
    }

    [Test]
    public void An_unknown_stage_is_a_usage_error()
    {
        using var sample = SampleCopy.Of("CliSolution");

        AssertUsageError(
            sample.Run("verify", "--stage", "tidy"),
            "error: Unknown stage 'tidy'. The stages are: format, usings, deadcode."
        );
    }

    [Test]
    public void Stage_and_all_stages_together_are_a_usage_error()
    {
        using var sample = SampleCopy.Of("CliSolution");

        AssertUsageError(
            sample.Run("verify", "--stage", "format", "--all-stages"),
            "error: Use either --stage or --all-stages, not both."
        );
    }

    [Test]
    public void A_folder_with_two_projects_asks_which_one()
    {
        using var sample = SampleCopy.Of("CliSolution");
        File.Copy(sample.PathOf("App/App.csproj"), sample.PathOf("App/Other.csproj"));

        AssertUsageError(
            sample.Run("verify", "App"),
            "contains more than one project file (App.csproj, Other.csproj). Name the one to use as PATH."
        );
    }

    [Test]
    public void A_folder_without_a_project_says_so()
    {
        using var sample = SampleCopy.Of("CliSolution");

        AssertUsageError(
            sample.Run("verify", "Lib/Legacy"),
            "contains no solution (.sln, .slnx) or project file."
        );
    }

    [Test]
    public void Unknown_options_and_values_are_usage_errors_not_findings()
    {
        using var sample = SampleCopy.Of("CliSolution");

        AssertUsageError(sample.Run("verify", "--bogus"), "Unknown option '--bogus'.");
        AssertUsageError(sample.Run("verify", "--report-format", "xml", "--report", "r"), "xml");
        AssertUsageError(sample.Run(), "Required command was not provided.");
    }

    [Test]
    public void Changed_since_outside_a_git_repository_is_a_usage_error()
    {
        using var sample = SampleCopy.Of("CliSolution");

        var result = sample.Run(
            new Dictionary<string, string?>
            {
                ["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(sample.Directory),
            },
            "verify",
            "--changed-since",
            "main"
        );

        AssertUsageError(result, "--changed-since: 'git rev-parse --show-toplevel' failed");
    }
}
