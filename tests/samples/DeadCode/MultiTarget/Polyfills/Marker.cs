namespace Polyfills;

/// <summary>Keeps the namespace in every target framework, so that the using compiles everywhere.</summary>
internal static class Marker { }
