using System.Text;
using System;
namespace Lib;

public static class LibPart {
    public static int   Value( int x ) =>   Math.Abs(x) + 1;
}
