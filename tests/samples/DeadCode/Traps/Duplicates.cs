using System.Text;
using System.IO;
using System.IO;

namespace Traps;

public static class Duplicates
{
    public static string Join() => new StringBuilder(Path.GetTempPath()).ToString();
}
