using System;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Members;

public static class Program
{
    public static int Main()
    {
        var settings = new Settings();
        settings.Apply(3);
        var found = MethodBase.GetCurrentMethod()!.DeclaringType!.GetMethod("FoundByReflection", BindingFlags.NonPublic | BindingFlags.Static);
        var marked = settings.GetType()
            .GetFields(BindingFlags.NonPublic | BindingFlags.Instance)
            .Count(f => f.IsDefined(typeof(ObsoleteAttribute)));
        Console.WriteLine($"{found is not null},{marked},{settings.Describe()},{typeof(Conventions).GetMethods(BindingFlags.NonPublic | BindingFlags.Static).Length},{new System.IO.StreamReader(typeof(Program).Assembly.GetManifestResourceStream("Members.Greeting.txt")!).ReadToEnd().Trim()},{Messages.Farewell}");
        return 0;
    }

    private static void FoundByReflection() { }

    /// <summary>The start of a chain that nothing calls.</summary>
    private static int First() => Second();

    private static int Second() => Third();

    private static int Third() => 3;

    private static StringBuilder Builder() => new();
}

public sealed class Settings
{
    private int _written;

    [Obsolete("read by reflection")]
    private int _marked;

    private int _size = 2;

    private int Size => _size;

    private void Spare() { } // groundwork: keep

    private void Unused() { }

    public void Apply(int value) => _written = value;

    public string Describe() => Size.ToString();
}

/// <summary>Handed to reflection as a type: a library finds its private members by a convention, not by name.</summary>
public static class Conventions
{
    private static int GetValue(object source) => 12;
}
