using System;

namespace Fidelity.Compat
{
    // Code that is only text to the compiler: the branch is never compiled, so it need not be C#.
    public static class Drafts
    {
#if NEVER_DEFINED
        this is not C# at all {{{ but the compiler never reads it
        public static void Broken( { }
#else
        public static void Working()   {  Console.WriteLine("ok");  }
#endif
    }
}
