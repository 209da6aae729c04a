using System.Security.Cryptography;
using System.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The fingerprint of everything a DeadCode run depends on: the tool, the request, every build's options, the
/// bytes of its sources, config and additional files, and the size and time of its references and analyzers (for a
/// referenced project compiled in memory, the same fingerprint of its own inputs).
/// When it equals the stamp of the last clean run, the run would find nothing, so it is skipped. A missing or
/// unreadable stamp means "run".
/// </summary>
public static class DeadCodeStamp
{
    private const string Header = "groundwork-deadcode v1";

    public static string Compute(DeadCodeRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value) => hash.AppendData(Encoding.UTF8.GetBytes(value + "\0"));

        Add(typeof(DeadCodeStamp).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(
            $"{request.Mode}|{request.CheckSeverity}|{request.ProjectDirectory}|{request.IncludeLinkedFiles}|{DeadCodeRuleSet.Format(request.Rules)}"
        );
        foreach (var file in request.EditableFiles.Order(StringComparer.Ordinal))
            Add(file);
        // A referenced project compiled in memory counts by its inputs (its sources), not by an assembly on
        // disk that may be older than them; each once, however many builds reference it.
        var referencedSeen = new HashSet<ReferencedBuild>();
        void AddBuild(BuildInputs build)
        {
            Add(
                string.Join(
                    "|",
                    build.ProjectPath,
                    build.AssemblyName,
                    build.TargetFramework,
                    build.DefineConstants,
                    build.LangVersion,
                    build.Nullable,
                    build.AllowUnsafeBlocks,
                    build.OutputType,
                    build.NoWarn,
                    build.WarningsAsErrors,
                    build.WarningsNotAsErrors,
                    build.TreatWarningsAsErrors,
                    build.WarningLevel,
                    build.CheckForOverflowUnderflow,
                    build.Features,
                    build.InterceptorsNamespaces,
                    build.InterceptorsPreviewNamespaces,
                    build.GeneratesDocumentationFile
                )
            );
            foreach (
                var file in build
                    .SourceFiles.Concat(build.AnalyzerConfigFiles)
                    .Concat(build.AdditionalFiles)
            )
            {
                Add(file);
                hash.AppendData(ContentHash(file));
            }
            foreach (
                var (reference, aliases) in build.ReferenceAliases.OrderBy(
                    a => a.Key,
                    StringComparer.Ordinal
                )
            )
                Add($"{reference}={aliases}");
            foreach (var file in build.References.Concat(build.Analyzers))
            {
                if (
                    request.ProjectCompilations is { } projects
                    && build.ProjectReferences.TryGetValue(file, out var referenced)
                    && projects.InputsOf(referenced) is { } referencedInputs
                )
                {
                    Add(file + "|in memory");
                    if (referencedSeen.Add(referenced))
                        AddBuild(referencedInputs);
                    continue;
                }
                var info = new FileInfo(file);
                Add(
                    info.Exists
                        ? $"{file}|{info.Length}|{info.LastWriteTimeUtc.Ticks}"
                        : file + "|missing"
                );
            }
        }
        foreach (var build in request.Builds)
            AddBuild(build);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static bool Matches(string stampFile, string stamp)
    {
        try
        {
            var lines = File.ReadAllLines(stampFile);
            return lines is [Header, var recorded] && recorded == stamp;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static void Save(string stampFile, string stamp)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(stampFile)!);
            var temporary = stampFile + $".{Environment.ProcessId}.tmp";
            File.WriteAllLines(temporary, [Header, stamp]);
            File.Move(temporary, stampFile, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    public static void Delete(string stampFile)
    {
        try
        {
            File.Delete(stampFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static byte[] ContentHash(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return SHA256.HashData(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [0];
        }
    }
}
