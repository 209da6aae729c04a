using System.Text;
using System;
namespace Core;

public static class CorePart {
    public static int   Value( int x ) =>   Math.Abs(x) + 1;
}
