using System;
#if DEBUG
using System.Diagnostics;
#endif
using Messy.Geometry;

namespace Messy
{
    public enum ShapeKind { Circle, Square,
        Triangle }

    public sealed record Shape(ShapeKind Kind,double Size)
    {
        public double Area => Kind switch { ShapeKind.Circle => Math.PI*Size*Size, ShapeKind.Square => Size*Size, _ => Size*Size/2 };

        public Point Centre { get; init; } = new Point(0,0);

#if DEBUG
        public void Trace()    { Debug.WriteLine(Area); }
#endif
    }
}
