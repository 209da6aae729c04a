using System.Collections.Concurrent;

namespace Traps;

/// <summary>Like <see cref="ConcurrentDictionary{TKey, TValue}"/>, but smaller.</summary>
public static class Cref
{
    public static string Describe() => "cref";
}
