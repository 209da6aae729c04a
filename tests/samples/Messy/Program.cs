using System.Text;
using System;
using   System.Collections.Generic ;
// Linq is needed for Sum below.
using System.Linq;

namespace Messy
{
  public static class Program
  {
      public static int Main(string[] args) {
          var numbers = new List<int>{1,2,3,
          4};
          var builder=new StringBuilder();
          builder.Append( numbers.Sum() );
          Console.WriteLine(builder.ToString());
          return 0;
      }
  }
}
