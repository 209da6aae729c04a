using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Groundwork.Engine.DeadCode;

/// <summary>An <c>AdditionalFiles</c> item as a source generator sees it: read when the generator asks.</summary>
public sealed class AdditionalFileText(string path) : AdditionalText
{
    private readonly Lazy<SourceText?> _text = new(() =>
    {
        try
        {
            using var stream = File.OpenRead(path);
            return SourceText.From(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    });

    public override string Path => path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        _text.Value;
}
