using System.Net;
#if NET10_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace MultiTarget;

public static class Modern
{
#if NET10_0_OR_GREATER
    private static readonly FrozenSet<int> Known = new[] { 1, 2 }.ToFrozenSet();

    public static bool IsKnown(int value) => Known.Contains(value);
#endif
}
