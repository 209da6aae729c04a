namespace Groundwork.IntegrationTests;

/// <summary>
/// Packs the Groundwork package once per test run into a local feed, and gives the sample builds an isolated
/// NuGet package folder, so that they restore exactly this package and nothing left over from an earlier run.
/// At the end of the run, stops the compiler server the sample builds shared.
/// </summary>
[SetUpFixture]
public sealed class GroundworkPackage
{
    public static string WorkDirectory { get; private set; } = "";
    public static string Feed { get; private set; } = "";
    public static string PackagesFolder { get; private set; } = "";
    public static string Version { get; } =
        "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");

    public static string PackagePath => Path.Combine(Feed, $"Groundwork.{Version}.nupkg");

    [OneTimeSetUp]
    public void Pack()
    {
        WorkDirectory = Path.Combine(
            Path.GetTempPath(),
            "groundwork-integration",
            Guid.NewGuid().ToString("N")
        );
        Feed = Path.Combine(WorkDirectory, "feed");
        PackagesFolder = Path.Combine(WorkDirectory, "packages");
        Directory.CreateDirectory(Feed);

        var result = Dotnet.Run(
            Repository.Root,
            new Dictionary<string, string?>(),
            "pack",
            "src/Groundwork.Tasks/Groundwork.Tasks.csproj",
            "-c",
            "Release",
            "-o",
            Feed,
            $"-p:Version={Version}",
            "-p:GroundworkSkip=true",
            "-nodeReuse:false"
        );
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.Exists(PackagePath), Is.True, result.ToString());
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        // The compiler server the sample builds shared (see Dotnet.Run) does not outlive the run.
        Dotnet.Run(
            Repository.Root,
            new Dictionary<string, string?>(),
            "build-server",
            "shutdown",
            "--vbcscompiler"
        );
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException) { }
    }
}
