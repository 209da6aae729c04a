#define TRACE_IO
#undef LEGACY
// Build-time switches for the storage layer.
#nullable enable
using System.IO;
using System;
using System.Collections.Generic;

namespace Fidelity.Storage
{
    #region Contracts
    public interface IBlobStore
    {
        #region Reading
        Stream Open(string key);
        #endregion
        #region Writing
        void Write(string key, Stream content);
#if NET9_0_OR_GREATER
        void Write(string key, ReadOnlySpan<byte> content);
#endif
        #endregion
    }
    #endregion

    public sealed class FileBlobStore : IBlobStore
    {
        private readonly string _root;

#pragma warning disable IDE0052, CS0414 // kept for diagnostics
        private int _opened = 0;
#pragma warning restore IDE0052, CS0414

        public FileBlobStore(string root)
        {
            _root = root;
#if DEBUG
            Console.WriteLine("root: " + root);
#elif TRACE_IO
            System.Diagnostics.Trace.WriteLine("root: " + root);
#else
            // nothing
#endif
        }

        public Stream Open(string key) => File.OpenRead(Path.Combine(_root,
#if WINDOWS
            key.Replace('/', '\\')
#else
            key
#endif
        ));

        public void Write(string key, Stream content)
        {
            using var target = File.Create(Path.Combine(_root, key));
            content.CopyTo(target
#if NET8_0_OR_GREATER
                , 81920
#endif
            );
            _opened++;
        }

#if NET9_0_OR_GREATER
        public void Write(string key, ReadOnlySpan<byte> content) => File.WriteAllBytes(Path.Combine(_root, key), content.ToArray());
#endif

        public static readonly Dictionary<string, string> ContentTypes = new()
        {
            [".json"] = "application/json",
#if SUPPORT_XML
            [".xml"] = "application/xml",
#if SUPPORT_XSLT
            [".xslt"] = "application/xslt+xml",
#endif
#endif
            [".txt"] = "text/plain",
        };

        public static int Level()
        {
            var level =
#if DEBUG
                1
#elif RELEASE
                2
#else
                3
#endif
                ;
            return level;
        }

        public static string Platform()
        {
#if WINDOWS
#if ARM64
            return "win-arm64";
#else
            return "win-x64";
#endif
#elif LINUX
    #if MUSL
            return "linux-musl";
    #else
            return "linux";
    #endif
#else
            return "other";
#endif
        }

        #nullable disable
        public string Legacy(string value) => value.ToString();
        #nullable restore

#line 200 "Generated.cs"
        public int Mapped() => 1;
#line default
#line hidden
        public int Hidden() => 2;
#line default

#pragma warning disable CS0618
        [Obsolete] public void Old() { }
#pragma warning restore CS0618
#pragma checksum "file.cs" "{ff1816ec-aa5e-4d10-87f7-6f4963833460}" "ab007f1d23d9"

        #region   Helpers   with spaces
        private static bool Exists(string path) => File.Exists(path);
        #endregion

        public enum Mode
        {
            Read,
#if WRITE_SUPPORT
            Write,
#endif
            #region Extra
            Append,
            #endregion
            Truncate
        }

        public static int Flags(Mode mode) => mode switch
        {
            Mode.Read => 1,
#if WRITE_SUPPORT
            Mode.Write => 2,
#endif
            _ => 0,
        };

        public static void Calls()
        {
            Log(
                "a",
#if DEBUG
                "debug",
#endif
                "b");
            int[] values = {
                1,
#if EXTRA
                2,
#endif
                3 };
            Console.WriteLine(values.Length);
        }

        [Serializable
#if DEBUG
        , Obsolete("debug builds only")
#endif
        ]
        private sealed class Marker { }

        public static int Regions(int x)
        {
            #region the body has a region
            var total = Sum(
                #region inside an argument list
                x,
                #endregion
                2);
            int[] table =
            [
                #region inside a collection expression
                1, 2,
                #endregion
                3,
            ];
            #endregion
            return x switch
            {
                #region inside a switch expression
                0 => total,
                #endregion
                _ => table.Length,
            };
        }

        private static int Sum(int a, int b) => a + b;

        public static IEnumerable<int> Query(IEnumerable<int> values) =>
            from v in values
#if DEBUG
            where v > 0
#endif
            select v
#if CHECKED_BUILD
                * 2
#endif
            ;

        private static void Log(params string[] parts) => Console.WriteLine(string.Join(" ", parts));
    }

#if DEBUG
    internal static class DebugOnly { public static void Dump(object o) => Console.WriteLine(o); }
#endif
}

#region trailing region after the namespace
#endregion
