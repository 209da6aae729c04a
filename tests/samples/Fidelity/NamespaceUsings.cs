using Fidelity.Billing;
using System;

namespace Fidelity.Outer
{
    using System.Collections.Generic;
    using Microsoft.Extensions.Logging;
    using static System.Math;
    using System.Threading.Tasks;
    using Env = System.Environment;
    using Fidelity.Services;

    public class Outer
    {
        public static double Root(double x) => Sqrt(Abs(x)) + Env.ProcessorCount;
        public static Task<List<Money>> Empty(ILogger logger, IClock clock) { logger.LogDebug("{Now}", clock.Now); return Task.FromResult(new List<Money>()); }
    }

    namespace Inner
    {
            using System.Text;
            using System.Buffers;
        using Fidelity.Collections;
            using Point = (int X, int Y);

        internal static class Inner
        {
            public static string Text(Point p) => new StringBuilder().Append(p.X).Append(',').Append(p.Y).ToString() + ArrayPool<byte>.Shared.GetHashCode() + RingBuffer.Create<int>([]).GetHashCode();
        }
    }
}

namespace Fidelity.Second
{
    using System.Linq;
    using System.Collections.Immutable;
    using Numbers = System.Collections.Generic.List<int>;
    using System.Collections.Generic;

    public static class Second
    {
        public static ImmutableArray<int> Sorted(Numbers n) => [.. n.OrderBy(x => x)];
        public static IEnumerable<string> Names => [];
    }
}

namespace Fidelity.Empty { }
