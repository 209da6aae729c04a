namespace Groundwork.Cli.Commands;

/// <summary>
/// A problem the user can fix (a wrong option, a missing or broken project): the message is shown as it is,
/// without a stack trace, and the tool exits with code 2.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
