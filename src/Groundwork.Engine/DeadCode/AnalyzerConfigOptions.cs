using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// A build's .editorconfig and global analyzer config files, read with Roslyn's <see cref="AnalyzerConfigSet"/>,
/// served the two ways the compiler serves them: per-tree diagnostic severities
/// (<c>dotnet_diagnostic.ID.severity</c>, <c>generated_code</c>) to the compilation, and key/value options
/// (<c>build_property.*</c> among them) to source generators.
/// </summary>
public sealed class AnalyzerConfigOptionsSet
{
    private readonly AnalyzerConfigSet _set;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new(
        StringComparer.Ordinal
    );

    private AnalyzerConfigOptionsSet(AnalyzerConfigSet set) => _set = set;

    public static AnalyzerConfigOptionsSet Load(IEnumerable<string> configPaths)
    {
        var configs = configPaths
            .Where(File.Exists)
            .Select(path => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(path)), path))
            .ToList();
        return new AnalyzerConfigOptionsSet(AnalyzerConfigSet.Create(configs));
    }

    public AnalyzerConfigOptionsResult ForPath(string path) =>
        _byPath.GetOrAdd(path, p => _set.GetOptionsForSourcePath(p));

    public AnalyzerConfigOptionsResult Global => _set.GlobalConfigOptions;

    public SyntaxTreeOptionsProvider TreeOptions() => new TreeOptionsProvider(this);

    public AnalyzerConfigOptionsProvider GeneratorOptions() => new GeneratorOptionsProvider(this);

    private sealed class TreeOptionsProvider(AnalyzerConfigOptionsSet options)
        : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(
            SyntaxTree tree,
            CancellationToken cancellationToken
        )
        {
            var values = options.ForPath(tree.FilePath).AnalyzerOptions;
            if (!values.TryGetValue("generated_code", out var generated))
                return GeneratedKind.Unknown;
            return bool.TryParse(generated, out var isGenerated) && isGenerated
                ? GeneratedKind.MarkedGenerated
                : GeneratedKind.NotGenerated;
        }

        public override bool TryGetDiagnosticValue(
            SyntaxTree tree,
            string diagnosticId,
            CancellationToken cancellationToken,
            out ReportDiagnostic severity
        ) => options.ForPath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(
            string diagnosticId,
            CancellationToken cancellationToken,
            out ReportDiagnostic severity
        ) => options.Global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    private sealed class GeneratorOptionsProvider(AnalyzerConfigOptionsSet options)
        : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } =
            new Values(options.Global.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            new Values(options.ForPath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Values(options.ForPath(textFile.Path).AnalyzerOptions);
    }

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
