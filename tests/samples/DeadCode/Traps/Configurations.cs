#if DEBUG
using System.Diagnostics;
#endif
using System.Globalization;

namespace Traps;

public static class Configurations
{
#if DEBUG
    public static void Trace() => Debug.WriteLine("debug");
#else
    public static string Trace() => CultureInfo.InvariantCulture.Name;
#endif
}
