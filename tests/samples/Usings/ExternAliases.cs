extern alias Zulu;
extern alias Alpha;
using Zeta;
using System;
using Beta;

namespace Samples.Usings.Externs;

class Externs{}
