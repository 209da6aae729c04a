namespace Messy.Geometry;

/// <summary>Already formatted: the Format stage leaves it byte for byte alone.</summary>
public readonly record struct Point(double X, double Y)
{
    public double Length => System.Math.Sqrt(X * X + Y * Y);
}
