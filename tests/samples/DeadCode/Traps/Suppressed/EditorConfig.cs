using System.Timers;

namespace Traps.Suppressed;

public static class EditorConfig { }
