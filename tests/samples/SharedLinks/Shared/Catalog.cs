using System.Collections.Generic;
using System.IO;
using System;
namespace Shared;

public static class Catalog
{
    public static IEnumerable<string>   All()
    {
        yield return   nameof(Catalog);
    }
}
