namespace Groundwork.Tests.Shared;

public static class Repository
{
    /// <summary>The checkout's root, found from the test assembly's folder.</summary>
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "tests", "samples");

    private static string Find()
    {
        for (
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            dir is not null;
            dir = dir.Parent
        )
        {
            if (File.Exists(Path.Combine(dir.FullName, "BuildTasks.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException(
            "BuildTasks.sln not found above " + AppContext.BaseDirectory
        );
    }
}
