// Licensed under the MIT licence.
// The groups of a using block, out of order.

using Zeta.Core;
using static Zed.Helpers;
using Alpha;   // why alpha
using System.Text;
using _Internal;
using alpha.Lower;
using Alpha.Lower;
using Beta_X;
using BetaX;
using Beta.X;
using System;
using static System.Math;
using global::Foo.Bar;
using Ext::Foo;
using A = System.Int32;
using b = System.Int64;
using T = (int, string);
using Arr = int[];
using Z = System.Collections.Generic;

// about Gamma, which comes later
using Gamma;
/// a documentation comment on Delta
using Delta;

namespace Samples.Usings
{
    public class Ordering { public int Value => 1; }
}
