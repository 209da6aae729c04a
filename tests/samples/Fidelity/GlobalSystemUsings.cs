using global::System.IO;
using Fidelity.Text;
using global::System;
using System.Text;
using static global::System.Math;

namespace Fidelity.Qualified
{
    public static class Qualified
    {
        public static string Read(string path) => File.ReadAllText(path) + Formatting.Braces((int)Max(1, 2)) + new StringBuilder().Append(Environment.NewLine);
    }
}
