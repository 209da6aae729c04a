using System.Runtime.InteropServices;
using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace Fidelity.Memory
{
    public ref struct SpanReader
    {
        private readonly ReadOnlySpan<byte> _buffer;
        private int _position;

        public SpanReader(ReadOnlySpan<byte> buffer) { _buffer = buffer; _position = 0; }

        public readonly int Remaining => _buffer.Length - _position;

        public byte ReadByte() => _buffer[_position++];

        public ReadOnlySpan<byte> ReadBytes(int count)
        {
            var slice = _buffer.Slice(_position, count);
            _position += count;
            return slice;
        }

        public bool TryReadInt32(out int value)
        {
            if (Remaining < 4) { value = 0; return false; }
            value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(ReadBytes(4));
            return true;
        }
    }

    public ref struct RefHolder<T>
    {
        public ref T Target;
        public ref readonly T ReadOnlyTarget;
        public RefHolder(ref T target) { Target = ref target; ReadOnlyTarget = ref target; }
        public readonly void Set(T value) => Target = value;
    }

    public readonly ref struct Pair(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        public readonly ReadOnlySpan<char> Left = left;
        public readonly ReadOnlySpan<char> Right = right;
    }

    public static class Spans
    {
        public static int Sum(scoped ReadOnlySpan<int> values)
        {
            var total = 0;
            foreach (ref readonly var v in values) total += v;
            return total;
        }

        public static ref int Largest(Span<int> values)
        {
            ref var best = ref values[0];
            for (var i = 1; i < values.Length; i++)
                if (values[i] > best) best = ref values[i];
            return ref best;
        }

        public static void Fill(scoped ref SpanReader reader, Span<byte> destination)
        {
            for (var i = 0; i < destination.Length && reader.Remaining > 0; i++) destination[i] = reader.ReadByte();
        }

        public static int Peek(ref readonly int value, in int other) => value + other;

        public static string Hex(ReadOnlySpan<byte> bytes)
        {
            Span<char> chars = bytes.Length <= 128 ? stackalloc char[bytes.Length * 2] : new char[bytes.Length * 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = "0123456789abcdef"[bytes[i] >> 4];
                chars[2 * i + 1] = "0123456789abcdef"[bytes[i] & 0xF];
            }
            return new string(chars);
        }

        public static int Rent(int size)
        {
            var array = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                Span<byte> span = array.AsSpan(0, size);
                span.Fill(0xAB);
                return MemoryMarshal.Read<int>(span);
            }
            finally { ArrayPool<byte>.Shared.Return(array); }
        }

        public static void Generic<T>(T value) where T : allows ref struct { }

        public static ref T At<T>(T[] array, int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index);

        [SkipLocalsInit]
        public static int Stack()
        {
            Span<int> numbers = stackalloc int[] { 1, 2, 3, 4 };
            Span<int> more = stackalloc[] { 5, 6 };
            ReadOnlySpan<int> init = [7, 8, 9];
            return Sum(numbers) + Sum(more) + Sum(init);
        }

        public static void Locals()
        {
            int a = 1, b = 2;
            ref int r = ref (a > b ? ref a : ref b);
            r = 10;
            ref readonly int ro = ref a;
            scoped Span<int> tmp = stackalloc int[4];
            tmp[0] = ro + r;
        }
    }

    public interface IBufferWriterish { void Write(scoped ReadOnlySpan<byte> data); }

    public ref struct Enumerator : IDisposable
    {
        private Span<int>.Enumerator _inner;
        public bool MoveNext() => _inner.MoveNext();
        public readonly ref int Current => ref _inner.Current;
        public void Dispose() { }
    }
}
