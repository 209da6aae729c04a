using System;
using System.Collections.Generic;

namespace Fidelity.Tail2
{
    public class Closing { public int X => 1; }
}