namespace Groundwork.IntegrationTests;

/// <summary>A copy of a sample under tests/samples in a temp folder, referencing the packed Groundwork package.</summary>
public sealed class SampleProject
{
    private SampleProject(string directory) => Directory = directory;

    public string Directory { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Directory, relative);

    public static SampleProject Copy(string sample, string extraProps = "")
    {
        var target = System.IO.Path.Combine(
            GroundworkPackage.WorkDirectory,
            TestContext.CurrentContext.Test.MethodName + "-" + Guid.NewGuid().ToString("N")[..8],
            sample
        );
        CopyDirectory(System.IO.Path.Combine(Repository.Samples, sample), target);
        File.WriteAllText(
            System.IO.Path.Combine(target, "nuget.config"),
            $"""
            <configuration>
              <packageSources>
                <add key="groundwork-test-feed" value="{GroundworkPackage.Feed}" />
              </packageSources>
            </configuration>
            """
        );
        File.WriteAllText(
            System.IO.Path.Combine(target, "Directory.Build.props"),
            $"""
            <Project>
              <ItemGroup>
                <PackageReference Include="Groundwork" Version="{GroundworkPackage.Version}" PrivateAssets="all" />
              </ItemGroup>
              {extraProps}
            </Project>
            """
        );
        return new SampleProject(target);
    }

    public ProcessResult Build(params string[] arguments) =>
        Build(new Dictionary<string, string?>(), arguments);

    /// <summary>
    /// <c>dotnet build</c> of this copy, with its implicit restore the first time a project or solution is built.
    /// Once a build of it has succeeded, later builds of it skip the restore (<c>--no-restore</c>): its inputs
    /// (the project files and the package feed) do not change within a test, and the restore's own evaluation
    /// cost about a second of CPU per build, where most of this suite's time goes.
    /// </summary>
    public ProcessResult Build(
        IReadOnlyDictionary<string, string?> environment,
        params string[] arguments
    )
    {
        var env = new Dictionary<string, string?>(environment)
        {
            ["NUGET_PACKAGES"] = GroundworkPackage.PackagesFolder,
        };
        // What is built: the project, solution or folder named (an existing path of the copy), else the folder's own.
        var built =
            arguments.FirstOrDefault(a => !a.StartsWith('-') && System.IO.Path.Exists(PathOf(a)))
            ?? "";
        var restore = !_restored.Contains(built) || arguments.Any(IsRestoreArgument);
        string[] command = restore
            ? ["build", "-nodeReuse:false", .. arguments]
            : ["build", "-nodeReuse:false", "--no-restore", .. arguments];
        var result = Dotnet.Run(Directory, env, command);
        if (result.ExitCode == 0)
            _restored.Add(built);
        return result;
    }

    private readonly HashSet<string> _restored = new(StringComparer.Ordinal);

    private static bool IsRestoreArgument(string argument) =>
        argument.Contains("restore", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every file's bytes and write time, to prove that a build left them alone.</summary>
    public Dictionary<string, (byte[] Bytes, DateTime Written)> Snapshot() =>
        System
            .IO.Directory.EnumerateFiles(Directory, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains(
                    $"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}"
                )
            )
            .ToDictionary(f => f, f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)));

    private static void CopyDirectory(string source, string target)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.EnumerateFiles(source))
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        foreach (var dir in System.IO.Directory.EnumerateDirectories(source))
        {
            var name = System.IO.Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
                CopyDirectory(dir, System.IO.Path.Combine(target, name));
        }
    }
}
