using System.Text;
using System;
using System.Collections.Generic;

namespace Fidelity.Shipping;

public abstract record Parcel(double WeightKg);
public sealed record Letter(double WeightKg, bool Registered) : Parcel(WeightKg);
public sealed record Box(double WeightKg, Dimensions Size, string? Contents) : Parcel(WeightKg);
public sealed record Pallet(double WeightKg, int Layers, IReadOnlyList<Box> Boxes) : Parcel(WeightKg);
public readonly record struct Dimensions(int Length, int Width, int Height);

public static class Tariff
{
    public static decimal Price(Parcel parcel) => parcel switch
    {
        Letter { Registered: true } => 2.40m,
        Letter { WeightKg: <= 0.02 } => 0.85m,
        Letter => 1.55m,
        Box { Size: { Length: > 120 } or { Width: > 60 } } => 49.00m,
        Box { Size.Height: >= 60 and < 100, WeightKg: var w } => 15m + (decimal)w,
        Box(var weight, _, null) when weight > 30 => throw new InvalidOperationException("too heavy"),
        Box(> 20, (var l, var wd, _), not null) => 12m + l * wd / 1000m,
        Box b => 7.5m + (decimal)b.WeightKg * 0.5m,
        Pallet { Boxes: [] } => 0m,
        Pallet { Boxes: [var single] } => Price(single) * 1.1m,
        Pallet { Boxes: [var first, .., var last], Layers: > 1 and < 5 } => Price(first) + Price(last) + 80m,
        Pallet { Boxes: [_, _, .. var rest] } p => 100m + rest.Count * 3m + (decimal)p.WeightKg,
        Pallet => 100m,
        null => throw new ArgumentNullException(nameof(parcel)),
        _ => throw new NotSupportedException(parcel.GetType().Name),
    };

    public static string Classify(object? value)
    {
        switch (value)
        {
            case null:
                return "nothing";
            case int i when i is < 0:
                return "negative";
            case int and (0 or 1):
                return "bit";
            case int n and > 1 and <= 9:
                return $"digit {n}";
            case long or ulong:
                return "wide";
            case string { Length: 0 }:
                return "empty";
            case string s when s.StartsWith('#'):
                return "comment";
            case int[] { Length: > 2 } arr when arr[0] == arr[^1]:
                return "palindrome-ish";
            case int[] and [1, 2, .. var middle, 9]:
                return $"starts 1 2 ends 9 with {middle.Length} between";
            case char c when c is >= 'a' and <= 'z' or >= 'A' and <= 'Z':
                return "letter";
            case IEnumerable<char> chars:
                return "chars";
            case var other:
                return other.ToString() ?? "";
        }
    }

    public static bool IsWeekendShipment(DateTime when) => when.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static bool IsNotEmpty(string? s) => s is not (null or "");

    public static int Score(ReadOnlySpan<char> code) => code switch
    {
        "EXPRESS" => 3,
        ['S', 'T', 'D', ..] => 2,
        [.., 'X'] or ['x', ..] => 1,
        [] => -1,
        _ => 0
    };

    public static string Zone((string Country, int Postcode) address) => address switch
    {
        ("NL", >= 1000 and <= 1099) => "Amsterdam",
        ("NL", _) => "Netherlands",
        ("BE" or "LU", var pc) when pc % 2 == 0 => "Benelux even",
        (var country, _) when country.Length != 2 => "invalid",
        _ => "world",
    };

    public static string Render(IReadOnlyList<int> values)
    {
        var sb = new StringBuilder();
        if (values is [var head, .. { Count: > 0 } tail])
        {
            sb.Append(head).Append(" then ").Append(tail.Count);
        }
        else if (values is [] or null) { sb.Append("none"); }
        if (values is not [.., 0]) sb.Append(" (no trailing zero)");
        return sb.ToString();
    }

    public static bool Check(object o) =>
        o is Box { Contents: { Length: > 3 } contents } && contents is not "fragile" ||
        o is Letter l && l is { Registered: false, WeightKg: < 1 } || o is (double)or(float);

    public static int Nested(object o) => o switch { Pallet { Boxes: [Box { Size: { Length: var len } }, ..] } when len > 10 => len, Box { Size: (1, 1, 1) } => 1, _ => 0 };
}
