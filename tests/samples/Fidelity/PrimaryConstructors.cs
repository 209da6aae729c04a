using Microsoft.Extensions.Logging;
using System.Threading.Tasks;
using System.Threading;
using System;
using System.Net.Http;

namespace Fidelity.Services;

public interface IClock { DateTimeOffset Now { get; } }

public sealed class SystemClock : IClock { public DateTimeOffset Now => DateTimeOffset.UtcNow; }

public class OrderService(IOrderRepository repository, IClock clock, ILogger<OrderService> logger, int maxRetries = 3)
{
    private readonly int _maxRetries = maxRetries > 0 ? maxRetries : throw new ArgumentOutOfRangeException(nameof(maxRetries));

    public async Task<Order?> PlaceAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= _maxRetries; attempt++)
        {
            try
            {
                var order = new Order(Guid.NewGuid(), request.Customer, clock.Now);
                await repository.SaveAsync(order, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Placed order {OrderId} for {Customer} on attempt {Attempt}", order.Id, order.Customer, attempt);
                return order;
            }
            catch (HttpRequestException ex) when (attempt < _maxRetries && ex.StatusCode is null or System.Net.HttpStatusCode.ServiceUnavailable)
            {
                logger.LogWarning(ex, "Attempt {Attempt} failed", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt)), cancellationToken);
            }
        }
        return null;
    }
}

public interface IOrderRepository { Task SaveAsync(Order order, CancellationToken cancellationToken); }

public record Order(Guid Id, string Customer, DateTimeOffset PlacedAt);
public record OrderRequest(string Customer);

public struct Temperature(double celsius)
{
    public double Celsius { readonly get => celsius; set => celsius = value; }
    public readonly double Fahrenheit => celsius * 9 / 5 + 32;
}

public class Repository<TKey, TValue>(IEqualityComparer<TKey>? comparer = null) where TKey : notnull where TValue : class
{
    private readonly Dictionary<TKey, TValue> _items = new(comparer);
    public TValue? Find(TKey key) => _items.GetValueOrDefault(key);
    public void Store(TKey key, TValue value) => _items[key] = value;
}

public class CachedRepository<TKey, TValue>(IEqualityComparer<TKey> comparer, TimeSpan ttl) : Repository<TKey, TValue>(comparer) where TKey : notnull where TValue : class
{
    public TimeSpan Ttl { get; } = ttl;
}

public sealed class Retrier(
    int attempts,
    TimeSpan delay,
    Func<Exception, bool>? shouldRetry = null
) : IDisposable
{
    public async ValueTask<T> RunAsync<T>(Func<CancellationToken, ValueTask<T>> action, CancellationToken ct)
    {
        for (var i = 0; ; i++)
        {
            try { return await action(ct); }
            catch (Exception e) when (i + 1 < attempts && (shouldRetry?.Invoke(e) ?? true)) { await Task.Delay(delay, ct); }
        }
    }

    public void Dispose() { }
}

file sealed class FileLocalHelper
{
    public static string Stamp(IClock clock) => clock.Now.ToString("O");
}

file record FileLocalRecord(int Value);

file interface IFileLocal { void Touch(); }

file struct FileLocalStruct : IFileLocal { public void Touch() { } }

file enum FileLocalState { Idle, Busy, Done }

file static class FileLocalExtensions
{
    public static bool IsFinished(this FileLocalState state) => state is FileLocalState.Done;
}

public class DerivedWithBody(string name) : BaseWithName(name.Trim())
{
    public override string ToString() => $"Derived({Name})";
}

public abstract class BaseWithName(string name) { public string Name { get; } = name; }

public class Uses
{
    public static void Run() { var s = new FileLocalStruct(); s.Touch(); Console.WriteLine(FileLocalHelper.Stamp(new SystemClock()) + new FileLocalRecord(1) + FileLocalState.Busy.IsFinished()); }
}
