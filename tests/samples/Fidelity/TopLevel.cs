using Fidelity.Billing;
using System.Text.Json;
using System;
using static System.Console;

var invoices = args.Length > 0 ? Load(args[0]) : [];
WriteLine($"{invoices.Length} invoice(s)");
foreach (var invoice in invoices)   {
    WriteLine($"{invoice.Id}: {invoice.Total}");
}
return invoices.Length == 0 ? 1 : 0;

static Invoice[] Load(string path) => JsonSerializer.Deserialize<Invoice[]>(System.IO.File.ReadAllText(path)) ?? Array.Empty<Invoice>();

public partial class Program
{
    public static string Version => typeof(Program).Assembly.GetName().Version?.ToString() ?? "dev";
}
