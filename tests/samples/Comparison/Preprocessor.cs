// Licensed under the MIT licence.
#nullable enable
using System;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif
using System.Collections.Generic;

namespace Comparison
{
    internal sealed class Preprocessor
    {
#if NET8_0_OR_GREATER
        public IReadOnlyDictionary<string,int> Freeze(Dictionary<string,int> d) => d.ToFrozenDictionary();
#else
        public IReadOnlyDictionary<string,int> Freeze(Dictionary<string,int> d) => d;
#endif

        // csharpier-ignore
        public int[,] Matrix = { {1,0},
                                 {0,1} };

        public void Log(string message)
        {
#if DEBUG
            Console.WriteLine(   message );
#endif
        }
    }
}
