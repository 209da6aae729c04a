using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Decides whether code the compiler did not see (inactive regions) could need a using directive. It errs on
/// the side of keeping: a word in the region that matches any name the directive brings in is enough.
/// </summary>
public static class UsingNeeds
{
    private const string AttributeSuffix = "Attribute";

    public static bool CouldNeed(
        UsingDirectiveSyntax directive,
        SemanticModel model,
        RegionVocabulary vocabulary
    )
    {
        if (vocabulary.IsEmpty)
            return false;
        if (directive.Alias is { } alias)
            return Matches(alias.Name.Identifier.ValueText, vocabulary);

        var target = model.GetSymbolInfo(directive.NamespaceOrType).Symbol;
        var brought = target switch
        {
            INamespaceSymbol ns when directive.StaticKeyword == default => FromNamespace(ns),
            INamedTypeSymbol type when directive.StaticKeyword != default => FromType(type),
            _ => null,
        };
        if (brought is null)
            return true; // the directive's target is unknown here: it cannot be judged, keep it
        return brought.Names.Any(n => Matches(n, vocabulary))
            || brought.ExtensionNames.Overlaps(vocabulary.PatternMethods);
    }

    private static bool Matches(string name, RegionVocabulary vocabulary) =>
        vocabulary.Identifiers.Contains(name)
        || (
            name.EndsWith(AttributeSuffix, StringComparison.Ordinal)
            && vocabulary.Identifiers.Contains(name[..^AttributeSuffix.Length])
        );

    private sealed record Brought(HashSet<string> Names, HashSet<string> ExtensionNames);

    private static Brought FromNamespace(INamespaceSymbol ns)
    {
        var brought = new Brought([], []);
        foreach (var type in ns.GetTypeMembers())
        {
            brought.Names.Add(type.Name);
            if (type.MightContainExtensionMethods || type.IsStatic)
                AddExtensions(type, brought);
        }
        return brought;
    }

    private static Brought FromType(INamedTypeSymbol type)
    {
        var brought = new Brought([], []);
        for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
                brought.Names.Add(member.Name);
            AddExtensions(t, brought);
        }
        return brought;
    }

    private static void AddExtensions(INamedTypeSymbol container, Brought brought)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is IMethodSymbol { IsExtensionMethod: true })
            {
                brought.Names.Add(member.Name);
                brought.ExtensionNames.Add(member.Name);
            }
            if (member is INamedTypeSymbol { IsExtension: true } block)
            {
                foreach (var extensionMember in block.GetMembers())
                {
                    brought.Names.Add(extensionMember.Name);
                    brought.ExtensionNames.Add(extensionMember.Name);
                }
            }
        }
    }
}
