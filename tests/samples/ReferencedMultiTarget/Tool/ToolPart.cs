using System.Text;
using System;
namespace Tool;

public static class ToolPart {
    public static int   Value( int x ) =>   Math.Abs(x) + 1;
}
