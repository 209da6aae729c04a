using System.Diagnostics;
using System.Text;

namespace Groundwork.IntegrationTests;

public sealed record ProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}

/// <summary>Runs the real dotnet CLI, with an environment that states everything the builds depend on.</summary>
public static class Dotnet
{
    public static ProcessResult Run(
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        params string[] arguments
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        // The test host runs under MSBuild-related variables that would steer a child build to the wrong SDK.
        foreach (
            var name in start
                .Environment.Keys.Where(k =>
                    k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                )
                .ToList()
        )
            start.Environment.Remove(name);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CI"] = "false";
        // The compiler server, as dotnet build uses it by default (a machine may turn it off): the samples'
        // compilations then share one warm compiler instead of starting one each. Shut down when the run ends.
        start.Environment["UseSharedCompilation"] = "true";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (output)
                    output.AppendLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (output)
                    output.AppendLine(e.Data);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes:\n{output}"
            );
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString());
    }
}
