using static Traps.Text.Shouting;

namespace Traps.Text
{
    public static class Shouting
    {
        public static string Shout(this string text) => text.ToUpperInvariant() + "!";
    }
}

namespace Traps
{
    public static class UseShout
    {
        public static string Greet() => "hello".Shout();
    }
}
