using System.Collections.Generic;
using System;
using System.Linq;

namespace Fidelity.Inventory
{
    /// <summary>Stock movements as tuples: named elements, deconstruction, tuple equality.</summary>
    public static class StockLedger
    {
      public static (int received, int shipped, decimal value) Totals(IEnumerable<(string Sku, int Quantity, decimal UnitPrice)> movements)
      {
            var (received,shipped,value) = (0, 0, 0m);
            foreach (var (sku,   quantity, unitPrice) in movements)
            {
                if (quantity>0) received+=quantity; else shipped-=quantity;
                value += quantity*unitPrice;
            }
            return (received, shipped, value);
      }

        public static (string First, string Last)? SplitName(string? fullName)
        {
            if (string.IsNullOrWhiteSpace(fullName)) return null;
            var parts = fullName.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            return parts switch { [var only] => (only, ""), [var first, var last] => (first, last), _ => null };
        }

        public static void Swap<T>(ref T left, ref T right) => (left, right) = (right, left);

        public static bool SameBin((int Aisle, int Shelf) a, (int Aisle, int Shelf) b) => a == b || (a.Aisle, b.Shelf) != (b.Aisle, a.Shelf);

        public static IEnumerable<(string Sku, int Count)> Aggregate(IEnumerable<(string Sku, int Quantity, decimal UnitPrice)> movements) =>
            movements.GroupBy(m => m.Sku).Select(g => (Sku: g.Key, Count: g.Sum(x => x.Quantity))).OrderByDescending(t => t.Count).ThenBy(t => t.Sku, StringComparer.Ordinal);

        public static (int, (string, double), List<(int Id, string Name)>) Nested()
        {
            var list = new List<(int Id, string Name)> { (1, "bolt"), (2, "nut"), (Id: 3, Name: "washer") };
            (int a, (string b, double c), var d) = (1, ("x", 2.5), list);
            var t = (a, b, c);
            Console.WriteLine($"{t.a} {t.b} {t.c} {t.Item3}");
            return (a, (b, c), d);
        }

        public static int Reduce()
        {
            int total = 0; string label;
            (total, label) = Compute(3);
            (_, var discarded) = Compute(4);
            var (x, _) = Compute(5);
            return total + x + label.Length + discarded.Length;

            static (int Total, string Label) Compute(int n) => (n * n, new string('*', n));
        }

        public static Dictionary<(string Warehouse, string Sku), int> Index(IEnumerable<(string Warehouse, string Sku, int Quantity)> rows)
        {
            var index = new Dictionary<(string Warehouse, string Sku), int>();
            foreach (var row in rows)
            {
                var key = (row.Warehouse, row.Sku);
                index[key] = index.TryGetValue(key, out var current) ? current + row.Quantity : row.Quantity;
            }
            return index;
        }

        public static string Describe(object o) => o switch
        {
            (int x, int y) when x == y => "diagonal",
            ValueTuple<int, int> { Item1: > 0 } => "right half",
            (string s, _) => s,
            _ => "other"
        };

        public static (T Min, T Max) Bounds<T>(params T[] values) where T : IComparable<T>
        {
            if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
            T min = values[0], max = values[0];
            for (var i = 1; i < values.Length; i++) { if (values[i].CompareTo(min) < 0) min = values[i]; if (values[i].CompareTo(max) > 0) max = values[i]; }
            return (min, max);
        }

        private static readonly (string Code, string Name, int Digits)[] Currencies =
        {
            ("EUR", "Euro", 2), ("JPY", "Yen", 0), ("KWD", "Kuwaiti dinar", 3),
            ("USD", "US dollar", 2),
        };

        public static int DigitsOf(string code) => Array.Find(Currencies, c => c.Code == code) is var (_, _, digits) ? digits : 2;

        public static void Deconstructing()
        {
            var point = new Point3(1, 2, 3);
            var (px, py, pz) = point;
            (double a, double b) = (px, py);
            Console.WriteLine(a + b + pz);
            foreach ((var key, var value) in new Dictionary<string, int> { ["a"] = 1 })
                Console.WriteLine($"{key}={value}");
        }
    }

    public readonly struct Point3(double x, double y, double z)
    {
        public void Deconstruct(out double x1, out double y1, out double z1) { x1 = x; y1 = y; z1 = z; }
    }
}
