using Zeta;
using Alpha;

namespace Samples.Usings.Outer
{
    // The comment above the first using stays on top.
    using Yankee;
      using Xray;
    using static System.Console;

    namespace Inner
    {
        using Quebec;
    using Papa;

        class Nested{}
    }
}

namespace Samples.Usings.Second {
    using System.Linq;
    using System.Collections.Generic;
    class Other{}
}
