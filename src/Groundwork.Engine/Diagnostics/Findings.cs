namespace Groundwork.Engine.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic Groundwork reports: one factory per message, so codes and wording
/// live in one place (and in the README's table).
/// </summary>
public static class Findings
{
    public const string SyntaxErrorCode = "GW0001";
    public const string UnsafeRewriteCode = "GW0002";
    public const string UnreadableFileCode = "GW0003";
    public const string UnsupportedEncodingCode = "GW0004";
    public const string InvalidModeCode = "GW0005";
    public const string InvalidConfigurationCode = "GW0006";
    public const string FileChangedCode = "GW0007";
    public const string LinkNotWritableCode = "GW0008";
    public const string BaselineFixedCode = "GW0009";
    public const string BaselineUnreadableCode = "GW0010";
    public const string NotFormattedCode = "GW1001";
    public const string TooDeeplyNestedCode = "GW1002";
    public const string UsingsOutOfOrderCode = "GW2001";
    public const string UsingsNotSortableCode = "GW2002";
    public const string UnneededUsingCode = "GW3001";
    public const string UnusedLocalCode = "GW3002";
    public const string UnusedMemberCode = "GW3003";
    public const string WriteOnlyMemberCode = "GW3004";
    public const string RemovalRevertedCode = "GW3900";
    public const string BuildNotAnalysedCode = "GW3901";

    public static Finding SyntaxError(string file, int line, int column, string compilerMessage) =>
        new(
            SyntaxErrorCode,
            FindingSeverity.Warning,
            file,
            line,
            column,
            $"The file has a syntax error ({compilerMessage}); Groundwork left it unchanged."
        );

    public static Finding UnsafeRewrite(
        string file,
        int line,
        int column,
        string stage,
        string reason
    ) =>
        new(
            UnsafeRewriteCode,
            FindingSeverity.Warning,
            file,
            line,
            column,
            $"The {stage} stage would change more than it is allowed to ({reason}); the file was left unchanged."
        );

    /// <summary>A stage that judges a whole project (DeadCode) failed on it: a Groundwork bug, reported, not thrown.</summary>
    public static Finding StageFailed(string projectFile, string stage, Exception exception) =>
        new(
            UnsafeRewriteCode,
            FindingSeverity.Warning,
            projectFile,
            0,
            0,
            $"The {stage} stage failed on this project ({exception.GetType().Name}: {exception.Message}) and stopped; the files it had not written are unchanged. Please report this as a Groundwork bug."
        );

    public static Finding UnreadableFile(string file, string reason) =>
        new(
            UnreadableFileCode,
            FindingSeverity.Error,
            file,
            0,
            0,
            $"Groundwork cannot read or write this file: {reason}"
        );

    /// <summary>
    /// The file kept changing while a stage worked on it (another process wrote it), so the stage wrote nothing
    /// to it; the next build takes it up. Not an error: the build compiles the file as it is.
    /// </summary>
    public static Finding FileChanged(string file, string stage, string reason) =>
        new(
            FileChangedCode,
            FindingSeverity.Warning,
            file,
            0,
            0,
            $"The file changed while the {stage} stage ran ({reason}); the stage left it as it is, for the next build."
        );

    public static Finding LinkNotWritable(string file, string reason) =>
        new(
            LinkNotWritableCode,
            FindingSeverity.Error,
            file,
            0,
            0,
            $"Groundwork cannot write through this symbolic link: {reason}. The file was left unchanged, and the link is still a link."
        );

    public static Finding UnsupportedEncoding(string file, int line) =>
        new(
            UnsupportedEncodingCode,
            FindingSeverity.Warning,
            file,
            line,
            1,
            "The file is not valid UTF-8 and has no byte order mark that names its encoding; Groundwork left it unchanged. Save it as UTF-8."
        );

    public static Finding InvalidMode(string projectFile, string property, string value) =>
        InvalidProperty(
            projectFile,
            0,
            0,
            property,
            value,
            "off, check, fix, true (fix, or check in CI), false (off)"
        );

