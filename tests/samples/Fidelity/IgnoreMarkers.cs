using System.Collections.Generic;
using System;

namespace Fidelity.Ignored
{
    public static class Kernels
    {
        // csharpier-ignore
        public static readonly int[,] Sobel =
        {
            { -1, 0, 1 },
            { -2, 0, 2 },
            { -1, 0, 1 },
        };

        public static readonly int[,] Laplace = { { 0, 1, 0 }, { 1, -4, 1 }, { 0, 1, 0 } };

        // csharpier-ignore-start
        public static int   Add (int a , int b)   =>   a+b;
        public static int   Sub (int a , int b)   =>   a-b;
        // csharpier-ignore-end

        public static int   Mul (int a , int b)   =>   a*b;

        public static IEnumerable<int> Values()
        {
            // csharpier-ignore
            var table = new[] { 1,2,3,
                                4,5,6 };
            foreach (var v in table) yield return v;
        }
    }
}
