namespace Groundwork.Cli.Tests;

/// <summary>
/// The README's "Getting the package" steps, run as written on a fresh console project: pack both packages
/// into a folder feed, reference the package through nuget.config, build, install the tool, verify.
/// </summary>
[NonParallelizable]
public class ReadmeTests
{
    private const string Section = "Getting the package";

    [Test]
    public void The_pack_command_makes_exactly_the_two_packages_users_install()
    {
        Assert.That(
            Directory.EnumerateFiles(LocalFeed.Folder).Select(Path.GetFileName),
            Is.EquivalentTo(
                new[]
                {
                    $"Groundwork.{LocalFeed.Version}.nupkg",
                    $"dotnet-groundwork.{LocalFeed.Version}.nupkg",
                }
            )
        );
    }

    [Test]
    public void The_getting_the_package_steps_work_on_a_fresh_console_project()
    {
        var feed = LocalFeed.Folder;
        var work = Path.Combine(
            Path.GetTempPath(),
            "groundwork-cli-tests",
            Guid.NewGuid().ToString("N")
        );
        var project = Path.Combine(work, "App");
        var environment = LocalFeed.IsolatedEnvironment(work);
        try
        {
            Directory.CreateDirectory(work);
            var create = Tool.Process(
                work,
                environment,
                "dotnet",
                "new",
                "console",
                "-o",
                project,
                "--no-restore"
            );
            Assert.That(create.ExitCode, Is.Zero, create.ToString());
            File.WriteAllText(
                Path.Combine(project, "Program.cs"),
                "Console.WriteLine(  \"unformatted\" );\n"
            );
            var blocks = ReadmeSection.Blocks(Section);
            File.WriteAllText(
                Path.Combine(project, "nuget.config"),
                blocks
                    .Single(b => b.Language == "xml" && b.Text.Contains("<packageSources>"))
                    .Text.Replace(LocalFeed.Placeholder, feed)
            );
            var reference = blocks
                .Single(b => b.Language == "xml" && b.Text.Contains("<PackageReference"))
                .Text;
            var csproj = Path.Combine(project, "App.csproj");
            File.WriteAllText(
                csproj,
                File.ReadAllText(csproj).Replace("</Project>", reference + "</Project>")
            );

            var results = new List<(string Command, ToolResult Result)>();
            foreach (
                var command in ReadmeSection
                    .Commands(Section)
                    .Where(c => !c.StartsWith("dotnet pack ", StringComparison.Ordinal))
            )
            {
                var arguments = LocalFeed.Split(command.Replace(LocalFeed.Placeholder, feed));
                Assert.That(arguments[0], Is.EqualTo("dotnet"), command);
                var extra = arguments[1] == "build" ? new[] { "-nodeReuse:false" } : [];
                results.Add(
                    (
                        command,
                        Tool.Process(
                            project,
                            environment,
                            "dotnet",
                            [.. arguments.Skip(1), .. extra]
                        )
                    )
                );
            }

            Assert.That(
                results.Select(r => r.Command.Split(' ')[1]),
                Is.EqualTo(new[] { "build", "new", "tool", "groundwork" }),
                "the README's steps"
            );
            var (_, build) = results[0];
            Assert.That(build.ExitCode, Is.EqualTo(1), build.ToString());
            Assert.That(
                build.Output,
                Does.Contain("Program.cs(1,1): error GW1001: The file is not formatted")
            );
            Assert.That(results[1].Result.ExitCode, Is.Zero, results[1].Result.ToString());
            Assert.That(results[2].Result.ExitCode, Is.Zero, results[2].Result.ToString());
            var (_, verify) = results[3];
            Assert.That(verify.ExitCode, Is.EqualTo(1), verify.ToString());
            Assert.That(
                verify.Output,
                Does.Contain(
                    $"{Path.Combine(project, "Program.cs")}(1,1): error GW1001: The file is not formatted"
                ),
                verify.ToString()
            );
            Assert.That(
                File.ReadAllText(Path.Combine(project, "Program.cs")),
                Is.EqualTo("Console.WriteLine(  \"unformatted\" );\n"),
                "check mode writes nothing"
            );
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException) { }
        }
    }
}
