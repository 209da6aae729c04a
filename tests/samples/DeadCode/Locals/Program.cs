using System;
using System.Collections.Generic;
using System.IO;

namespace Locals;

public static class Program
{
    public static readonly List<string> Log = new();

    public static int Record(string what)
    {
        Log.Add(what);
        return Log.Count;
    }

    public static int Main()
    {
        var first = Record("initializer");
        var constant = 42;
        var count = Log.Count;
        int later;
        later = Record("assignment");
        int.TryParse("12", out var parsed);
        object boxed = "text";
        if (boxed is string text)
            Record("pattern");
        var a = Record("chain");
        var b = a;
        var kept = Record("kept"); // groundwork: keep
        using var stream = new MemoryStream();
        foreach (var item in new[] { 1, 2 })
            Record("loop");
        Conditional.Run();
        Console.WriteLine(string.Join(",", Log));
        return 0;
    }
}

public static class Conditional
{
    public static void Run()
    {
        var value = Program.Record("conditional");
#if NEVER
        Console.WriteLine(value);
#endif
    }
}
