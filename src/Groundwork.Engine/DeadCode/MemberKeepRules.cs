using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// The members the <c>members</c> rule never removes, whatever the references say: what code outside the
/// type can see, what the runtime, the compiler or a serializer finds without a reference in source, and
/// what the analysis cannot see whole. Every rule errs towards keeping; the README's table "What the members
/// rule keeps, and why" lists them. The rules that need the whole project (names in strings, nameof, inactive
/// regions, other files, dynamic calls) are <see cref="ProjectWords"/>.
/// </summary>
public static class MemberKeepRules
{
    /// <summary>
    /// Methods the compiler calls by their name and shape, without the name in source (<c>foreach</c>,
    /// <c>using</c>, <c>await</c>, deconstruction, collection initializers, query expressions, list and slice
    /// patterns, collection builders), plus <c>Main</c>.
    /// </summary>
    private static readonly HashSet<string> PatternNames = new(
        [
            "Main",
            "Dispose",
            "DisposeAsync",
            "GetEnumerator",
            "GetAsyncEnumerator",
            "MoveNext",
            "MoveNextAsync",
            "Current",
            "Deconstruct",
            "GetAwaiter",
            "GetResult",
            "IsCompleted",
            "OnCompleted",
            "UnsafeOnCompleted",
            "Add",
            .. RegionVocabulary.QueryMethods,
            "GetPinnableReference",
            "Slice",
            "Length",
            "Count",
            "Create",
        ],
        StringComparer.Ordinal
    );

    /// <summary>Attributes on a type (or a type around it) that make its layout or members someone else's business.</summary>
    private static readonly HashSet<string> InteropTypeAttributes = new(StringComparer.Ordinal)
    {
        "SerializableAttribute",
        "StructLayoutAttribute",
        "ComImportAttribute",
        "ComVisibleAttribute",
        "GuidAttribute",
        "InterfaceTypeAttribute",
        "ClassInterfaceAttribute",
        "InlineArrayAttribute",
        "DataContractAttribute",
        "GeneratedComInterfaceAttribute",
        "NativeMarshallingAttribute",
        "CustomMarshallerAttribute",
    };

    /// <summary>
    /// Whether the member is one the rule considers at all: nothing outside its type can see it. (Such a member
    /// implements no interface member implicitly: that takes a public one.)
    /// </summary>
    public static bool IsHidden(ISymbol member) =>
        member.DeclaredAccessibility switch
        {
            Accessibility.Private => true,
            // Derived types in this assembly can see it (the analysis reads the whole assembly), and in the
            // assemblies an InternalsVisibleTo grant names (which it does not read).
            Accessibility.ProtectedAndInternal => !GrantsInternals(member.ContainingAssembly),
            // Visible to its file only. Public members of file types stay: serializers and data binding read
            // public members by reflection.
            Accessibility.Internal => IsInFileType(member),
            _ => false,
        };

    private static bool GrantsInternals(IAssemblySymbol assembly) =>
        assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute");

    private static bool IsInFileType(ISymbol member)
    {
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsFileLocal)
                return true;
        }
        return false;
    }

    /// <summary>Whether the rule keeps this hidden member whatever its references: see the class summary.</summary>
    public static bool Keeps(
        ISymbol member,
        MemberDeclarationSyntax declaration,
        SemanticModel model
    )
    {
        if (declaration.AttributeLists.Count > 0 || HasAccessorAttributes(declaration))
            return true;
        if (MemberRemoval.HoldsDirectives(declaration))
            return true;
        if (
            member.IsOverride
            || member.IsVirtual
            || member.IsAbstract
            || member.IsExtern
            || declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
        )
            return true;
        if (IsExplicitImplementation(member))
            return true;
        if (
            PatternNames.Contains(member.Name)
            || member.Name.StartsWith("ShouldSerialize", StringComparison.Ordinal)
            || member.Name.StartsWith("Reset", StringComparison.Ordinal)
        )
            return true;
        if (member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            return true; // constructors, finalizers, operators, conversions: called without their name
        if (member is IPropertySymbol { IsIndexer: true })
            return true;
        if (
            HoldsState(member)
            && member.ContainingType is { } type
            && (type.IsValueType || type.IsRecord)
        )
            return true; // a struct's size and layout, a record's equality, are made of its fields
        if (HasSideEffectingInitializer(declaration, model))
            return true;
        return !TypesAroundAllowRemoval(member, declaration);
    }

    /// <summary>
    /// The types around the member: none may be partial (another part, maybe generated or not analysed, may
    /// use it), an extension block, or marked for serialization or interop.
    /// </summary>
    private static bool TypesAroundAllowRemoval(ISymbol member, SyntaxNode declaration)
    {
        foreach (var ancestor in declaration.Ancestors())
        {
            if (ancestor is TypeDeclarationSyntax typeDeclaration)
            {
                if (typeDeclaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    return false;
            }
            else if (ancestor is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax))
            {
                return false; // an extension block, or anything this version does not know
            }
        }
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.DeclaringSyntaxReferences.Length != 1 || type.IsExtension)
                return false;
            if (
                type.GetAttributes()
                    .Any(a => a.AttributeClass is { } c && InteropTypeAttributes.Contains(c.Name))
            )
                return false;
        }
        return true;
    }

    private static bool HasAccessorAttributes(MemberDeclarationSyntax declaration) =>
        declaration is BasePropertyDeclarationSyntax { AccessorList: { } accessors }
        && accessors.Accessors.Any(a => a.AttributeLists.Count > 0);

    private static bool IsExplicitImplementation(ISymbol member) =>
        member switch
        {
            IMethodSymbol m => m.ExplicitInterfaceImplementations.Length > 0,
            IPropertySymbol p => p.ExplicitInterfaceImplementations.Length > 0,
            IEventSymbol e => e.ExplicitInterfaceImplementations.Length > 0,
            _ => false,
        };

    /// <summary>Instance fields, auto-properties (their backing field) and field-like events.</summary>
    private static bool HoldsState(ISymbol member) =>
        !member.IsStatic
        && member switch
        {
            IFieldSymbol => true,
            IPropertySymbol p => IsAutoProperty(p),
            IEventSymbol e => e.AddMethod?.IsImplicitlyDeclared != false,
            _ => false,
        };

    /// <summary>Whether the property is an auto-property: its accessors have no bodies of their own.</summary>
    public static bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Length == 1
        && property.DeclaringSyntaxReferences[0].GetSyntax()
            is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
        && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    /// <summary>
    /// A field or property initializer that can do something (a call, <c>new</c>...) runs when the type is
    /// initialized or constructed: removing it would remove what it does.
    /// </summary>
    private static bool HasSideEffectingInitializer(
        MemberDeclarationSyntax declaration,
        SemanticModel model
    )
    {
        IEnumerable<ExpressionSyntax> initializers = declaration switch
        {
            BaseFieldDeclarationSyntax field => field
                .Declaration.Variables.Select(v => v.Initializer?.Value)
                .OfType<ExpressionSyntax>(),
            PropertyDeclarationSyntax { Initializer: { } initializer } => [initializer.Value],
            _ => [],
        };
        return initializers.Any(i => !SideEffects.IsFree(i, model));
    }
}
