namespace App;

public static class Tidy
{
    public static int Twice(int value) => value * 2;
}
