namespace Groundwork.Engine.DeadCode;

/// <summary>
/// A reference that comes from a <c>ProjectReference</c>: the referenced project and the assembly the referenced
/// build writes (its <c>TargetPath</c>), which names the build among the project's target frameworks.
/// </summary>
public sealed record ReferencedBuild(string ProjectPath, string OutputAssembly);
