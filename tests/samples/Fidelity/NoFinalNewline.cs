using System.Linq;
using System;
namespace Fidelity.Tail;
public static class NoFinalNewline { public static int Last(int[] v) => v.Length == 0 ? 0 : v.Last(); public static bool Any(int[] v) => v.Any(); }
// a comment on the last line, with no newline after it