using System.Text;
using System;

namespace Lib;

public static class Ordering
{
    public static string Line(string text) =>
        new StringBuilder(text).Append(Environment.NewLine).ToString();
}
