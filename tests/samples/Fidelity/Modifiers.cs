using System.Threading.Tasks;
using System;

namespace Fidelity.Legacy
{
    public abstract class Component
    {
        readonly static object Gate = new();
        internal protected string? Id;
        protected internal virtual void Attach() { }
        private protected int Depth;
        protected private int Width;
        public abstract void Render();
        public virtual string Name => GetType().Name;
        volatile static bool _disposed;
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
        const int Limit = 10;
        static public int Count;
        readonly public int Created = Environment.TickCount;
    }

    sealed public class Button : Component
    {
        override sealed public void Render() { }
        sealed override public string Name => "button";
        new public static int Count;
        async static public Task<int> LoadAsync() { await Task.Yield(); return 1; }
        public static async Task SaveAsync() => await Task.CompletedTask;
        unsafe static int Size() => sizeof(int*);
        static unsafe int Size2() => sizeof(long*);
        extern static int Native(int x);
        static extern int Native2(int x);
        override protected internal void Attach() { base.Attach(); }
    }

    static public partial class Helpers
    {
        static partial void OnCreated();
        public static partial int Compute(int x);
        partial static void OnDisposed() { }
    }

    public static partial class Helpers
    {
        public static partial int Compute(int x) => x * 2;
        static partial void OnCreated() { }
        static partial void OnDisposed();
    }

    public interface IPlugin
    {
        abstract static string Key { get; }
        virtual static string Describe() => "plugin";
        public static sealed string Sealed() => "sealed";
        protected internal void Load();
        internal abstract void Unload();
    }

    readonly public partial struct Vector2D
    {
        readonly public double X;
        public readonly double Y;
        public Vector2D(double x, double y) { X = x; Y = y; }
        static readonly public Vector2D Origin = new(0, 0);
        readonly public double Length() => Math.Sqrt(X * X + Y * Y);
    }

    unsafe public struct RawBuffer
    {
        public fixed byte Data[16];
        public fixed byte More[8];
    }

    abstract public class Shape
    {
        abstract public double Area();
        public virtual required string Label { get; init; }
    }

    public class Circle : Shape
    {
        override public double Area() => Math.PI;
        override required public string Label { get; init; }
    }

    public class Events
    {
        static public event EventHandler? Global;
        public static event EventHandler? Other;
        protected static internal void Raise() { Global?.Invoke(null, EventArgs.Empty); Other?.Invoke(null, EventArgs.Empty); }
    }

    public class Commented
    {
        readonly /* why */ static int X = 1;
        internal // after internal
            protected static int Y;
        async static /* before public */ public System.Threading.Tasks.Task Z() { await System.Threading.Tasks.Task.Yield(); }

#if NEVER_DEFINED
        readonly static string S = $$"""
              {{  X  ,5:x}} and {{Y}}
            """;
        new public static int W;
        override sealed protected internal string Name => "x";
#endif

#if DEBUG
        static readonly string T = $"{  X  }";
#else
        readonly static string T = $"{X,5:x}";
#endif
    }

    public class Locals
    {
        public int Value { get; internal protected set; }
        public string Text { private protected get; set; } = "";

        public async Task<int> RunAsync()
        {
            var work = async static () => { await Task.Yield(); return 1; };
            Func<int, Task<int>> twice = async static x => await Task.FromResult(x * 2);
            return await work() + await twice(2) + await LocalAsync() + Unsafe();

            async static Task<int> LocalAsync() { await Task.Yield(); return 3; }

            unsafe static int Unsafe() { int x = 4; int* p = &x; return *p; }
        }
    }

    public ref partial struct Scoped
    {
        public readonly ref readonly int Peek(ref readonly int value) => ref value;
        readonly public override string ToString() => "scoped";
    }

    partial public class Late { }
    public partial class Late { }
}
