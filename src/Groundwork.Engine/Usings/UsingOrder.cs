using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Usings;

/// <summary>
/// The ordering rule: CSharpier 1.3.0's order, checked against its CLI. Directives are put in
/// <see cref="UsingCategory"/> order; within a category, names compare as CSharpier compares them (invariant
/// culture, ignoring case); names that compare equal keep their order (the sort is stable). Aliases sort by
/// their alias name, except those whose target is not a name (tuples, arrays, keywords), which come first.
/// Extern aliases keep their order. Groundwork's one departure: <c>global::System.X</c> counts as a System
/// name, and sorts as <c>System.X</c>, where CSharpier sorts it under "g".
/// </summary>
public sealed class UsingOrder(UsingsOptions options) : IComparer<SyntaxNode>
{
    private const string GlobalPrefix = "global::";

    public UsingCategory CategoryOf(SyntaxNode directive)
    {
        var category = RawCategory(directive);
        if (options.SortSystemDirectivesFirst)
            return category;
        return category switch
        {
            UsingCategory.GlobalSystem => UsingCategory.Global,
            UsingCategory.System => UsingCategory.Regular,
            UsingCategory.StaticSystem => UsingCategory.Static,
            _ => category,
        };
    }

    public int Compare(SyntaxNode? x, SyntaxNode? y)
    {
        if (x is null || y is null)
            return x is null ? (y is null ? 0 : -1) : 1;
        var byCategory = CategoryOf(x).CompareTo(CategoryOf(y));
        if (byCategory != 0)
            return byCategory;
        if (x is not UsingDirectiveSyntax a || y is not UsingDirectiveSyntax b)
            return 0;

        // A target that is not a name (a tuple, an array, a keyword) sorts before every name.
        if (a.Name is null != b.Name is null)
            return a.Name is null ? -1 : 1;
        if (a.Alias is not null && b.Alias is not null)
            return CompareText(AliasKey(a.Alias), AliasKey(b.Alias));
        return CompareText(NameKey(a), NameKey(b));
    }

    /// <summary>
    /// Whether <paramref name="next"/> starts a new group for <c>dotnet_separate_import_directive_groups</c>:
    /// a different category, or, among namespaces, a different first segment (as Visual Studio groups them).
    /// </summary>
    public bool StartsNewGroup(SyntaxNode previous, SyntaxNode next)
    {
        var category = GroupOf(CategoryOf(previous));
        if (category != GroupOf(CategoryOf(next)))
            return true;
        if (
            category
            is UsingCategory.ExternAlias
                or UsingCategory.GlobalAlias
                or UsingCategory.Alias
                or UsingCategory.Static
        )
            return false;
        return CompareText(FirstSegment(previous), FirstSegment(next)) != 0;
    }

    // Static usings form one group, as Visual Studio groups them, System ones first.
    private static UsingCategory GroupOf(UsingCategory category) =>
        category == UsingCategory.StaticSystem ? UsingCategory.Static : category;

    // CSharpier compares with the invariant culture, ignoring case; so does Groundwork, so that both agree on
    // every machine where they run with the same globalization settings.
    private static int CompareText(string x, string y) =>
        string.Compare(x, y, StringComparison.InvariantCultureIgnoreCase);

    private static UsingCategory RawCategory(SyntaxNode directive)
    {
        if (directive is not UsingDirectiveSyntax usingDirective)
            return UsingCategory.ExternAlias;
        var isSystem = usingDirective.Name is { } name && IsSystemName(name);
        if (usingDirective.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
        {
            if (usingDirective.Alias is not null)
                return UsingCategory.GlobalAlias;
            return isSystem ? UsingCategory.GlobalSystem : UsingCategory.Global;
        }
        if (usingDirective.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
            return isSystem ? UsingCategory.StaticSystem : UsingCategory.Static;
        if (usingDirective.Alias is not null)
            return UsingCategory.Alias;
        if (isSystem)
            return UsingCategory.System;
        return usingDirective.Name is AliasQualifiedNameSyntax
            ? UsingCategory.AliasQualified
            : UsingCategory.Regular;
    }

    private static bool IsSystemName(NameSyntax name)
    {
        while (name is QualifiedNameSyntax qualified)
            name = qualified.Left;
        return name switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.Text == "System",
            AliasQualifiedNameSyntax aliased => aliased.Alias.Identifier.IsKind(
                SyntaxKind.GlobalKeyword
            )
                && aliased.Name.Identifier.Text == "System",
            _ => false,
        };
    }

    // Keys are built from tokens, not from the source text, so that spacing inside a name never changes the
    // order, and the order is the same before and after the Format stage.
    private static string NameKey(UsingDirectiveSyntax directive)
    {
        var key = string.Concat(directive.NamespaceOrType.DescendantTokens().Select(t => t.Text));
        return
            directive.Name is { } name
            && IsSystemName(name)
            && key.StartsWith(GlobalPrefix, StringComparison.Ordinal)
            ? key[GlobalPrefix.Length..]
            : key;
    }

    // CSharpier compares the alias with its equals sign ("A ="), which puts "A" before "A_" and "Ab".
    private static string AliasKey(NameEqualsSyntax alias) => alias.Name.Identifier.Text + " =";

    private static string FirstSegment(SyntaxNode directive)
    {
        var key = directive is UsingDirectiveSyntax u ? NameKey(u) : "";
        var end = key.IndexOfAny(['.', ':']);
        return end < 0 ? key : key[..end];
    }
}
