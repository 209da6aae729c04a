using System.Text;
using System;
namespace App;

public static class AppPart {
    public static int   Value( int x ) =>   Math.Abs(x) + 1;
}
