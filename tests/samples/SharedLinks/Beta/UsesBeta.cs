using System.Text;
using System.Linq;
using System;
namespace SharedLinks.Beta;

public static class UsesBeta {
    public static int    Count(  ) => Shared.Catalog.All().Count();
}
