using System.Text;
using System.Linq;
using System;
namespace SharedLinks.Gamma;

public static class UsesGamma {
    public static int    Count(  ) => Shared.Catalog.All().Count();
}
