using Microsoft.CodeAnalysis;

namespace Generator
{
    /// <summary>Writes a class that uses ArrayPool without a using: the project's global using System.Buffers serves it.</summary>
    [Generator]
    public sealed class PoolGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            context.RegisterPostInitializationOutput(output =>
                output.AddSource(
                    "Pools.g.cs",
                    "namespace Traps { public static class Pools { public static int[] Rent() => ArrayPool<int>.Shared.Rent(4); } }"
                )
            );
        }
    }
}
