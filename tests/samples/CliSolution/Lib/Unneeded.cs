using System.Collections.Generic;
using System.Linq;

namespace Lib;

public static class Unneeded
{
    public static int Count(int[] values) => values.Length;
}
