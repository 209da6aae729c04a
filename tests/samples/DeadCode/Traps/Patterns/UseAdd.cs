using Traps.Patterns;

namespace Traps.Uses;

public static class UseAdd
{
    public static Bag Make() => new Bag { 1, 2, 3 };
}
