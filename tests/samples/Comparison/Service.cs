using System.Threading.Tasks;
using System.Collections.Generic;
using static System.Math;
using Json = System.Text.Json.JsonSerializer;
using System;

namespace Comparison.Services
{
    /// <summary>
    /// A service with long lines,   lambdas and LINQ.
    /// </summary>
    public class OrderService<TOrder> : IDisposable where TOrder : class, new()
    {
        private readonly Dictionary<string, List<TOrder>> _ordersByCustomer = new Dictionary<string, List<TOrder>>(StringComparer.OrdinalIgnoreCase);
        private bool disposed;

        public async Task<IReadOnlyList<TOrder>> GetOrdersAsync(string customer, Func<TOrder, bool> filter, int take = 10)
        {
            await Task.Yield();
            if(!_ordersByCustomer.TryGetValue(customer, out var orders)) return Array.Empty<TOrder>();
            var result = orders.Where(o => filter(o)).Take(Max(take, 0)).Select(o => { var copy = o; return copy; }).ToList();
            return result;
        }

        public string Serialize(TOrder order) => Json.Serialize(order, new System.Text.Json.JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase });

        public void Dispose() { if (disposed) return; disposed = true; GC.SuppressFinalize(this); }
    }
}
