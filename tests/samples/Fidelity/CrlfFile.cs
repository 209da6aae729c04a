using System.Diagnostics;
using System;
using System.Collections.Concurrent;

namespace Fidelity.Windows
{
  /// <summary>Counts events per key; written on Windows, CRLF throughout.</summary>
  public sealed class EventCounter
  {
    private readonly ConcurrentDictionary<string,long> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Stopwatch _uptime = Stopwatch.StartNew();

    public long Increment(string key) => _counts.AddOrUpdate(key, 1, (_, current) => current + 1);

    public long this[string key]
    {
      get { return _counts.TryGetValue(key, out var value) ? value : 0; }
    }

    public double RatePerSecond(string key)
    {
      var seconds = _uptime.Elapsed.TotalSeconds;
      if (seconds <= 0) return 0;
      return this[key] / seconds;
    }

    public string Report()
    {
      var lines = new System.Text.StringBuilder();
      foreach (var (key, count) in _counts) lines.AppendLine($"{key,-20} {count,10:N0} {RatePerSecond(key),8:F2}/s");
      return lines.ToString();
    }

    public void Reset() { _counts.Clear(); _uptime.Restart(); }
  }

  public enum Severity { Trace, Debug, Information, Warning, Error, Critical }
}
