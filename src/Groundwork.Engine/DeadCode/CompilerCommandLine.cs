using Microsoft.CodeAnalysis.CSharp;

namespace Groundwork.Engine.DeadCode;

/// <summary>
/// Turns a build's inputs into the csc command line the <c>Csc</c> task would write, and lets Roslyn's own
/// command-line parser read it: the options then mean exactly what they mean to the compiler (define
/// separators, <c>/nowarn</c> forms, <c>/warnaserror:nullable</c>, language version names, feature flags).
/// </summary>
public static class CompilerCommandLine
{
    public static IReadOnlyList<string> Arguments(BuildInputs inputs)
    {
        var args = new List<string> { "/nostdlib+", "/nologo" };
        var assemblyName =
            inputs.AssemblyName.Trim().Length > 0
                ? inputs.AssemblyName.Trim()
                : Path.GetFileNameWithoutExtension(inputs.ProjectPath);
        args.Add($"/out:\"{assemblyName}.dll\"");
        var defines = Split(inputs.DefineConstants, ';', ',', ' ')
            .Where(SyntaxFacts.IsValidIdentifier)
            .ToList();
        if (defines.Count > 0)
            args.Add("/define:" + string.Join(';', defines));
        if (inputs.LangVersion.Trim().Length > 0)
            args.Add("/langversion:" + inputs.LangVersion.Trim());
        if (inputs.Nullable.Trim().Length > 0)
            args.Add("/nullable:" + inputs.Nullable.Trim());
        if (inputs.AllowUnsafeBlocks)
            args.Add("/unsafe+");
        if (inputs.CheckForOverflowUnderflow)
            args.Add("/checked+");
        args.Add("/target:" + Target(inputs.OutputType));
        var noWarn = Split(inputs.NoWarn, ';', ',');
        if (noWarn.Count > 0)
            args.Add("/nowarn:" + string.Join(',', noWarn));
        if (inputs.TreatWarningsAsErrors)
            args.Add("/warnaserror+");
        var asErrors = Split(inputs.WarningsAsErrors, ';', ',');
        if (asErrors.Count > 0)
            args.Add("/warnaserror+:" + string.Join(',', asErrors));
        var notAsErrors = Split(inputs.WarningsNotAsErrors, ';', ',');
        if (notAsErrors.Count > 0)
            args.Add("/warnaserror-:" + string.Join(',', notAsErrors));
        if (inputs.WarningLevel.Trim().Length > 0)
            args.Add("/warn:" + inputs.WarningLevel.Trim());
        foreach (var feature in Split(inputs.Features, ';'))
            args.Add("/features:" + feature);
        // As the Csc task passes them: one feature whose value is the ;-separated list.
        if (inputs.InterceptorsNamespaces.Trim().Length > 0)
            args.Add(
                $"/features:\"InterceptorsNamespaces={inputs.InterceptorsNamespaces.Trim()}\""
            );
        if (inputs.InterceptorsPreviewNamespaces.Trim().Length > 0)
            args.Add(
                $"/features:\"InterceptorsPreviewNamespaces={inputs.InterceptorsPreviewNamespaces.Trim()}\""
            );
        // Signing, as the Csc task passes it: the public key decides whether InternalsVisibleTo grants apply.
        if (inputs.KeyFile.Trim().Length > 0)
            args.Add($"/keyfile:\"{Absolute(inputs, inputs.KeyFile.Trim())}\"");
        if (inputs.KeyContainer.Trim().Length > 0)
            args.Add($"/keycontainer:\"{inputs.KeyContainer.Trim()}\"");
        if (inputs.DelaySign)
            args.Add("/delaysign+");
        if (inputs.PublicSign)
            args.Add("/publicsign+");
        foreach (var reference in inputs.References)
        {
            if (!inputs.ReferenceAliases.TryGetValue(reference, out var aliases))
            {
                args.Add($"/reference:\"{reference}\"");
                continue;
            }
            // As the Csc task writes them: one switch per alias, the global one without a name.
            foreach (var alias in Split(aliases, ','))
                args.Add(
                    alias == "global"
                        ? $"/reference:\"{reference}\""
                        : $"/reference:{alias}=\"{reference}\""
                );
        }
        foreach (var analyzer in inputs.Analyzers)
            args.Add($"/analyzer:\"{analyzer}\"");
        foreach (var config in inputs.AnalyzerConfigFiles)
            args.Add($"/analyzerconfig:\"{config}\"");
        foreach (var file in inputs.AdditionalFiles)
            args.Add($"/additionalfile:\"{file}\"");
        args.AddRange(inputs.SourceFiles);
        return args;
    }

    public static CSharpCommandLineArguments Parse(BuildInputs inputs) =>
        CSharpCommandLineParser.Default.Parse(
            Arguments(inputs),
            Path.GetDirectoryName(Path.GetFullPath(inputs.ProjectPath)),
            sdkDirectory: null
        );

    private static string Absolute(BuildInputs inputs, string path) =>
        Path.GetFullPath(path, Path.GetDirectoryName(Path.GetFullPath(inputs.ProjectPath))!);

    private static string Target(string outputType) =>
        outputType.Trim().ToLowerInvariant() switch
        {
            "exe" => "exe",
            "winexe" => "winexe",
            "module" => "module",
            "appcontainerexe" => "appcontainerexe",
            "winmdobj" => "winmdobj",
            _ => "library",
        };

    private static List<string> Split(string value, params char[] separators) =>
        [
            .. value.Split(
                separators,
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            ),
        ];
}
