using System.Collections.Generic;
using System;
using System.Linq;

namespace Fidelity.Latest;

public static class EnumerableExtensions
{
    extension<T>(IEnumerable<T> source)
    {
        public bool IsEmpty => !source.Any();

        public IEnumerable<T> WhereNot(Func<T, bool> predicate) => source.Where(x => !predicate(x));

        public static IEnumerable<T> Repeat(T value, int count) => Enumerable.Repeat(value, count);
    }

    extension(string text)
    {
        public int WordCount => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        public string Truncate(int max) => text.Length <= max ? text : text[..max] + "…";
    }

    extension<TKey, TValue>(IDictionary<TKey, TValue> map) where TKey : notnull
    {
        public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
        {
            if (!map.TryGetValue(key, out var value)) map[key] = value = factory(key);
            return value;
        }
    }

    extension(int)
    {
        public static int Parsed(string s) => int.Parse(s);
    }
}

public class Temperature
{
    public double Celsius
    {
        get;
        set => field = value < -273.15 ? throw new ArgumentOutOfRangeException(nameof(value)) : value;
    }

    public string Label { get => field ??= "unnamed"; set; }

    public List<string> History { get => field ?? []; init => field = [.. value]; }
}

public class Node
{
    public Node? Next { get; set; }
    public string? Name { get; set; }
    public int[]? Values { get; set; }
    public event EventHandler? Changed;

    public static void Update(Node? node, Customer? customer)
    {
        node?.Name = "updated";
        node?.Next?.Name = node.Name + " next";
        node?.Values?[0] = 42;
        customer?.Orders ??= [];
        customer?.Total += 10;
        node?.Changed += (s, e) => Console.WriteLine(s);
    }
}

public class Customer { public List<int>? Orders { get; set; } public int Total { get; set; } }

public static class Names
{
    public static string Open => nameof(List<>);
    public static string Pair => nameof(Dictionary<,>.KeyCollection);

    public static void Lambdas()
    {
        TryParse parse = (text, out result) => int.TryParse(text, out result);
        RefAction bump = (ref x) => x++;
        Func<int, int, int> add = static (a, b) => a + b;
        var v = 1;
        bump(ref v);
        Console.WriteLine(parse("12", out var r) ? r + add(v, 1) : 0);
        ReadOnlySpan<int> span = new[] { 1, 2 };
        Console.WriteLine(span.Length);
    }

    private delegate bool TryParse(string text, out int result);
    private delegate void RefAction(ref int x);
}

public partial class Widget
{
    public partial Widget(string name);
    public partial event EventHandler? Resized;
}

public partial class Widget
{
    private readonly string _name;
    public partial Widget(string name) => _name = name;
    private EventHandler? _resized;
    public partial event EventHandler? Resized { add => _resized += value; remove => _resized -= value; }
    public override string ToString() => _name;
}

public struct Money
{
    public decimal Amount;
    public void operator +=(Money other) => Amount += other.Amount;
    public void operator ++() => Amount++;
    public static Money operator +(Money a, Money b) => new() { Amount = a.Amount + b.Amount };
}
