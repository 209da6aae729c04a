using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The words of a project that may name a member without a reference the compiler binds: the text of string
/// literals and <c>nameof</c> arguments in every tree the builds compile (generated ones included), the code
/// of <c>#if</c> regions that no build compiles, and the text of the project's other files (XAML, Razor,
/// resources, additional files, C# files no build compiles...). Reflection (<c>GetMethod("Name")</c>), data
/// binding, serializers and <c>UnsafeAccessor</c> find members by these names: a member whose name is one of
/// them is kept. Also the names of the types the code hands to reflection as <c>typeof(T)</c>: reflection then
/// finds members by a convention no string spells (AutoMapper's <c>IncludeSourceExtensionMethods(typeof(T))</c>
/// maps <c>Value</c> from a private <c>GetValue</c>), so every member of such a type is kept.
/// </summary>
public sealed partial class ProjectWords
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _reflectedTypes;

    private ProjectWords(HashSet<string> words, HashSet<string> reflectedTypes)
    {
        _words = words;
        _reflectedTypes = reflectedTypes;
    }

    public bool Contains(string name) => _words.Contains(name);

    /// <summary>
    /// Whether the member's type, or a type around it, is named in a <c>typeof</c> whose use may reflect on its
    /// members (by name, as the other rules: a same-named type keeps a member too; an alias in a <c>typeof</c>
    /// keeps the members of the type it names).
    /// </summary>
    public bool IsReflectedOn(ISymbol member)
    {
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (_reflectedTypes.Contains(type.Name))
                return true;
        }
        return false;
    }

    /// <summary>
    /// What <c>typeof(T).X</c> reads that is not a member of <c>T</c>: <c>typeof(Program).Assembly</c> does not
    /// reflect on <c>Program</c>'s members.
    /// </summary>
    private static readonly HashSet<string> TypeIdentityProperties = new(StringComparer.Ordinal)
    {
        "Assembly",
        "Module",
        "Namespace",
        "Name",
        "FullName",
        "AssemblyQualifiedName",
    };

    /// <param name="names">The names worth collecting (the members the rule judges): the rest is dropped.</param>
    /// <param name="otherFiles">The words of the files no build compiles (<see cref="OfFiles"/>).</param>
    public static ProjectWords Of(
        IReadOnlyList<AnalyzedBuild> builds,
        IReadOnlySet<string> names,
        IReadOnlySet<string> otherFiles,
        CancellationToken cancellationToken
    )
    {
        var words = new HashSet<string>(names.Where(otherFiles.Contains), StringComparer.Ordinal);
        var reflectedTypes = new HashSet<string>(StringComparer.Ordinal);
        void AddWords(string text)
        {
            foreach (var word in Words(text))
            {
                if (names.Contains(word))
                    words.Add(word);
            }
        }

        // using X = Foo; (global ones too) and typeof(X): reflection reads Foo.
        var aliases = new List<(string Alias, string Target)>();
        var seen = new HashSet<SyntaxTree>();
        foreach (var build in builds)
        {
            foreach (var tree in build.Compilation.SyntaxTrees.Where(seen.Add))
            {
                var root = tree.GetRoot(cancellationToken);
                foreach (var token in root.DescendantTokens())
                {
                    if (IsStringText(token))
                        AddWords(token.ValueText);
                }
                foreach (var node in root.DescendantNodes())
                {
                    if (
                        node is InvocationExpressionSyntax
                        {
                            Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" },
                        } nameOf
                    )
                        AddWords(nameOf.ArgumentList.ToString());
                    else if (
                        node is TypeOfExpressionSyntax typeOf
                        && !ReadsOnlyIdentity(typeOf)
                        && NameOf(typeOf.Type) is { } typeName
                    )
                        reflectedTypes.Add(typeName);
                    else if (
                        node
                            is UsingDirectiveSyntax
                            {
                                Alias: { } alias,
                                NamespaceOrType: { } target
                            }
                        && NameOf(target) is { } targetName
                    )
                        aliases.Add((alias.Name.Identifier.ValueText, targetName));
                }
            }
        }

        // A using alias cannot name another alias, so one round resolves them all.
        foreach (var (alias, target) in aliases)
        {
            if (reflectedTypes.Contains(alias))
                reflectedTypes.Add(target);
        }

        // Inactive in every build that compiles the file: the compiler saw none of it.
        var paths = builds.SelectMany(b => b.TreesByPath.Keys).Distinct(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var perBuild = builds
                .Where(b => b.TreesByPath.ContainsKey(path))
                .Select(b => InactiveRegions.Of(b.TreesByPath[path], cancellationToken))
                .ToList();
            var common = InactiveRegions.InAll(perBuild);
            if (common.Count == 0)
                continue;
            var text = builds
                .First(b => b.TreesByPath.ContainsKey(path))
                .TreesByPath[path]
                .GetText(cancellationToken);
            foreach (var span in common)
                AddWords(text.ToString(span));
        }
        return new ProjectWords(words, reflectedTypes);
    }

    private static bool ReadsOnlyIdentity(TypeOfExpressionSyntax typeOf) =>
        typeOf.Parent is MemberAccessExpressionSyntax access
        && access.Expression == typeOf
        && TypeIdentityProperties.Contains(access.Name.Identifier.ValueText);

    /// <summary>The type's own name, as a symbol's <c>Name</c> spells it (no namespace, no type arguments).</summary>
    private static string? NameOf(TypeSyntax type) =>
        type switch
        {
            QualifiedNameSyntax qualified => NameOf(qualified.Right),
            AliasQualifiedNameSyntax aliased => NameOf(aliased.Name),
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };

    /// <summary>The folders of a project folder that hold build output or tools' state, not the project's files.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin",
        "obj",
        ".git",
        ".vs",
        ".idea",
        "node_modules",
    };

    private const int MaxFileSize = 4 * 1024 * 1024;

    /// <summary>
    /// The words of every text file of the project folder (build output left out) that no build compiles, and
    /// of the <c>AdditionalFiles</c>: the build inputs do not say which files are XAML, Razor or embedded
    /// resources, so every such file counts. A file that cannot be read, is large or looks binary is skipped.
    /// </summary>
    public static IReadOnlySet<string> OfFiles(
        string projectDirectory,
        IReadOnlyList<AnalyzedBuild> builds,
        CancellationToken cancellationToken
    )
    {
        var compiled = builds.SelectMany(b => b.TreesByPath.Keys).ToHashSet(StringComparer.Ordinal);
        var files = new List<string>();
        var folders = new Stack<string>([projectDirectory]);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            try
            {
                files.AddRange(Directory.EnumerateFiles(folder));
                foreach (var sub in Directory.EnumerateDirectories(folder))
                {
                    if (!SkippedFolders.Contains(Path.GetFileName(sub)))
                        folders.Push(sub);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        files.AddRange(builds.SelectMany(b => b.Inputs.AdditionalFiles));

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compiled.Contains(Path.GetFullPath(file)))
                continue;
            var text = ReadText(file);
            if (text is not null)
                words.UnionWith(Words(text));
        }
        return words;
    }

    private static string? ReadText(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists || info.Length > MaxFileSize)
                return null;
            var text = File.ReadAllText(file);
            return text.AsSpan(0, Math.Min(text.Length, 8000)).Contains('\0') ? null : text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsStringText(SyntaxToken token) =>
        token.Kind()
            is SyntaxKind.StringLiteralToken
                or SyntaxKind.Utf8StringLiteralToken
                or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken
                or SyntaxKind.Utf8SingleLineRawStringLiteralToken
                or SyntaxKind.Utf8MultiLineRawStringLiteralToken;

    /// <summary>
    /// The identifier-like words of a text, and for <c>get_Name</c>, <c>set_Name</c>, <c>add_Name</c>,
    /// <c>remove_Name</c> (accessor names, as reflection spells them) also <c>Name</c>.
    /// </summary>
    private static IEnumerable<string> Words(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
        {
            var word = match.Value;
            yield return word;
            foreach (var prefix in AccessorPrefixes)
            {
                if (
                    word.Length > prefix.Length
                    && word.StartsWith(prefix, StringComparison.Ordinal)
                )
                    yield return word[prefix.Length..];
            }
        }
    }

    private static readonly string[] AccessorPrefixes = ["get_", "set_", "add_", "remove_"];

    [GeneratedRegex(@"[\p{L}_][\p{L}\p{Nd}_]*")]
    private static partial Regex WordPattern();
}
