namespace Lib;

public static class Library {
    public static string Describe( int value ) => value.ToString();
}
