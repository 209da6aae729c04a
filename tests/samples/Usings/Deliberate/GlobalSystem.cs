// CSharpier 1.3.0 sorts `global::System` under "g"; Groundwork counts it as a System using.
using Zeta;
using global::System.IO;
using static global::System.Math;
using static Alpha.X;
using System;

namespace Samples.Usings.GlobalSystem;

class Qualified{}
