using Polyfills;
using System.Text;
using System.Linq;

namespace MultiTarget;

public static class Shared
{
    public static int LastIndex(string[] items) => items.Index().Last().Index;
}
