#pragma warning disable GW3001
using System.Net.Http;
#pragma warning restore GW3001

namespace Traps.Suppressed;

public static class Pragma { }
