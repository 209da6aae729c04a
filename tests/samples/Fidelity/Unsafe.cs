using System.Runtime.InteropServices;
using System;

namespace Fidelity.Interop
{
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    public unsafe struct PacketHeader
    {
        public fixed byte Magic[4];
        public ushort Version;
        public uint Length;
        public fixed char Name[16];
    }

    public static unsafe partial class Native
    {
        [LibraryImport("libc", EntryPoint = "strlen")]
        private static partial nuint StrLen(byte* s);

        [DllImport("libc", CallingConvention = CallingConvention.Cdecl)]
        private static extern int abs(int value);

        public static delegate* unmanaged[Cdecl]<int, int> AbsPointer;
        public static delegate* managed<int, int, int> Add = &AddImpl;
        public static delegate*<ReadOnlySpan<byte>, void> Sink;
        public static delegate* unmanaged[Stdcall, SuppressGCTransition]<void*, nint, int> Callback;

        private static int AddImpl(int a, int b) => a + b;

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(System.Runtime.CompilerServices.CallConvCdecl) })]
        private static int Exported(int x) => x * 2;

        public static int Length(string text)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text + "\0");
            fixed (byte* p = bytes)
            {
                return (int)StrLen(p);
            }
        }

        public static void Copy(byte[] source, byte[] destination)
        {
            fixed (byte* s = source, d = &destination[0])
            {
                byte* end = s + Math.Min(source.Length, destination.Length);
                for (byte* from = s, to = d; from < end; from++, to++) *to = *from;
            }
        }

        public static int Sum(int count)
        {
            int* values = stackalloc int[count];
            for (var i = 0; i < count; i++) values[i] = i * i;
            var total = 0;
            for (var p = values; p < values + count; p++) total += *p;
            return total + sizeof(PacketHeader) + sizeof(int*);
        }

        public static string ReadName(PacketHeader* header)
        {
            var name = new string(header->Name, 0, 16).TrimEnd('\0');
            (*header).Version = 2;
            header->Length = (uint)sizeof(PacketHeader);
            return name;
        }

        public static void Pointers()
        {
            int value = 42;
            int* p = &value;
            int** pp = &p;
            void* untyped = p;
            nint address = (nint)untyped;
            **pp += 1;
            var back = (int*)address;
            Console.WriteLine(*back + p[0] + ((int*)untyped)[0]);
            AbsPointer = (delegate* unmanaged[Cdecl]<int, int>)&Exported;
            Console.WriteLine(AbsPointer(-3) + Add(1, 2));
        }

        public static ref byte First(Span<byte> span) => ref MemoryMarshal.GetReference(span);
    }

    public unsafe class Buffer : IDisposable
    {
        private byte* _memory;
        public Buffer(int size) => _memory = (byte*)NativeMemory.AllocZeroed((nuint)size);
        ~Buffer() => Dispose();
        public void Dispose() { if (_memory != null) { NativeMemory.Free(_memory); _memory = null; } GC.SuppressFinalize(this); }
        public byte this[int index] { get => _memory[index]; set => _memory[index] = value; }
    }
}
