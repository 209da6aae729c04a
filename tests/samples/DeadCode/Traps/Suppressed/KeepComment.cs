using System.Threading.Channels; // groundwork: keep (the plugin loader needs it)

namespace Traps.Suppressed;

public static class KeepComment { }
