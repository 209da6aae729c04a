using System.Text;
using System.Linq;
using System;
namespace SharedLinks.Alpha;

public static class UsesAlpha {
    public static int    Count(  ) => Shared.Catalog.All().Count();
}
