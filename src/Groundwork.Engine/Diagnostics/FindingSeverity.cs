namespace Groundwork.Engine.Diagnostics;

public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}
