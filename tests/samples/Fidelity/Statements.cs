using System.IO;
using System.Collections.Generic;
using System;
using System.Threading;

namespace Fidelity.Control
{
    public sealed class StateMachine
    {
        private readonly object _gate = new();
        private readonly Lock _newGate = new();
        private int _state;

        public int Step(int input)
        {
            lock (_gate)
            {
                switch (_state)
                {
                    case 0:
                        if (input < 0) goto case 2;
                        _state = 1;
                        break;
                    case 1 when input == 0:
                    case 1 when input > 100:
                        _state = 0;
                        goto default;
                    case 2:
                        _state = -1;
                        return -1;
                    default:
                        _state++;
                        break;
                }
            }
            lock (_newGate) { _state = Math.Clamp(_state, -1, 10); }
            return _state;
        }

        public static int Search(int[,] grid, int target)
        {
            int found = -1;
            for (int row = 0; row < grid.GetLength(0); row++)
                for (int col = 0; col < grid.GetLength(1); col++)
                    if (grid[row, col] == target) { found = row * 1000 + col; goto done; }
            done:
            return found;
        }

        public static IEnumerable<int> Countdown(int from)
        {
            if (from < 0) yield break;
            do { yield return from; } while (--from >= 0);
        }

        public static string Read(string path)
        {
            FileStream? stream = null;
            try
            {
                stream = File.OpenRead(path);
                using StreamReader reader = new(stream, leaveOpen: true);
                return reader.ReadToEnd();
            }
            catch (FileNotFoundException) { return ""; }
            catch (IOException e) when (e.HResult == unchecked((int)0x80070020)) { Thread.Sleep(10); return Read(path); }
            catch (Exception e) when (e is UnauthorizedAccessException or System.Security.SecurityException) { throw new InvalidOperationException("denied", e); }
            catch { throw; }
            finally
            {
                stream?.Dispose();
            }
        }

        public static void Loops(List<int> items)
        {
            for (;;) { if (items.Count == 0) break; items.RemoveAt(0); }
            for (int i = 0, j = 10; i < j; i++, j--) continue;
            while (items.Count < 3) items.Add(items.Count);
            foreach (var _ in items) ;
            var index = 0;
            outer:
            if (index++ < 2) goto outer;
            int[] arr = { 1, 2, 3 };
            var last = arr[^1];
            var middle = arr[1..^1];
            Range all = ..;
            Index fromEnd = ^2;
            Console.WriteLine($"{last} {middle.Length} {arr[all].Length} {arr[fromEnd]}");
        }

        public static int Throws(string? s) => s?.Length ?? throw new ArgumentNullException(nameof(s));

        public static T Defaults<T>() where T : new()
        {
            T value = default!;
            value ??= new T();
            object boxed = value!;
            var type = typeof(T) == typeof(int) ? typeof(long) : typeof(Dictionary<,>);
            return boxed is T t && type is not null ? t : default(T)!;
        }

        public static void Using()
        {
            using (var a = new MemoryStream()) using (var b = new MemoryStream()) a.CopyTo(b);
            using var c = new MemoryStream();
            using (new MemoryStream()) { }
            if (c.Length == 0) { } else if (c.Length == 1) { } else { c.Position = 0; }
        }

        public static int Nested(int x)
        {
            if (x > 0)
                if (x > 10)
                    return 2;
                else
                    return 1;
            else
                return 0;
        }

        public static void Switches(object o)
        {
            switch (o)
            {
                case int i:
                {
                    Console.WriteLine(i);
                    break;
                }
                case string { Length: > 0 } s: Console.WriteLine(s); break;
                default: { break; }
            }
        }

        static StateMachine() { }
        ~StateMachine() { }
    }
}
