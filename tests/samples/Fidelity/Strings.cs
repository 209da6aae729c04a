using System.Globalization;
using System.Threading.Tasks;
using System;
using System.Text;

namespace Fidelity.Text;

public static class Formatting
{
    public static ReadOnlySpan<byte> Magic => "GWRK"u8;
    public static ReadOnlySpan<byte> Crlf => "\r\n"u8;
    public static byte[] Greeting = "héllo wörld"u8.ToArray();
    public static ReadOnlySpan<byte> Verbatim => @"C:\temp\"u8;

    public static string Table(int id, double ratio, DateTime when, string name) =>
        $"{id,5:x}|{ratio,-10:P1}|{when:yyyy-MM-dd HH:mm}|{name,12}|{  id  }|{ratio :F2}|{id , 4}";

    public static async Task<string> Render(Task<int> pending, Task<string> label)
    {
        return $"{await pending,5:x} {await label,-8} {(await pending) * 2:D4} {  await label  }";
    }

    public static string Paths(string user) =>
        @"C:\Users\" + user + @"\AppData\Local" + $@"\{user}\cache" + @$"\{user}\logs\""quoted""";

    public static string Nested(int[] values) => $"values: {string.Join(", ", values.Select(v => $"<{v:000}>"))} count={values.Length}";

    public static string Escapes = "tab\there \"quoted\" \\ backslash \u00e9 \x41 \U0001F600 \0 end";

    public static char[] Chars = ['\'', '\\', '\n', '\t', '\u2028', 'a', '"'];

    public static string Conditional(bool ok) => $"status: {(ok ? "ok" : "failed")} at {DateTime.UtcNow:O}";

    public static string Braces(int n) => $"{{literal}} {n} {{{n}}}";

    public static string Culture(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:C} {amount,10:N2} {amount:#,##0.00;(#,##0.00);zero}");

    public static string Multiline(string a, string b) => $"first {a
        } and {
            b
        } last";

    public static string Builder()
    {
        var sb = new StringBuilder();
        sb.Append($"{1,3}").Append($"{"x",-3}|").AppendLine($@"{Environment.NewLine}");
        sb.AppendFormat(CultureInfo.InvariantCulture, "{0,5:x} {1}", 255, "ff");
        return sb.ToString();
    }

    public static string Concatenated = "a very long string literal that goes on and on " + "and is concatenated with another one " + "and a third one to make the line long enough to wrap";

    public static FormattableString Fs(int x) => $"{x}";

    public static string Verbatim2 = @"line one
line two ""quoted""
    indented line three";
}
