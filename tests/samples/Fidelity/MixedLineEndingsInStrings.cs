using System;

namespace Fidelity.MixedStrings
{
    public static class Texts
    {
        // The file starts with LF; the verbatim string holds a CRLF, which is part of its value.
        public static string Verbatim = @"first line
second line";
        public static int Length => Verbatim.Length;
    }
}
