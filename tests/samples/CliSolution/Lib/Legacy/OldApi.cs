namespace Lib.Legacy;

public static class OldApi
{
    public static int Answer() { return 42; }
}
