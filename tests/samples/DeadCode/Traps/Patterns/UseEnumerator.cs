using Traps.Patterns;

namespace Traps.Uses;

public static class UseEnumerator
{
    public static int Sum(Range3 range)
    {
        var sum = 0;
        foreach (var item in range)
            sum += item;
        return sum;
    }
}
