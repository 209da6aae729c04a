using Groundwork.Cli.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Cli.Tests.Unit;

/// <summary>
/// Which copy of the compiler the tool loads, on folders of real assemblies named like the compiler's, each
/// with the version it is given.
/// </summary>
public class CompilerAssembliesTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() =>
        _folder = Directory.CreateTempSubdirectory("groundwork-compiler-choice-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void The_SDKs_copy_is_chosen_when_both_assemblies_are_at_least_the_own_version()
    {
        var own = Folder("own", "5.9.0.0", "5.9.0.0");
        var sdk = Folder("sdk", "5.9.0.0", "6.0.0.0");

        Assert.That(CompilerAssemblies.Choose(sdk, own), Is.EqualTo(sdk));
    }

    [Test]
    public void The_own_copy_is_chosen_when_the_SDKs_is_older_or_incomplete()
    {
        var own = Folder("own", "5.9.0.0", "5.9.0.0");
        var older = Folder("older", "5.9.0.0", "5.0.0.0");
        var incomplete = Folder("incomplete", "6.0.0.0", null);

        Assert.That(CompilerAssemblies.Choose(older, own), Is.EqualTo(own));
        Assert.That(CompilerAssemblies.Choose(incomplete, own), Is.EqualTo(own));
        Assert.That(CompilerAssemblies.Choose(null, own), Is.EqualTo(own));
    }

    /// <summary>A folder with Microsoft.CodeAnalysis.dll and Microsoft.CodeAnalysis.CSharp.dll of these versions.</summary>
    private string Folder(string name, string? common, string? csharp)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        Emit(folder, "Microsoft.CodeAnalysis", common);
        Emit(folder, "Microsoft.CodeAnalysis.CSharp", csharp);
        return folder;
    }

    private static void Emit(string folder, string assemblyName, string? version)
    {
        if (version is null)
            return;
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [
                CSharpSyntaxTree.ParseText(
                    $"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]"
                ),
            ],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        var result = compilation.Emit(Path.Combine(folder, assemblyName + ".dll"));
        Assert.That(result.Success, Is.True, string.Join("\n", result.Diagnostics));
    }
}
