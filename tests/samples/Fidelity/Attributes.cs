using System.Runtime.CompilerServices;
using System.Diagnostics.CodeAnalysis;
using System;
using System.ComponentModel;
using System.Reflection;

[assembly: AssemblyMetadata("Fidelity", "attributes")]
[assembly: InternalsVisibleTo("Fidelity.Tests")  ,  CLSCompliant(false)]
[module: SkipLocalsInit]

namespace Fidelity.Metadata
{
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = true, Inherited = false)]
    public sealed class RangeAttribute<T>(T minimum, T maximum) : Attribute where T : IComparable<T>
    {
        public T Minimum { get; } = minimum;
        public T Maximum { get; } = maximum;
        public string? Message { get; init; }
    }

    [AttributeUsage(AttributeTargets.All)]
    public class TagAttribute : Attribute { public TagAttribute(params string[] tags) => Tags = tags; public string[] Tags { get; } }

    [Tag("model", "public"), Description("A customer address")]
    [type: Serializable]
    public sealed partial class Address
    {
        [field: NonSerialized] public event EventHandler? Changed;

        [Range<int>(1, 99999, Message = "postcode")] [Tag]
        public int Postcode { get; set; }

        [property: Obsolete] [field: Tag("backing")]
        public string Street { get; set; } = "";

        [return: NotNullIfNotNull(nameof(fallback))]
        public string? Line([AllowNull] string fallback) => Street.Length > 0 ? Street : fallback;

        public T Convert<[Tag("type parameter")] T>([Range<double>(0, 1)] double ratio) where T : struct => default;

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "public API shape")]
        public void Touch() => Changed?.Invoke(this, EventArgs.Empty);

        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(Address))] [RequiresUnreferencedCode("reflection")] public static MethodInfo[] Methods() => typeof(Address).GetMethods();

        public int this[[Tag] int index] => index;

        [Tag("getter-only")]
        public string Summary { [Tag("get")] get => $"{Street} {Postcode}"; }

        [Flags]
        public enum Kind { [Description("none")] None = 0, Home = 1, [Tag("work")] Work = 2, Billing = 4, All = Home | Work | Billing }

        [StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
        private struct Overlay { [System.Runtime.InteropServices.FieldOffset(0)] public int I; [System.Runtime.InteropServices.FieldOffset(0)] public float F; }

        private class StructLayoutAttribute(System.Runtime.InteropServices.LayoutKind kind) : Attribute { public System.Runtime.InteropServices.LayoutKind Kind => kind; }

        [OverloadResolutionPriority(1)]
        public void Accept(ReadOnlySpan<char> text) { }
        public void Accept(string text) { }

        [ModuleInitializer]
        internal static void Init() { }

        [Experimental("FID001", UrlFormat = "https://example.invalid/{0}")]
        public void Preview() { }

        [UnscopedRef] public ref int Self => ref _self;
        private int _self;
    }
}
