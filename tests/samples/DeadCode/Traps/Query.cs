using System.Linq;

namespace Traps;

public static class Query
{
    public static int[] Evens(int[] numbers)
    {
        var evens = from n in numbers where n % 2 == 0 select n;
        return evens.ToArray();
    }
}
