namespace Groundwork.Cli.Tests;

/// <summary>
/// Both packages, packed once per test run into a local folder feed by the README's own pack command
/// (section "Getting the package"), for the tests that install them as users do.
/// </summary>
public static class LocalFeed
{
    /// <summary>The version the projects declare, which the README tells users to reference.</summary>
    public const string Version = "0.1.0";

    /// <summary>What the README calls the feed folder; the tests put their own path in its place.</summary>
    public const string Placeholder = "/path/to/groundwork-feed";

    private static readonly Lazy<string> Packed = new(Pack, isThreadSafe: true);

    public static string Folder => Packed.Value;

    /// <summary>
    /// A NuGet package folder and a .NET CLI home of a test's own: it restores exactly the packed version,
    /// never a package of the same version left in the user's cache by an earlier run, and the SDK's local
    /// tool resolver cache (~/.dotnet/toolResolverCache, keyed by tool and version) cannot send
    /// <c>dotnet groundwork</c> to the package folder of an earlier test, long deleted.
    /// </summary>
    public static Dictionary<string, string?> IsolatedEnvironment(string work) =>
        new()
        {
            ["NUGET_PACKAGES"] = Path.Combine(work, "packages"),
            ["DOTNET_CLI_HOME"] = Path.Combine(work, "cli-home"),
        };

    private static string Pack()
    {
        var feed = Path.Combine(
            Path.GetTempPath(),
            "groundwork-cli-tests",
            "feed-" + Guid.NewGuid().ToString("N")
        );
        var command = ReadmeSection
            .Commands("Getting the package")
            .Single(c => c.StartsWith("dotnet pack ", StringComparison.Ordinal));
        string[] arguments =
        [
            .. Split(command.Replace(Placeholder, feed)).Skip(1),
            // The build the tests run: packing it compiles nothing, so it cannot race the integration
            // tests' own Release pack, and costs seconds. Version and contents are the README's.
            "--no-build",
            "-c",
            Tool.Configuration,
            "-p:GroundworkSkip=true",
            "-nodeReuse:false",
        ];
        var pack = Tool.Process(
            Repository.Root,
            new Dictionary<string, string?>(),
            "dotnet",
            arguments
        );
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
        // Shared by the tests of this run, so no single test can delete it: the process does, at its end.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(feed, recursive: true);
            }
            catch (IOException) { }
        };
        return feed;
    }

    public static string[] Split(string command) =>
        command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
