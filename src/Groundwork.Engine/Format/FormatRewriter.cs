using System.Text;
using System.Text.RegularExpressions;
using CSharpier.Core;
using CSharpier.Core.CSharp;
using Groundwork.Engine.Diagnostics;
using Groundwork.Engine.Format.Options;
using Groundwork.Engine.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Groundwork.Engine.Format;

/// <summary>
/// The Format stage: CSharpier's layout for everything but the order of using directives, which stays as it
/// was. Each using block is swapped for a placeholder before CSharpier runs and laid out by
/// <see cref="UsingRegionRenderer"/> afterwards; the result is accepted only if
/// <see cref="TokenEquivalence"/> proves that it differs from the original in trivia alone.
/// </summary>
public sealed partial class FormatRewriter(CSharpierOptionsProvider optionsProvider)
    : ISourceRewriter
{
    private const string PlaceholderPrefix = "__GroundworkUsings";

    /// <summary>
    /// Parse options that accept any syntax the newest compiler knows, as CSharpier does, including the
    /// <c>#:package</c> lines of a file-based program (`dotnet run app.cs`), which CSharpier formats too.
    /// </summary>
    public static CSharpParseOptions ParseOptions { get; } =
        new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None).WithFeatures([
            new("FileBasedProgram", "true"),
        ]);

    private static readonly string ToolVersion =
        typeof(FormatRewriter).Assembly.ManifestModule.ModuleVersionId
        + "/"
        + typeof(CSharpFormatter).Assembly.GetName().Version;

    public string StageName => "Format";

    public string Fingerprint(string path) =>
        ToolVersion + "/" + optionsProvider.Resolve(path).Fingerprint;

    public Finding PendingChange(string path, int line, FindingSeverity severity) =>
        Findings.NotFormatted(path, line, severity);

    public RewriteResult Rewrite(string path, string text, CancellationToken cancellationToken)
    {
        var resolution = optionsProvider.Resolve(path);
        if (resolution.IsSkipped)
            return RewriteResult.Unchanged;
        if (resolution.Options is null)
            return RewriteResult.LeftAlone(
                Findings.InvalidConfiguration(
                    resolution.ErrorFile ?? path,
                    resolution.ErrorLine,
                    resolution.ErrorColumn,
                    resolution.ErrorMessage ?? "unknown error"
                )
            );

        var original = CSharpSyntaxTree.ParseText(
            text,
            ParseOptions,
            path,
            cancellationToken: cancellationToken
        );
        if (FirstError(original.GetDiagnostics()) is { } syntaxError)
            return RewriteResult.LeftAlone(syntaxError.ToFinding(path));
        if (Placeholder().Match(text) is { Success: true } clash)
            return RewriteResult.LeftAlone(
                Findings.UnsafeRewrite(
                    path,
                    LineOf(text, clash.Index),
                    1,
                    StageName,
                    $"the file already uses Groundwork's placeholder name {PlaceholderPrefix}"
                )
            );

        (string? Text, SyntaxError? Error) formatted;
        try
        {
            formatted = Format(
                text,
                original.GetCompilationUnitRoot(cancellationToken),
                resolution.Options,
                cancellationToken
            );
        }
        catch (FormatterGaveUpException gaveUp)
        {
            return RewriteResult.LeftAlone(
                gaveUp.ToFinding(path, original.GetCompilationUnitRoot(cancellationToken))
            );
        }
        if (formatted.Error is { } formatterError)
            return RewriteResult.LeftAlone(formatterError.ToFinding(path));
        // Already formatted: there is no rewrite, so nothing to prove (the same text parses to the same tree).
        if (formatted.Text == text)
            return RewriteResult.Unchanged;

        var output = formatted.Text!;
        var rewritten = CSharpSyntaxTree.ParseText(
            output,
            ParseOptions,
            path,
            cancellationToken: cancellationToken
        );
        var difference = TokenEquivalence.FirstDifferenceInAnyBranch(
            original,
            rewritten,
            cancellationToken
        );
        // Two changes of CSharpier's that the proof refuses have a workaround, whose text is proved in turn: a
        // '#' line of a verbatim string in an #if branch that it moved (formatted again with the '#' masked), and
        // a string whose line endings it changed (which keeps its own).
        Func<string?>[] workarounds =
        [
            () =>
                FormatWithStringDirectiveLinesMasked(
                    text,
                    original,
                    resolution.Options,
                    cancellationToken
                ),
            () => StringLineEndings.Restore(original, rewritten, cancellationToken),
        ];
        foreach (var workaround in workarounds)
        {
            if (difference is null)
                break;
            if (workaround() is not { } candidate)
                continue;
            if (candidate == text)
                return RewriteResult.Unchanged;
            output = candidate;
            rewritten = CSharpSyntaxTree.ParseText(
                output,
                ParseOptions,
                path,
                cancellationToken: cancellationToken
            );
            difference = TokenEquivalence.FirstDifferenceInAnyBranch(
                original,
                rewritten,
                cancellationToken
            );
        }
        if (difference is not null)
            return RewriteResult.LeftAlone(
                Findings.UnsafeRewrite(
                    path,
                    difference.Line,
                    difference.Column,
                    StageName,
                    difference.Describe()
                )
            );

        // Same tokens can still be a different parse (a modifier list in an order C# does not accept).
        if (FirstError(rewritten.GetDiagnostics()) is { } brokenOutput)
            return RewriteResult.LeftAlone(
                Findings.UnsafeRewrite(
                    path,
                    1,
                    1,
                    StageName,
                    $"CSharpier's output does not parse, at its line {brokenOutput.Position.Line + 1}: {brokenOutput.Message}"
                )
            );

        return RewriteResult.Changed(output);
    }

    /// <summary>
    /// CSharpier's output of the text with the <c>#</c> of each directive-like line of a multi-line string in an
    /// <c>#if</c> branch masked (see <see cref="StringDirectiveLines"/>), unmasked; null when there is no such
    /// line, or CSharpier cannot format the masked text either.
    /// </summary>
    private static string? FormatWithStringDirectiveLinesMasked(
        string text,
        SyntaxTree original,
        CodeFormatterOptions options,
        CancellationToken cancellationToken
    )
    {
        var masked = StringDirectiveLines.Masked(
            text,
            original.GetCompilationUnitRoot(cancellationToken),
            ParseOptions,
            cancellationToken
        );
        if (masked is null)
            return null;
        var maskedRoot = CSharpSyntaxTree
            .ParseText(masked, ParseOptions, cancellationToken: cancellationToken)
            .GetCompilationUnitRoot(cancellationToken);
        try
        {
            var (output, _) = Format(masked, maskedRoot, options, cancellationToken);
            return output is null ? null : StringDirectiveLines.Unmasked(output);
        }
        catch (FormatterGaveUpException)
        {
            return null;
        }
    }

    /// <summary>CSharpier's output with the using blocks laid out in their original order.</summary>
    public static (string? Text, SyntaxError? Error) Format(
        string text,
        CompilationUnitSyntax root,
        CodeFormatterOptions options,
        CancellationToken cancellationToken
    )
    {
        var regions = UsingRegion.FindAll(text, root, ParseOptions, cancellationToken);
        // The placeholder takes the file's first line ending: CSharpier's "auto" end of line follows that one.
        var sourceEndOfLine =
            text.IndexOf('\n') is > 0 and var n && text[n - 1] == '\r' ? "\r\n" : "\n";
        var input = new StringBuilder(text);
        for (var i = regions.Count - 1; i >= 0; i--)
        {
            input.Remove(regions[i].Span.Start, regions[i].Span.Length);
            input.Insert(regions[i].Span.Start, $"using {PlaceholderPrefix}{i};{sourceEndOfLine}");
        }

        var result = RunCSharpier(input.ToString(), options);
        if (FormatterGaveUpException.From(result, text) is { } gaveUp)
            throw gaveUp;
        if (FirstError(result.ErrorDiagnostics) is { } formatterError)
        {
            // The caller parsed the file without errors, so a branch that other symbols activate is broken.
            // CSharpier parses that branch from its own, already formatted output, so its position can be
            // past the end of the file: find the branch in the original text, whose lines the user knows.
            if (
                PreprocessorBranches.FirstErrorInAnyBranch(
                    text,
                    root,
                    ParseOptions,
                    cancellationToken
                ) is
                { } branchError
            )
                return (null, branchError);
            // Every branch of the file parses: CSharpier's output of one does not. The one known cause is
            // worked around; anything else (or the same again) is CSharpier's limit.
            var masked =
                StringDirectiveLines.Masked(text, root, ParseOptions, cancellationToken)
                ?? throw FormatterGaveUpException.BrokeABranch(formatterError.Message);
            var maskedRoot = CSharpSyntaxTree
                .ParseText(masked, ParseOptions, cancellationToken: cancellationToken)
                .GetCompilationUnitRoot(cancellationToken);
            var (maskedOutput, error) = Format(masked, maskedRoot, options, cancellationToken);
            return maskedOutput is null
                ? (null, error)
                : (StringDirectiveLines.Unmasked(maskedOutput), null);
        }
        if (regions.Count == 0)
            return (result.Code, null);

        var directives = regions
            .SelectMany(r =>
                r.Directives.Concat(DirectiveTexts.InDisabledText(r.Pieces.OfType<SyntaxTrivia>()))
            )
            .ToList();
        var renderer = new UsingRegionRenderer(DirectiveTexts.Create(directives, options));
        var endOfLine = result.Code.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var output = Placeholder()
            .Replace(
                result.Code,
                match =>
                {
                    var region = regions[
                        int.Parse(
                            match.Groups["index"].Value,
                            System.Globalization.CultureInfo.InvariantCulture
                        )
                    ];
                    return renderer.Render(region, text, match.Groups["indent"].Value, endOfLine);
                }
            );
        return (output, null);
    }

    /// <summary>
    /// CSharpier 1.3.0 throws (ArgumentOutOfRangeException in CompilationUnit.Print) on a file-scoped namespace
    /// with no members followed by blank lines, <c>"namespace N;\n\n\n"</c>. Trailing whitespace is trivia that
    /// CSharpier drops anyway, so the same text without it gives the output CSharpier would have given.
    /// </summary>
    private static CodeFormatterResult RunCSharpier(string code, CodeFormatterOptions options)
    {
        try
        {
            return CSharpFormatter.Format(code, options);
        }
        catch (Exception) when (code.Length > 0 && char.IsWhiteSpace(code[^1]))
        {
            var trimmed = code.TrimEnd();
            var endOfLine = code.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            try
            {
                return CSharpFormatter.Format(
                    trimmed.Length == 0 ? trimmed : trimmed + endOfLine,
                    options
                );
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw FormatterGaveUpException.Threw(e);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw FormatterGaveUpException.Threw(e);
        }
    }

    /// <summary>The first error among a parse's diagnostics, the one a user fixes first.</summary>
    public static SyntaxError? FirstError(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => new SyntaxError(
                d.Location.GetLineSpan().StartLinePosition,
                d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
            ))
            .Cast<SyntaxError?>()
            .FirstOrDefault();

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    [GeneratedRegex(
        @"^(?<indent>[ \t]*)using " + PlaceholderPrefix + @"(?<index>\d+);[ \t]*(?=\r?$)",
        RegexOptions.Multiline
    )]
    private static partial Regex Placeholder();

    public readonly record struct SyntaxError(
        Microsoft.CodeAnalysis.Text.LinePosition Position,
        string Message
    )
    {
        public Finding ToFinding(string path) =>
            Findings.SyntaxError(path, Position.Line + 1, Position.Character + 1, Message);
    }
}
