using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System;
using System.Linq;

namespace Fidelity.Collections
{
    [CollectionBuilder(typeof(RingBuffer), nameof(RingBuffer.Create))]
    public sealed class RingBuffer<T> : IEnumerable<T>
    {
        private readonly T[] _items;
        internal RingBuffer(ReadOnlySpan<T> items) => _items = items.ToArray();
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static class RingBuffer
    {
        public static RingBuffer<T> Create<T>(ReadOnlySpan<T> items) => new(items);
    }

    [InlineArray(8)]
    public struct EightBytes
    {
        private byte _first;
    }

    public static class Collections
    {
        public static int[] Primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97];

        public static readonly ImmutableArray<string> Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri"];

        public static List<string> Empty() => [];

        public static IEnumerable<int> Combine(int[] left, List<int> right, IEnumerable<int> more) => [.. left, 0, .. right, .. more.Where(x => x > 0), int.MaxValue];

        public static Span<char> Vowels() => ['a', 'e', 'i', 'o', 'u'];

        public static ReadOnlySpan<byte> Header => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

        public static RingBuffer<double> Samples() => [1.0, 2.5, .. Enumerable.Range(0, 3).Select(i => i * 0.5)];

        public static int[][] Jagged = [[1, 2], [3], [], [4, 5, 6]];

        public static Dictionary<string, int[]> Lookup = new() { ["a"] = [1], ["b"] = [2, 3], ["c"] = [] };

        public static HashSet<string> Keywords { get; } = ["abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal"];

        public static void Use()
        {
            int[] a = [1, 2, 3];
            List<int> b = [.. a, .. a];
            IReadOnlyCollection<int> c = [.. b];
            ICollection<int> d = [4, 5];
            var e = new EightBytes();
            e[0] = 1;
            Span<int> f = [.. a];
            Console.WriteLine(a.Length + b.Count + c.Count + d.Count + e[0] + f.Length);
            Print([]);
            Print(["x", "y"]);
            Print([.. Weekdays, "Sat", "Sun"]);
        }

        private static void Print(IEnumerable<string> values) => Console.WriteLine(string.Join(", ", values));

        public static int[] Matrix() =>
        [
            1, 0, 0,
            0, 1, 0,
            0, 0, 1,
        ];

        public static List<(string Name, int Age)> People() => [("Ann", 31), ("Bob", 27), ("Cy", 45)];
    }
}
