using System.Text;
using System;

namespace Fidelity.MixedCrlfFirst
{
    public static class MixedEndings
    {
        public static string Greet(string name)
        {
            var sb = new StringBuilder();
            sb.Append("Hello, ").Append(name);
            return sb.ToString();
        }

        public static int Add(int a,int b) => a+b;

        public static string Verbatim = @"a verbatim string
whose line endings are part of its value";

        public static string Raw = """
            a raw string
            across lines
            """;
    }
}
