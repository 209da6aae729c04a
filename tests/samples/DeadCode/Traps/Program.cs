using System;
using System.Net;
using System.Xml;
using Traps.Patterns;

namespace Traps;

public static class Program
{
    public static int Main()
    {
        Console.WriteLine(Pools.Rent().Length);
        Console.WriteLine(Cref.Describe() + Query.Evens(new[] { 1, 2 }).Length);
        return 0;
    }
}
