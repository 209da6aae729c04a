#define TRACE_IO
using System;

namespace Fidelity.Never
{
    public static class Branches
    {
        public static void Run(string root)
        {
#if DEBUG
            Console.WriteLine("debug: " + root);
#elif TRACE_IO
            Console.WriteLine("trace: " + root);
#else
   // never compiled: TRACE_IO is defined above
      Console.WriteLine(   "never"   );
#endif
        }
    }
}
