extern alias Legacy; global using System.Buffers; global using System.Numerics;
using System.Linq; using System; using static System.Console;
using System.Collections.Generic;   using System.Text;
using Fidelity.Text;using Fidelity.Billing ;
using Zeta; /* after Zeta */ using Alpha; // after Alpha
using Legacy::Fidelity.Api;   using Env = System.Environment; using System.Threading;

namespace Fidelity.Crowded
{
    using System.IO; using System.Globalization;
    using Beta; using Alpha.Inner; // at the end of the namespace's usings

    public static class Crowded
    {
        public static void Print(IEnumerable<int> values)
        {
            var sb = new StringBuilder(); foreach (var v in values.OrderBy(x => x)) sb.Append(v.ToString(CultureInfo.InvariantCulture)).Append(' ');
            WriteLine(sb.ToString()); File.WriteAllText(Path.GetTempFileName(), sb.ToString()); WriteLine(Formatting.Braces(1) + new Money(1m, "EUR"));
        }
    }
}
