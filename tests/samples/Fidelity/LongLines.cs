using System.Threading.Tasks;
using System.Collections.Generic;
using System;
using System.Linq;

namespace Fidelity.LongLines
{
    public sealed class ReportGenerator
    {
        public async Task<IReadOnlyDictionary<string, IReadOnlyList<(DateTimeOffset Timestamp, decimal Amount, string Currency, string? Note)>>> GenerateAsync(IEnumerable<string> accounts, DateTimeOffset from, DateTimeOffset to, Func<string, DateTimeOffset, DateTimeOffset, Task<IEnumerable<(DateTimeOffset, decimal, string, string?)>>> fetch, bool includeEmptyAccounts = false, int maxDegreeOfParallelism = 4)
        {
            var result = new Dictionary<string, IReadOnlyList<(DateTimeOffset Timestamp, decimal Amount, string Currency, string? Note)>>(StringComparer.OrdinalIgnoreCase);
            using var throttle = new System.Threading.SemaphoreSlim(maxDegreeOfParallelism, maxDegreeOfParallelism);
            var tasks = accounts.Distinct(StringComparer.OrdinalIgnoreCase).Select(async account => { await throttle.WaitAsync(); try { return (account, rows: (await fetch(account, from, to)).ToList()); } finally { throttle.Release(); } }).ToList();
            foreach (var (account, rows) in await Task.WhenAll(tasks)) if (includeEmptyAccounts || rows.Count > 0) result[account] = rows.Select(r => (Timestamp: r.Item1, Amount: r.Item2, Currency: r.Item3, Note: r.Item4)).OrderBy(r => r.Timestamp).ThenByDescending(r => r.Amount).ToList();
            return result;
        }

        public static string Describe(int count, decimal total, string currency, DateTimeOffset generatedAt, TimeSpan elapsed, bool partial) => partial ? $"Partial report: {count} rows totalling {total:N2} {currency}, generated at {generatedAt:u} in {elapsed.TotalMilliseconds:F0} ms (some accounts failed)" : $"Report: {count} rows totalling {total:N2} {currency}, generated at {generatedAt:u} in {elapsed.TotalMilliseconds:F0} ms";

        public static bool IsSuspicious(decimal amount, string currency, string? note, DateTimeOffset timestamp) => amount > 10_000m && currency is "USD" or "EUR" && (note is null || note.Contains("cash", StringComparison.OrdinalIgnoreCase) || note.Contains("transfer", StringComparison.OrdinalIgnoreCase)) && timestamp.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && timestamp.Hour is < 6 or > 22;

        private static readonly IReadOnlyDictionary<string, (string Name, int MinorUnits, decimal ReportingThreshold)> CurrencyMetadata = new Dictionary<string, (string Name, int MinorUnits, decimal ReportingThreshold)> { ["EUR"] = ("Euro", 2, 10_000m), ["USD"] = ("US Dollar", 2, 10_000m), ["JPY"] = ("Japanese Yen", 0, 1_000_000m), ["BHD"] = ("Bahraini Dinar", 3, 3_770m) };

        public string Chain(string input) => input.Trim().ToUpperInvariant().Replace("A", "4").Replace("E", "3").Replace("I", "1").Replace("O", "0").Replace("S", "5").Replace("T", "7").Normalize().PadLeft(40, '.').Substring(0, 40).TrimStart('.');

        public static int Arithmetic(int a, int b, int c, int d, int e, int f) => ((a + b) * (c - d) / (e == 0 ? 1 : e)) % (f == 0 ? 1 : f) + (a << 2) - (b >> 1) + (c & 0xFF) + (d | 0x100) + (e ^ 0x55) + ~f + (a > b ? c : d) + (int)Math.Pow(a, 2);

        public void Call() => Console.WriteLine(string.Join(", ", Enumerable.Range(0, 100).Where(i => i % 3 == 0).Select(i => i * i).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Take(10)));

        public const string VeryLongConstant = "This constant is far longer than the print width of one hundred characters and cannot be broken by a formatter at all";

        public bool Conditions(int x) { if (x > 0 && x < 100 && x % 2 == 0 && x % 3 == 0 && x % 5 == 0 && x != 30 && x != 60 && x != 90) { return true; } else if (x < 0 || x > 1000 || (x > 500 && x < 600)) { return false; } return x == 42; }
    }
}
