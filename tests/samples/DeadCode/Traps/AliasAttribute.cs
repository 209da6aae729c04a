using Marker = Traps.Markers.MarkerAttribute;

namespace Traps.Markers
{
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class MarkerAttribute : System.Attribute { }
}

namespace Traps
{
    [Marker]
    public sealed class Marked { }
}
