// Usings around #if and #pragma: CSharpier 1.3.0 moves plain usings above the #if block and across the
// #pragma lines; Groundwork sorts each stretch between two directives on its own.
#nullable enable
using Zeta;
using Beta;
#if DEBUG
using Delta;
using Alpha;
#endif
using Gamma;
using Ace;
#pragma warning disable CS0105
using Romeo;
using Quebec;
#pragma warning restore CS0105

namespace Samples.Usings.IfBlocks;

class Directives{}
