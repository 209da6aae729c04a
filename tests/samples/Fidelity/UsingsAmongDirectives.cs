// Usings around #if, #pragma and #region: Groundwork sorts each stretch between two directives on its own
// and keeps #if blocks as they are; CSharpier 1.3.0 hoists plain usings above the #if block.
#nullable enable
using System.Text;
using System;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
using System.Buffers;
#elif NETSTANDARD2_0
using Fidelity.Polyfills;
#else
using System.Collections.Concurrent;
#endif
using System.Linq;
using System.Collections.Generic;
#pragma warning disable CS0105 // duplicates on purpose
using System.IO;
using System.IO;
#pragma warning restore CS0105

namespace Fidelity.Directives
{
    public static class Lookup
    {
#if NET8_0_OR_GREATER
        public static FrozenDictionary<string, int> Freeze(IEnumerable<KeyValuePair<string, int>> items) => items.ToFrozenDictionary();
#else
        public static Dictionary<string, int> Freeze(IEnumerable<KeyValuePair<string, int>> items) => items.ToDictionary(p => p.Key, p => p.Value);
#endif
        public static string Read(string path) => new StringBuilder(File.ReadAllText(path)).ToString() + Environment.NewLine;
    }
}
