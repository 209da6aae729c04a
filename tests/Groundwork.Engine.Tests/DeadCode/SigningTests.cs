using System.Security.Cryptography;
using Groundwork.Engine.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.Tests.DeadCode;

/// <summary>
/// Signed assemblies: a library that grants <c>InternalsVisibleTo</c> to a public key (as most real libraries
/// grant their test projects) must see the project compile as the build compiles it, key included.
/// </summary>
public class SigningTests
{
    [Test]
    public void A_signed_project_that_uses_internals_granted_to_its_public_key_is_analysed()
    {
        using var project = new TestProject();
        var keyFile = project.PathOf("Key.snk");
        File.WriteAllBytes(keyFile, StrongNameKeyFile());
        var library = GrantingLibrary(project.PathOf("Library.dll"), PublicKeyOf(keyFile));
        project.Write(
            "Program.cs",
            "using System.Text;\n\npublic static class Program\n{\n    public static int Read() => Library.Secret.Value;\n}\n"
        );
        var build = project.Build() with
        {
            References = [.. ReferenceAssemblies.Paths, library],
            KeyFile = "Key.snk",
        };

        var report = project.Check(build);

        Assert.That(
            report.Findings.Select(f => (f.Code, f.Line)),
            Is.EqualTo(new[] { (Findings.UnneededUsingCode, 1) }),
            string.Join("\n", report.Findings)
        );
    }

    [Test]
    public void Without_the_key_the_same_project_cannot_be_judged()
    {
        // The control: the grant is what makes the difference, so the test above proves the key is used.
        using var project = new TestProject();
        var keyFile = project.PathOf("Key.snk");
        File.WriteAllBytes(keyFile, StrongNameKeyFile());
        var library = GrantingLibrary(project.PathOf("Library.dll"), PublicKeyOf(keyFile));
        project.Write(
            "Program.cs",
            "public static class Program\n{\n    public static int Read() => Library.Secret.Value;\n}\n"
        );
        var build = project.Build() with { References = [.. ReferenceAssemblies.Paths, library] };

        var report = project.Check(build);

        Assert.That(report.Findings.Single().Message, Does.Contain("CS0281").Or.Contains("CS0122"));
    }

    private static string GrantingLibrary(string path, string publicKey)
    {
        var source =
            $"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Sample, PublicKey={publicKey}\")]\nnamespace Library {{ internal static class Secret {{ internal static int Value => 42; }} }}\n";
        var compilation = CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText(source)],
            ReferenceAssemblies.Paths.Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        var result = compilation.Emit(path);
        Assert.That(result.Success, Is.True, string.Join("\n", result.Diagnostics));
        return path;
    }

    private static string PublicKeyOf(string keyFile)
    {
        var compilation = CSharpCompilation.Create(
            "Sample",
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithCryptoKeyFile(keyFile)
                .WithStrongNameProvider(new DesktopStrongNameProvider())
        );
        return Convert.ToHexString([.. compilation.Assembly.Identity.PublicKey]);
    }

    /// <summary>A fresh RSA key in the .snk format (a CryptoAPI PRIVATEKEYBLOB), as `sn -k` writes it.</summary>
    private static byte[] StrongNameKeyFile()
    {
        using var rsa = RSA.Create(1024);
        var key = rsa.ExportParameters(includePrivateParameters: true);
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((byte)0x07); // PRIVATEKEYBLOB
        writer.Write((byte)0x02);
        writer.Write((ushort)0);
        writer.Write(0x00002400); // CALG_RSA_SIGN
        writer.Write(0x32415352); // "RSA2"
        writer.Write(key.Modulus!.Length * 8);
        var exponent = new byte[4];
        key.Exponent!.Reverse().ToArray().CopyTo(exponent, 0);
        writer.Write(exponent);
        foreach (
            var part in new[] { key.Modulus, key.P, key.Q, key.DP, key.DQ, key.InverseQ, key.D }
        )
            writer.Write([.. part!.Reverse()]);
        writer.Flush();
        return stream.ToArray();
    }
}
