namespace Comparison;

using System.Text;
using System;

public static class Expressions {
  public static string Describe(object value) => value switch {
      null => "null",
      int i when i > 100 => $"big {i}",
      int i => $"int {i}",
      string { Length: 0 } => "empty",
      string s => s,
      _ => value.ToString() ?? ""
  };

  public static int[] Numbers() => [1,2,3,
     4,5];

  public static string Raw() {
      var text = """
          Hello,
            raw string
          """;
      var sb = new StringBuilder();
      for(int i=0;i<3;i++){ sb.Append(i); }
      // a comment that stays
      return text + sb   ;
  }

  #region Helpers
  private static bool IsEven(int n)=>n%2==0;
  #endregion
}
