// A sample whose usings are out of order (and whose code is not formatted).
using UsingsSample.Models;
using System.Text;
using static System.Math;
// Console comes from here.
using System;
using System.Collections.Generic;

namespace UsingsSample;

public static class Program
{
    public static void Main()
    {
        var shapes = new List<Shape> { new Shape(Abs(-2)) };
        var text = new StringBuilder(); text.Append(shapes.Count);
        Console.WriteLine(text);
    }
}
