using Zeta;
using Alpha;
// groundwork-ignore-start
using Yankee;
using Xray;
// groundwork-ignore-end
using Delta;
using Beta;

namespace Samples.Usings.Ignored;

class Ignored{}
