namespace Groundwork.Engine.Files;

public static class TextDifference
{
    /// <summary>The 1-based line of the first character at which two texts differ, or 0 when they are equal.</summary>
    public static int FirstDifferentLine(string original, string changed)
    {
        var length = Math.Min(original.Length, changed.Length);
        var index = 0;
        while (index < length && original[index] == changed[index])
            index++;
        if (index == length && original.Length == changed.Length)
            return 0;
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (original[i] == '\n')
                line++;
        }
        return line;
    }
}
