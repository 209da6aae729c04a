using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Traps.Patterns;

public sealed class Range3 { }

public sealed class Delay { }

public sealed class Pair { }

public sealed class Bag : System.Collections.IEnumerable
{
    public List<int> Items { get; } = new();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Items.GetEnumerator();
}

public static class PatternExtensions
{
    public static IEnumerator<int> GetEnumerator(this Range3 range)
    {
        yield return 1;
        yield return 2;
        yield return 3;
    }

    public static TaskAwaiter GetAwaiter(this Delay delay) => Task.CompletedTask.GetAwaiter();

    public static void Deconstruct(this Pair pair, out int left, out int right) => (left, right) = (1, 2);

    public static void Add(this Bag bag, int item) => bag.Items.Add(item);
}
