using System.Text;
using System.Linq;
using System;
namespace SharedLinks.Delta;

public static class UsesDelta {
    public static int    Count(  ) => Shared.Catalog.All().Count();
}
