using System.Text;
using System;

namespace Fidelity.Compat
{
    public static class Shims
    {
#if NETFRAMEWORK
        public static string Join(string separator, string[] parts) => string.Join(separator, parts);
#error This library no longer supports .NET Framework
#elif NEVER_DEFINED
        public static string Join(string separator, params string[] parts) => string.Concat(parts);
#else
        public static string Join(string separator, ReadOnlySpan<string> parts) => string.Join(separator, parts.ToArray());
#endif

        public static string Report(int count, double ratio)
        {
#if VERBOSE
            return $"count={  count ,5:x} ratio={ratio  :P2} at {DateTime.Now   :HH:mm}";
#elif LEGACY
            return string.Format("count={0,5:x} ratio={1:P2}", count, ratio);
#else
            return $"count={count,5:x} ratio={ratio:P2}";
#endif
        }

        public static void Trace(string message)
        {
#if TRACE_ALL
            var sb = new StringBuilder();
            sb.Append($"[{DateTime.UtcNow:O}] {message}");
            Console.WriteLine($@"{sb} {  message.Length  }");
#endif
#if false
            Console.WriteLine("never");
#endif
#warning Trace is a no-op in this build
            _ = message;
        }

#if OLD_COMPILER
        public static int Sum(params int[] values) { var t = 0; foreach (var v in values) t += v; return t; }
#else
        public static int Sum(params ReadOnlySpan<int> values)
        {
            var total = 0;
            foreach (var value in values)
                total += value;
            return total;
        }
#endif
    }
}
