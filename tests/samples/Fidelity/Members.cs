using System.Collections;
using System.Collections.Generic;
using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Fidelity.Members
{
    public interface IReadOnlyStore<out T> : IEnumerable<T>
    {
        int Count { get; }
        T this[int index] { get; }
        bool IsEmpty => Count == 0;
        T FirstOrDefault(T fallback) => Count > 0 ? this[0] : fallback;
        protected static int Version => 2;
        private static string Tag() => "store";
    }

    public interface IWritableStore<in T> { void Add(T item); void AddRange(IEnumerable<T> items) { foreach (var item in items) Add(item); } }

    public delegate TResult Projection<in TSource, out TResult>(TSource source);
    public delegate void Handler<T>(object? sender, T args) where T : EventArgs;

    public class Store<T> : IReadOnlyStore<T>, IWritableStore<T>, INotifyPropertyChanged where T : class, IComparable<T>, new()
    {
        private readonly List<T> _items = [];
        private string _name = "";
        private EventHandler? _cleared;

        public event PropertyChangedEventHandler? PropertyChanged;

        public event EventHandler? Cleared
        {
            add { _cleared += value; }
            remove { _cleared -= value; }
        }

        public string Name
        {
            get { return _name; }
            set
            {
                if (_name == value) return;
                _name = value;
                PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(nameof(Name)));
            }
        }

        public required int Capacity { get; init; }
        public int Count => _items.Count;
        public T this[int index] => _items[index];
        public T this[Index index] => _items[index];
        public List<T> this[Range range] => _items[range];
        public T? this[string name, StringComparison comparison = StringComparison.Ordinal] => _items.Find(i => string.Equals(i.ToString(), name, comparison));

        public Store() { }

        [SetsRequiredMembers]
        public Store(int capacity) : this() => Capacity = capacity;

        public void Add(T item) { if (_items.Count >= Capacity) throw new InvalidOperationException("full"); _items.Add(item); _items.Sort(); }

        void IWritableStore<T>.AddRange(IEnumerable<T> items) { foreach (var i in items) Add(i); }

        public void Clear() { _items.Clear(); _cleared?.Invoke(this, EventArgs.Empty); }

        public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public TResult[] Project<TResult>(Projection<T, TResult> projection) => _items.ConvertAll(i => projection(i)).ToArray();

        public static Store<T> operator +(Store<T> store, T item) { store.Add(item); return store; }
        public static implicit operator T[](Store<T> store) => store._items.ToArray();
        public static explicit operator Store<T>(T[] items) { var s = new Store<T>(items.Length); foreach (var i in items) s.Add(i); return s; }
        public static bool operator true(Store<T> store) => store.Count > 0;
        public static bool operator false(Store<T> store) => store.Count == 0;

        public override bool Equals(object? obj) => obj is Store<T> other && other.Count == Count;
        public override int GetHashCode() => HashCode.Combine(Count, Name);
        public override string ToString() => $"{Name} ({Count}/{Capacity})";

        protected virtual void OnChanged([System.Runtime.CompilerServices.CallerMemberName] string? member = null) => PropertyChanged?.Invoke(this, new(member));

        public const int DefaultCapacity = 16, MaxCapacity = 1 << 20;
        public static readonly Store<T> Empty = new(0);
    }

    public sealed class Item : IComparable<Item>
    {
        public string Name { get; set; } = "";
        public int CompareTo(Item? other) => string.CompareOrdinal(Name, other?.Name);
        public override string ToString() => Name;
    }

    public struct Constraints<TStruct, TUnmanaged, TNotNull, TEnum, TDelegate, TDefault>
        where TStruct : struct
        where TUnmanaged : unmanaged
        where TNotNull : notnull
        where TEnum : struct, Enum
        where TDelegate : Delegate
    {
        public readonly TStruct S;
        public TUnmanaged U;
    }

    public abstract class Base
    {
        protected Base(int id) { Id = id; }
        public int Id { get; }
        public abstract string Kind { get; }
        public virtual void Reset() { }
    }

    public class Derived : Base
    {
        public Derived() : base(0) { }
        public Derived(int id) : base(id) => Created = DateTime.UtcNow;
        public DateTime Created { get; }
        public override string Kind => "derived";
        public override void Reset() { base.Reset(); }
        public new int GetHashCode() => Id;
    }

    public static class Usage
    {
        public static void Run()
        {
            var store = new Store<Item>(4) { Name = "items" };
            store += new Item { Name = "b" };
            store += new() { Name = "a" };
            Item[] array = store;
            var back = (Store<Item>)array;
            if (back) Console.WriteLine(back);
            var last = store[^1];
            var slice = store[..1];
            var named = store["a", StringComparison.OrdinalIgnoreCase];
            var anonymous = new { store.Name, store.Count, First = store[0].Name };
            var updated = anonymous with { Count = 10 };
            Console.WriteLine($"{last} {slice.Count} {named} {updated}");
        }
    }
}
