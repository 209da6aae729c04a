using System.Runtime.CompilerServices;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using System.Collections.Generic;
using System;
using System.Threading;
using System.IO;

namespace Fidelity.Async
{
    public static class Pipelines
    {
        public static async IAsyncEnumerable<string> ReadLinesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await using var stream = File.OpenRead(path);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length == 0) continue;
                yield return line;
            }
        }

        public static async Task<int> CountAsync(IAsyncEnumerable<string> lines, CancellationToken ct)
        {
            var count = 0;
            await foreach (var line in lines.WithCancellation(ct).ConfigureAwait(false))
                if (!line.StartsWith('#')) count++;
            await foreach (var (index, text) in Numbered(lines)) { Console.WriteLine($"{index}: {text}"); }
            return count;
        }

        private static async IAsyncEnumerable<(int, string)> Numbered(IAsyncEnumerable<string> source)
        {
            var i = 0;
            await foreach (var s in source) yield return (i++, s);
        }

        public static void Delegates()
        {
            var parse = [return: NotNullIfNotNull(nameof(s))] static (string? s) => s?.Trim();
            var scale = (double value, double factor = 2.0) => value * factor;
            var join = (string separator, params string[] parts) => string.Join(separator, parts);
            var sum = (params ReadOnlySpan<int> values) => { var t = 0; foreach (var v in values) t += v; return t; };
            Func<int, int> square = x => x * x;
            Func<int, int, int> pick = (_, b) => b;
            Action<string> log = [Obsolete("use logger")] (message) => Console.WriteLine(message);
            var typed = int (string text) => int.Parse(text);
            var asyncLambda = async Task<int> (CancellationToken ct) => { await Task.Delay(1, ct); return 1; };
            var noParams = () => 42;
            var discardBoth = (int _, int _) => 0;
            var chained = (int x) => (int y) => (int z) => x + y + z;
            Console.WriteLine($"{parse(" a ")} {scale(3)} {join(",", "a", "b")} {sum(1, 2, 3)} {square(4)} {pick(1, 2)} {typed("5")} {noParams()} {discardBoth(1, 2)} {chained(1)(2)(3)}");
            log("done");
            _ = asyncLambda(CancellationToken.None);
        }

        public static int LocalFunctions(int[] values)
        {
            return Total(values) + Fib(10) + Apply<int>(values[0], static v => v + 1);

            static int Total(ReadOnlySpan<int> span) { var t = 0; foreach (var v in span) t += v; return t; }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

            T Apply<T>(T value, Func<T, T> f) where T : struct => f(value);
        }

        public static async Task<string> Combined(IEnumerable<Uri> uris)
        {
            using var http = new System.Net.Http.HttpClient();
            var tasks = new List<Task<string>>();
            foreach (var uri in uris) tasks.Add(Fetch(uri));
            var results = await Task.WhenAll(tasks);
            return string.Concat(results);

            async Task<string> Fetch(Uri uri)
            {
                try { return await http.GetStringAsync(uri); }
                catch (Exception e) when (e is System.Net.Http.HttpRequestException or TaskCanceledException) { return ""; }
            }
        }

        public static async ValueTask DisposeAll(IEnumerable<IAsyncDisposable> items)
        {
            foreach (var item in items) await item.DisposeAsync();
            await using (var first = new MemoryStream()) { await first.FlushAsync(); }
            using (var a = new MemoryStream())
            using (var b = new MemoryStream())
            {
                await a.CopyToAsync(b);
            }
        }

        public static event EventHandler<string>? Message;

        public static void Subscribe()
        {
            Message += (sender, text) => Console.WriteLine(text);
            Message += async (sender, text) => await Task.Yield();
            Message += delegate (object? sender, string text) { Console.WriteLine(sender); };
            Message += delegate { };
            Message?.Invoke(null, "hi");
        }
    }
}
