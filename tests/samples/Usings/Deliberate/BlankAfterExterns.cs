// CSharpier 1.3.0 moves the blank line below the extern aliases along with the first using; Groundwork keeps it here.
extern alias Zulu;
extern alias Alpha;

using Zeta;
using System;
using Beta;

namespace Samples.Usings.Externs;

class BlankAfterExterns{}
