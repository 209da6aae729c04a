// A #region around some usings: CSharpier 1.3.0 writes #endregion before #region, and the file no longer
// compiles. Groundwork keeps the region whole and sorts inside it.
using Gamma;
#region Imports
using Yankee;
using Xray;
#endregion
using Romeo;
using Alpha;

namespace Samples.Usings.Regions;

class Regions{}
