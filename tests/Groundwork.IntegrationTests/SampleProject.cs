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

    public ProcessResult Build(
        IReadOnlyDictionary<string, string?> environment,
        params string[] arguments
    )
    {
        var env = new Dictionary<string, string?>(environment)
        {
            ["NUGET_PACKAGES"] = GroundworkPackage.PackagesFolder,
        };
        return Dotnet.Run(Directory, env, ["build", "-nodeReuse:false", .. arguments]);
    }

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
