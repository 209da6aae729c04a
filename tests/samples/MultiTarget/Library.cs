namespace MultiTarget;
#if NET10_0_OR_GREATER
using System.Buffers;
#endif
using System.Text;

public static class Library {
    public static string Describe( int value ) => new StringBuilder().Append(value).ToString();
}
