using Traps.Patterns;

namespace Traps.Uses;

public static class UseAwaiter
{
    public static async System.Threading.Tasks.Task Wait(Delay delay) => await delay;
}
