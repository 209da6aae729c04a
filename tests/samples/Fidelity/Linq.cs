using System.Linq;
using System.Collections.Generic;
using System;
using System.Globalization;

namespace Fidelity.Reporting
{
    public record Sale(string Region, string Product, DateOnly Date, int Units, decimal Price);
    public record Target(string Region, int Year, decimal Revenue);

    public static class SalesReport
    {
        public static IEnumerable<string> Summary(IEnumerable<Sale> sales, IEnumerable<Target> targets)
        {
            var query = from sale in sales
                        where sale.Units > 0 && sale.Price > 0m
                        let revenue = sale.Units * sale.Price
                        let year = sale.Date.Year
                        group new { sale, revenue } by new { sale.Region, year } into g
                        join target in targets on new { g.Key.Region, Year = g.Key.year } equals new { target.Region, target.Year } into matched
                        from target in matched.DefaultIfEmpty()
                        let total = g.Sum(x => x.revenue)
                        orderby g.Key.Region ascending, total descending
                        select $"{g.Key.Region} {g.Key.year}: {total.ToString("N2", CultureInfo.InvariantCulture)} of {target?.Revenue ?? 0m}";
            return query;
        }

        public static ILookup<string, Sale> ByProduct(IEnumerable<Sale> sales) => (from s in sales orderby s.Date select s).ToLookup(s => s.Product);

        public static IEnumerable<(string Product, int Units)> TopProducts(IEnumerable<Sale> sales, int count) =>
            (from s in sales group s.Units by s.Product into units select (Product: units.Key, Units: units.Sum())).OrderByDescending(x => x.Units).Take(count);

        public static IEnumerable<string> Pairs(string[] left, int[] right) =>
            from l in left from r in right where l.Length == r select l + r;

        public static IEnumerable<int> Casting(System.Collections.IEnumerable untyped) => from int x in untyped select x * 2;

        public static IEnumerable<Sale> Joined(IEnumerable<Sale> a, IEnumerable<Sale> b) =>
            from x in a
            join y in b on x.Product equals y.Product
            where x.Region != y.Region
            select x with { Units = x.Units + y.Units };

        public static decimal Fluent(IEnumerable<Sale> sales) => sales.Where(s => s.Region is "EU" or "UK").Select(s => s.Units * s.Price).DefaultIfEmpty().Aggregate((a, b) => a + b);

        public static Dictionary<string, decimal> Chain(IEnumerable<Sale> sales) =>
            sales
                .GroupBy(s => s.Region)
                .Select(g => new { Region = g.Key, Revenue = g.Sum(s => s.Units * s.Price) })
                .Where(x => x.Revenue > 1000m)
                .OrderBy(x => x.Region, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(x => x.Region, x => x.Revenue);

        public static IEnumerable<IGrouping<int, Sale>> Nested(IEnumerable<Sale> sales) =>
            from s in sales
            group s by s.Date.Month into months
            where (from m in months select m.Units).Sum() > 10
            select months;

        public static IOrderedEnumerable<Sale> Sorted(IEnumerable<Sale> sales) => from s in sales orderby s.Region, s.Product descending, s.Date select s;

        public static IEnumerable<object> Anonymous(IEnumerable<Sale> sales) =>
            sales.Select((s, i) => new { Index = i, s.Product, Total = s.Units * s.Price, Tags = new[] { s.Region, s.Product } }).Where(x => x.Index % 2 == 0).Cast<object>().ToList();
    }
}
