using CSharpier.Core;

namespace Groundwork.Engine.Format.Options;

// Interim: replaced by the full resolver.
public sealed class CSharpierOptionsProvider
{
    public OptionsResolution Resolve(string filePath) =>
        new(new CodeFormatterOptions(), "default", null, null);
}
