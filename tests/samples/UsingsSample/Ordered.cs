using System;
using UsingsSample.Models;

namespace UsingsSample;

public static class Ordered
{
    public static Shape Make() => new(Math.Max(1, 2));
}
