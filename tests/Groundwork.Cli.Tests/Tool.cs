using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Groundwork.Cli.Tests;

public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>
/// Runs the built dotnet-groundwork as users do (<c>dotnet dotnet-groundwork.dll ...</c>) in a real process,
/// with an environment that states everything the run depends on.
/// </summary>
public static class Tool
{
    public static string DllPath { get; } =
        Path.GetFullPath(
            typeof(Tool)
                .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "GroundworkCliPath")
                .Value!
        );

    /// <summary>The configuration the tool was built in (bin/&lt;Configuration&gt;/net10.0/).</summary>
    public static string Configuration =>
        new DirectoryInfo(Path.GetDirectoryName(DllPath)!).Parent!.Name;

    public static ToolResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string?>(), arguments);

    public static ToolResult Run(
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        params string[] arguments
    ) => Process(workingDirectory, environment, "dotnet", [DllPath, .. arguments]);

    /// <summary>Starts the tool and returns at once, for tests that act on the running process.</summary>
    public static RunningTool Start(string workingDirectory, params string[] arguments) =>
        new(
            StartInfo(
                workingDirectory,
                new Dictionary<string, string?>(),
                "dotnet",
                [DllPath, .. arguments]
            )
        );

    public static ToolResult Process(
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        string fileName,
        params string[] arguments
    )
    {
        using var running = new RunningTool(
            StartInfo(workingDirectory, environment, fileName, arguments)
        );
        if (!running.Process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            running.Process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"{fileName} {string.Join(' ', arguments)} did not finish in 5 minutes:\n{running.Output}"
            );
        }
        return running.Result();
    }

    private static ProcessStartInfo StartInfo(
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        string fileName,
        string[] arguments
    )
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        // The test host runs under MSBuild variables that would steer the tool to another MSBuild.
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
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var (name, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        return start;
    }
}

/// <summary>A started tool process whose standard output and error are collected as they come.</summary>
public sealed class RunningTool : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    public RunningTool(ProcessStartInfo start)
    {
        Process = new Process { StartInfo = start };
        Process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        Process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        Process.Start();
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
                return _error.ToString();
        }
    }

    /// <summary>The result once the process has exited (waits for the last output to arrive).</summary>
    public ToolResult Result()
    {
        Process.WaitForExit();
        return new ToolResult(Process.ExitCode, Output, Error);
    }

    public void Dispose() => Process.Dispose();

    private static void Append(StringBuilder into, string? line)
    {
        if (line is not null)
            lock (into)
                into.AppendLine(line);
    }
}