    /// <summary>
    /// A property with a value it does not take. The build reports the same text from
    /// <c>Groundwork.targets</c>, where the words come from the same list.
    /// </summary>
    public static Finding InvalidProperty(
        string file,
        int line,
        int column,
        string property,
        string value,
        string allowed
    ) =>
        new(
            InvalidModeCode,
            FindingSeverity.Error,
            file,
            line,
            column,
            $"The property {property} has the value '{value}'. Allowed values: {allowed}."
        );

    public static Finding InvalidDeadCodeRules(
        string projectFile,
        string property,
        string value,
        string unknown,
        IEnumerable<string> allowed
    ) =>
        new(
            InvalidModeCode,
            FindingSeverity.Error,
            projectFile,
            0,
            0,
            $"The property {property} has the value '{value}': '{unknown}' is not a DeadCode rule. Allowed names, separated by ; or ,: {string.Join(", ", allowed)} (empty: all of them)."
        );

    /// <summary>
    /// A config file that cannot be used, at the 1-based line and column of the problem (0, 0: the whole file,
    /// when the reader does not know where).
    /// </summary>
    public static Finding InvalidConfiguration(
        string configFile,
        int line,
        int column,
        string reason
    ) =>
        new(
            InvalidConfigurationCode,
            FindingSeverity.Error,
            configFile,
            line,
            column,
            $"The formatting configuration cannot be read: {reason}"
        );

    public static Finding NotFormatted(string file, int line, FindingSeverity severity) =>
        new(
            NotFormattedCode,
            severity,
            file,
            line,
            1,
            "The file is not formatted (first difference on this line).",
            new FixHint("format", "GroundworkFormat", "format it")
        );

    public static Finding TooDeeplyNested(string file, int line, string csharpierReason) =>
        new(
            TooDeeplyNestedCode,
            FindingSeverity.Warning,
            file,
            line,
            1,
            $"CSharpier 1.3.0 cannot format this file: an expression here is nested too deeply for it (\"{csharpierReason.TrimEnd('.')}\"); the file was left unchanged. Split the expression, or leave the file out of Groundwork with <GroundworkExclude Include=\"...\" /> (dotnet groundwork: --exclude)."
        );

    /// <summary>CSharpier threw on a file that parses (GW1002, like its depth limit: CSharpier's own limit).</summary>
    public static Finding FormatterFailed(
        string file,
        int line,
        string exception,
        string? knownCause
    ) =>
        new(
            TooDeeplyNestedCode,
            FindingSeverity.Warning,
            file,
            line,
            1,
            knownCause is null
                ? $"CSharpier 1.3.0 cannot format this file: it failed with {exception.TrimEnd('.')}; the file was left unchanged. Leave the file out of Groundwork with <GroundworkExclude Include=\"...\" /> (dotnet groundwork: --exclude)."
                : $"CSharpier 1.3.0 cannot format this file: it fails on {knownCause} here; the file was left unchanged. Complete the code, or leave the file out of Groundwork with <GroundworkExclude Include=\"...\" /> (dotnet groundwork: --exclude)."
        );

    /// <summary>
    /// CSharpier's output of an <c>#if</c> branch does not parse, though the file does in every branch (GW1002:
    /// CSharpier's own limit; its CLI refuses the file too).
    /// </summary>
    public static Finding FormatterBrokeABranch(string file, string compilerError) =>
        new(
            TooDeeplyNestedCode,
            FindingSeverity.Warning,
            file,
            1,
            1,
            $"CSharpier 1.3.0 cannot format this file: its output of an #if branch does not parse ({compilerError.TrimEnd('.')}); the file was left unchanged. Leave the file out of the Format stage with a .csharpierignore, or out of Groundwork with <GroundworkExclude Include=\"...\" /> (dotnet groundwork: --exclude)."
        );

    public static Finding UsingsOutOfOrder(string file, int line, FindingSeverity severity) =>
        new(
            UsingsOutOfOrderCode,
            severity,
            file,
            line,
            1,
            "The using directives are not in order, or not grouped as configured (first difference on this line).",
            new FixHint("usings", "GroundworkUsings", "order them")
        );

    public static Finding UsingsNotSortable(string file, int line, string reason) =>
        new(
            UsingsNotSortableCode,
            FindingSeverity.Info,
            file,
            line,
            1,
            $"The using directives here cannot be ordered safely ({reason}); the Usings stage left the file unchanged."
        );

