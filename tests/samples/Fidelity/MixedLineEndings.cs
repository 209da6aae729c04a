using System.Text;
using System;

namespace Fidelity.Mixed
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

        // comments end with either line ending
        public static int Twice(int a)
        {
            return a*2; // twice
        }
    }
}
