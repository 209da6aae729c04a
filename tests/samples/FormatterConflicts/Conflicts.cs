namespace Styled
{
    using System;
    using System.Collections.Concurrent;
    using System.Collections.Generic;
    using System.Diagnostics.CodeAnalysis;

    /// <summary>
    /// Code laid out as a team that runs StyleCop writes it, which the Format stage lays out as CSharpier does.
    /// </summary>
    public sealed class Conflicts
    {
        private static readonly Dictionary<string, List<KeyValuePair<int, string>>> DefaultLookupTable = new Dictionary<string, List<KeyValuePair<int, string>>>();
        private static readonly Dictionary<string, int> SecondLookupTable = new Dictionary<string, int>();

        private readonly ConcurrentDictionary<string, object> caches = new ConcurrentDictionary<string, object>();

        private int instance;

        /// <summary>
        /// Gets or sets the instance.
        /// </summary>
        public int Instance
        {
            get { return this.instance; }
            set { this.instance = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "The instance must not be negative."); }
        }

        /// <summary>
        /// Gets a description.
        /// </summary>
        public string DescribeEverythingThatThisInstanceKnowsAboutItself => string.Concat(nameof(Conflicts), this.instance.ToString(), DefaultLookupTable.Count.ToString());

        /// <summary>
        /// Counts.
        /// </summary>
        /// <param name="first">The first.</param>
        /// <param name="second">The second.</param>
        /// <param name="third">The third.</param>
        /// <param name="fourth">The fourth.</param>
        /// <param name="fifth">The fifth.</param>
        /// <param name="sixth">The sixth.</param>
        /// <returns>The count.</returns>
        public static int Count(string first, string second, string third, string fourth, string fifth, string sixth)
        {
            if (first.Length > 10000000 && second.Length > 10000000 && third.Length > 10000000 && fourth.Length > 1000)
                return 1;

            try
            {
                return Combine(first.Length + second.Length, SecondLookupTable.Count > 3 && first.Length > 4 && fifth.Length > 400000000 && sixth.Length > 400000000 ? 1 : 2);
            }
            catch (InvalidOperationException)
            {
            }

            var index = 0;
            do
            {
                index++;
            }
            while (index < 3);

            return index;
        }

        /// <summary>
        /// Gets or creates a cache.
        /// </summary>
        /// <typeparam name="TCacheStore">The store.</typeparam>
        /// <param name="cacheName">The name.</param>
        /// <param name="cacheFactory">The factory.</param>
        /// <returns>The cache.</returns>
        public TCacheStore GetOrCreate<TCacheStore>(string cacheName, Func<string, TCacheStore> cacheFactory)
            where TCacheStore : class
        {
            return (TCacheStore)this.caches.GetOrAdd(cacheName, static (name, factory) => factory(name), cacheFactory);
        }

        /// <summary>
        /// Registers a factory.
        /// </summary>
        /// <typeparam name="TDelegate">The delegate.</typeparam>
        /// <param name="factory">The factory.</param>
        /// <returns>The table.</returns>
        public Dictionary<string, List<KeyValuePair<int, string>>> RegisterGeneratedFactoryWithALongName<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] TDelegate>(TDelegate factory)
            where TDelegate : Delegate
        {
            return factory is null ? DefaultLookupTable : new Dictionary<string, List<KeyValuePair<int, string>>>();
        }

        private static int Combine(int left, int right) => left + right;
    }
}
