namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The dotnet root's <c>packs/</c> folder (the targeting packs: reference assemblies and the SDK's own source
/// generators), found from the running runtime (<c>shared/Microsoft.NETCore.App/x.y.z/</c>). Nothing in it is
/// ever rewritten (another version is another folder), so what is read from it can be kept for the whole
/// process and shared by every project a build or the command line judges.
/// </summary>
internal static class SdkPacks
{
    private static readonly string? Folder = Find();

    private static string? Find()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null
            ? null
            : Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        return root is null ? null : Path.Combine(root, "packs") + Path.DirectorySeparatorChar;
    }

    public static bool Contains(string path) =>
        Folder is not null && Path.GetFullPath(path).StartsWith(Folder, StringComparison.Ordinal);
}
