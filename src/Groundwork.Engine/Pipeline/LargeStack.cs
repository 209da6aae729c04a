using System.Runtime.ExceptionServices;

namespace Groundwork.Engine.Pipeline;

/// <summary>
/// Runs work on a thread of its own with a large stack. Roslyn's parser and CSharpier recurse once per nesting
/// level of an expression; on a thread pool thread (1.5 MB of stack on Linux, 1 MB on Windows) a file with an
/// expression a few hundred levels deep makes Roslyn report CS8078 ("An expression is too long or complex to
/// compile") for a file the compiler builds, and a walk without a stack guard would overflow the stack, which
/// no catch stops: the whole build process dies. With this stack such a file is parsed like any other, and
/// the stages report what they can do with it (the Format stage: GW1002, CSharpier's own limit).
/// </summary>
internal static class LargeStack
{
    // Reserved, not committed: a thread only uses the memory its recursion touches.
    private const int StackSize = 64 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            StackSize
        )
        {
            Name = "Groundwork stage",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
