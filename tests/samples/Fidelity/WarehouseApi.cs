using Microsoft.Extensions.Logging;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.Threading;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Fidelity.Services;
using static System.StringComparison;

namespace Fidelity.Warehouse.Api;

[JsonSerializable(typeof(StockItem))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
internal partial class WarehouseJsonContext : JsonSerializerContext;

public enum StockStatus { InStock, Low, OutOfStock, Discontinued }

public sealed record StockItem(
    [property: Required, StringLength(32)] string Sku,
    [property: Range(0, int.MaxValue)] int Quantity,
    decimal UnitCost,
    string? Location = null)
{
    [JsonIgnore]
    public StockStatus Status => Quantity switch { 0 => StockStatus.OutOfStock, < 10 => StockStatus.Low, _ => StockStatus.InStock };

    public decimal Value => Quantity * UnitCost;
}

public sealed record Reservation(Guid Id, string Sku, int Quantity, DateTimeOffset ExpiresAt)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}

public interface IStockStore
{
    ValueTask<StockItem?> FindAsync(string sku, CancellationToken cancellationToken);
    ValueTask SaveAsync(StockItem item, CancellationToken cancellationToken);
    IAsyncEnumerable<StockItem> ListAsync(CancellationToken cancellationToken);
}

public sealed class InMemoryStockStore : IStockStore
{
    private readonly Dictionary<string, StockItem> _items = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public ValueTask<StockItem?> FindAsync(string sku, CancellationToken cancellationToken)
    {
        lock (_lock) return ValueTask.FromResult(_items.GetValueOrDefault(sku));
    }

    public ValueTask SaveAsync(StockItem item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock) { _items[item.Sku] = item; }
        return ValueTask.CompletedTask;
    }

    public async IAsyncEnumerable<StockItem> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StockItem[] snapshot;
        lock (_lock) snapshot = [.. _items.Values];
        foreach (var item in snapshot.OrderBy(i => i.Sku, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }
}

public abstract record Result<T>
{
    public sealed record Ok(T Value) : Result<T>;
    public sealed record NotFound(string What) : Result<T>;
    public sealed record Invalid(IReadOnlyList<string> Errors) : Result<T>;
    public sealed record Conflict(string Reason, T? Current = default) : Result<T>;

    public TOut Match<TOut>(Func<T, TOut> ok, Func<string, TOut> notFound, Func<IReadOnlyList<string>, TOut> invalid, Func<string, TOut> conflict) => this switch
    {
        Ok(var value) => ok(value),
        NotFound(var what) => notFound(what),
        Invalid { Errors: var errors } => invalid(errors),
        Conflict c => conflict(c.Reason),
        _ => throw new UnreachableException(),
    };
}

public sealed class StockService(IStockStore store, IClock clock, ILogger<StockService> logger)
{
    private readonly List<Reservation> _reservations = [];
    private static readonly ActivitySource Source = new("Fidelity.Warehouse");

    public async Task<Result<StockItem>> ReceiveAsync(string sku, int quantity, decimal unitCost, CancellationToken ct = default)
    {
        using var activity = Source.StartActivity("receive")?.SetTag("sku", sku).SetTag("quantity", quantity);
        var errors = Validate(sku, quantity, unitCost).ToList();
        if (errors is [_, ..]) return new Result<StockItem>.Invalid(errors);

        var current = await store.FindAsync(sku, ct);
        var updated = current is null
            ? new StockItem(sku, quantity, unitCost)
            : current with
            {
                Quantity = current.Quantity + quantity,
                UnitCost = (current.Value + quantity * unitCost) / (current.Quantity + quantity),
            };
        await store.SaveAsync(updated, ct);
        logger.LogInformation("Received {Quantity} x {Sku}; now {Total} at {Cost:0.00}", quantity, sku, updated.Quantity, updated.UnitCost);
        return new Result<StockItem>.Ok(updated);
    }

    public async Task<Result<Reservation>> ReserveAsync(string sku, int quantity, TimeSpan? hold = null, CancellationToken ct = default)
    {
        var item = await store.FindAsync(sku, ct);
        if (item is null) return new Result<Reservation>.NotFound(sku);
        var reserved = _reservations.Where(r => r.Sku.Equals(sku, OrdinalIgnoreCase) && !r.IsExpired(clock.Now)).Sum(r => r.Quantity);
        if (item.Quantity - reserved < quantity)
            return new Result<Reservation>.Conflict($"only {item.Quantity - reserved} of {sku} available, {quantity} requested");

        var reservation = new Reservation(Guid.NewGuid(), item.Sku, quantity, clock.Now + (hold ?? TimeSpan.FromMinutes(15)));
        _reservations.Add(reservation);
        return new Result<Reservation>.Ok(reservation);
    }

    public int Expire()
    {
        var now = clock.Now;
        return _reservations.RemoveAll(r => r.IsExpired(now));
    }

    public async Task<IReadOnlyDictionary<StockStatus, (int Count, decimal Value)>> SummaryAsync(CancellationToken ct)
    {
        var summary = new Dictionary<StockStatus, (int Count, decimal Value)>();
        await foreach (var item in store.ListAsync(ct))
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(summary, item.Status, out _);
            entry = (entry.Count + 1, entry.Value + item.Value);
        }
        return summary;
    }

    private static IEnumerable<string> Validate(string sku, int quantity, decimal unitCost)
    {
        if (string.IsNullOrWhiteSpace(sku)) yield return "the SKU is empty";
        else if (sku.Length > 32) yield return $"the SKU '{sku[..8]}…' is longer than 32 characters";
        if (quantity <= 0) yield return $"the quantity {quantity} is not positive";
        if (unitCost is < 0m or > 1_000_000m) yield return $"the unit cost {unitCost:C} is out of range";
    }
}

public static class StockEndpoints
{
    public static string Describe(Result<StockItem> result) => result.Match(
        ok: item => $"{item.Sku}: {item.Quantity} ({item.Status})",
        notFound: what => $"no such item: {what}",
        invalid: errors => "invalid: " + string.Join("; ", errors),
        conflict: reason => $"conflict: {reason}");

    public static int StatusCode<T>(Result<T> result) => result switch
    {
        Result<T>.Ok => 200,
        Result<T>.NotFound => 404,
        Result<T>.Invalid => 400,
        Result<T>.Conflict => 409,
        _ => 500
    };

    public static async Task<string> ReportAsync(StockService service, CancellationToken ct)
    {
        var summary = await service.SummaryAsync(ct);
        var lines = from pair in summary
                    orderby pair.Key
                    let share = pair.Value.Value / Math.Max(1m, summary.Values.Sum(v => v.Value))
                    select $"{pair.Key,-14}{pair.Value.Count,6}{pair.Value.Value,14:N2}{share,8:P1}";
        return string.Join(Environment.NewLine, lines);
    }
}
