using Traps.Patterns;

namespace Traps.Uses;

public static class UseDeconstruct
{
    public static int Sum(Pair pair)
    {
        var (left, right) = pair;
        return left + right;
    }
}
