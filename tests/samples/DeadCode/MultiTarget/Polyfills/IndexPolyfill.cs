namespace Polyfills;

public static class IndexPolyfill
{
    public static IEnumerable<(int Index, T Item)> Index<T>(this IEnumerable<T> source)
    {
        var index = 0;
        foreach (var item in source)
            yield return (index++, item);
    }
}
