using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System;
using System.Collections.Immutable;

namespace Fidelity.Billing
{
    public record Money(decimal Amount, string Currency)
    {
        public static Money Zero(string currency) => new(0m, currency);
        public static Money operator +(Money left, Money right) => left.Currency == right.Currency ? left with { Amount = left.Amount + right.Amount } : throw new InvalidOperationException($"{left.Currency} vs {right.Currency}");
        public override string ToString() => $"{Amount:0.00} {Currency}";
    }

    public sealed record class Invoice(
        [property: JsonPropertyName("id")] Guid Id,
        [property: JsonPropertyName("customer"), Required] string Customer,
        ImmutableArray<InvoiceLine> Lines,
        DateOnly IssuedOn)
    {
        public Money Total => Lines.IsDefaultOrEmpty ? Money.Zero("EUR") : Lines.Aggregate(Money.Zero(Lines[0].Price.Currency), (sum, l) => sum + l.Price with { Amount = l.Price.Amount * l.Quantity });
        public bool IsOverdue(DateOnly today) => today > IssuedOn.AddDays(30);

        public Invoice AddLine(InvoiceLine line) => this with { Lines = Lines.Add(line) };
    }

    public record InvoiceLine(string Description, int Quantity, Money Price);

    public readonly record struct TaxRate(string Country, decimal Percent)
    {
        public decimal Apply(decimal net) => net * (1 + Percent / 100m);
    }

    public record struct Counter(int Value)
    {
        public void Increment() => Value++;
    }

    public abstract record Document
    {
        public required string Number { get; init; }
        public string? Reference { get; init; }
        public DateTimeOffset Created { get; init; } = DateTimeOffset.UtcNow;
        protected virtual bool PrintMembers(System.Text.StringBuilder builder) { builder.Append(Number); return true; }
    }

    public sealed record CreditNote : Document
    {
        public required Invoice Original { get; init; }
        public required decimal Refund { get; init; }
        [JsonIgnore] public string Summary => $"{Number} refunds {Refund} of {Original.Id}";
    }

    public record Customer
    {
        public Customer(string name) => Name = name;
        public string Name { get; init; }
        public ImmutableList<string> Tags { get; init; } = ImmutableList<string>.Empty;
        public Customer Tag(string tag) => this with { Tags = Tags.Add(tag) };
        public virtual bool Equals(Customer? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);
        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);
    }

    public record Person(string First, string Last) { public string Full => $"{First} {Last}"; }
    public record Employee(string First, string Last, int Badge) : Person(First, Last);
    public sealed record Manager(string First, string Last, int Badge, ImmutableArray<Employee> Reports) : Employee(First, Last, Badge)
    {
        public int Span => Reports.Length;
    }

    public static class InvoiceFactory
    {
        public static Invoice Sample()
        {
            var customer = new Customer("ACME") { Tags = ["wholesale", "eu"] };
            var note = new CreditNote
            {
                Number = "CN-001",
                Original = new Invoice(Guid.Empty, customer.Name, [new InvoiceLine("Widget", 3, new Money(9.99m, "EUR"))], new DateOnly(2024, 1, 31)),
                Refund = 9.99m
            };
            var copy = note with { Reference = "R-1", Refund = note.Refund / 2 };
            var (id, name, lines, issued) = copy.Original;
            Console.WriteLine($"{id} {name} {lines.Length} {issued:yyyy-MM-dd}");
            return copy.Original.AddLine(new("Shipping", 1, new(4.5m, "EUR")));
        }
    }

    public record Node<T>(T Value, Node<T>? Next = null) where T : notnull
    {
        public int Length => 1 + (Next?.Length ?? 0);
    }

    public partial record Settings(int Retries = 3, TimeSpan? Timeout = default, string Endpoint = "https://example.invalid/api");
    public partial record Settings { public static Settings Default { get; } = new(); }
}