    public static Finding UnneededUsing(
        string file,
        int line,
        int column,
        string directive,
        FindingSeverity severity,
        string? repeatedGlobal = null
    ) =>
        new(
            UnneededUsingCode,
            severity,
            file,
            line,
            column,
            repeatedGlobal is null
                ? $"The using directive '{directive}' is not needed in any target framework or #if branch of the project."
                : $"The using directive '{directive}' repeats {repeatedGlobal}, so it is not needed in any target framework or #if branch of the project.",
            new FixHint("deadcode", "GroundworkDeadCode", "remove it")
        );

    public static Finding RemovalReverted(
        string file,
        int line,
        int column,
        string directive,
        string newError
    ) =>
        new(
            RemovalRevertedCode,
            FindingSeverity.Info,
            file,
            line,
            column,
            $"The compiler reports '{directive}' as not needed, but removing it would break the build ({newError}); Groundwork kept it. Please report this as a Groundwork bug."
        );

    public static Finding UnusedLocal(
        string file,
        int line,
        int column,
        string name,
        FindingSeverity severity
    ) =>
        new(
            UnusedLocalCode,
            severity,
            file,
            line,
            column,
            $"The local variable '{name}' is never read in any target framework or #if branch of the project; removing it keeps what its initializer and assignments do.",
            new FixHint("deadcode", "GroundworkDeadCode", "remove it")
        );

    public static Finding LocalRemovalReverted(
        string file,
        int line,
        int column,
        string name,
        string newError
    ) =>
        new(
            RemovalRevertedCode,
            FindingSeverity.Info,
            file,
            line,
            column,
            $"The local variable '{name}' is never read, but removing it would break the build ({newError}); Groundwork kept it. Please report this as a Groundwork bug."
        );

    /// <param name="kind">What the member is, in words: "method", "field", "property"...</param>
    public static Finding UnusedMember(
        string file,
        int line,
        int column,
        string kind,
        string name,
        FindingSeverity severity
    ) =>
        new(
            UnusedMemberCode,
            severity,
            file,
            line,
            column,
            $"The private {kind} '{name}' is not used in any target framework or #if branch of the project.",
            new FixHint("deadcode", "GroundworkDeadCode", "remove it")
        );

    /// <summary>
    /// A private field or auto-property that is assigned but never read (Roslyn's IDE0052). Information only:
    /// the assignments may be there for a debugger or a later change, and removing them is the user's call.
    /// </summary>
    public static Finding WriteOnlyMember(
        string file,
        int line,
        int column,
        string kind,
        string name
    ) =>
        new(
            WriteOnlyMemberCode,
            FindingSeverity.Info,
            file,
            line,
            column,
            $"The private {kind} '{name}' is assigned but its value is never read in any target framework or #if branch of the project; Groundwork does not remove it."
        );

    public static Finding MemberRemovalReverted(
        string file,
        int line,
        int column,
        string name,
        string newError
    ) =>
        new(
            RemovalRevertedCode,
            FindingSeverity.Info,
            file,
            line,
            column,
            $"The private member '{name}' is not used, but removing it would break the build ({newError}); Groundwork kept it. Please report this as a Groundwork bug."
        );

    public static Finding BuildNotAnalysed(string projectFile, string build, string reason) =>
        new(
            BuildNotAnalysedCode,
            FindingSeverity.Info,
            projectFile,
            0,
            0,
            $"The DeadCode stage cannot judge the {build} build ({reason}); it removed nothing from the project."
        );

    public static Finding BaselineFixed(string baselineFile, string rule, string file) =>
        new(
            BaselineFixedCode,
            FindingSeverity.Error,
            baselineFile,
            0,
            0,
            $"The baseline accepts a {rule} finding in {file} that is fixed; run 'dotnet groundwork baseline --prune' to remove it, so the baseline only shrinks."
        );

    public static Finding BaselineUnreadable(string baselineFile, string reason) =>
        new(
            BaselineUnreadableCode,
            FindingSeverity.Error,
            baselineFile,
            0,
            0,
            $"The baseline cannot be read ({reason}); write it again with 'dotnet groundwork baseline'."
        );
}
