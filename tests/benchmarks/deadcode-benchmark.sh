#!/usr/bin/env bash
# Measures the DeadCode stage against the project's own CoreCompile on a generated project and prints a table.
#   tests/benchmarks/deadcode-benchmark.sh [files] [runs]
# Times come from MSBuild's -clp:PerformanceSummary (milliseconds); each is the median of [runs] runs (default 3).
set -euo pipefail
files=${1:-300}
runs=${2:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 CI=false

echo "Building the tasks..." >&2
dotnet build "$repo/src/Groundwork.Tasks/Groundwork.Tasks.csproj" -c Release -p:GroundworkSkip=true -nodeReuse:false -v:q >&2

# A library of $files classes that call each other, use LINQ, StringBuilder and collections, and each carry one
# using directive that nothing needs.
project="$work/Bench"
mkdir -p "$project"
cat > "$project/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <GroundworkTasksAssembly>$repo/src/Groundwork.Tasks/bin/Release/net10.0/Groundwork.Tasks.dll</GroundworkTasksAssembly>
  </PropertyGroup>
  <Import Project="$repo/build/Groundwork.props" />
  <Import Project="$repo/build/Groundwork.targets" />
</Project>
XML
for i in $(seq 1 "$files"); do
  previous=$(( i > 1 ? i - 1 : 1 ))
  cat > "$project/Class$i.cs" <<CS
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace Bench.N$i;

/// <summary>Generated class $i, see <see cref="StringBuilder"/>.</summary>
public sealed class Class$i
{
    private readonly Dictionary<string, List<int>> _values = new();

    public int Sum(IEnumerable<int> numbers) => numbers.Where(n => n % 3 != 0).Select(n => n * $i).Sum();

    public string Describe()
    {
        var builder = new StringBuilder("Class$i");
        foreach (var (key, list) in _values)
            builder.Append(key).Append('=').Append(string.Join(",", list.OrderBy(x => x)));
        return builder.ToString();
    }

    public IEnumerable<string> Query(string[] words) =>
        from word in words
        where word.Length > $(( i % 7 ))
        orderby word descending
        select word.ToUpperInvariant();

    public int Chain() => new Bench.N$previous.Class$previous().Sum(new[] { 1, 2, 3 }) + Environment.ProcessorCount;
}
CS
done
dotnet restore "$project" -v:q >&2

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f", m}'; }
# The time of a target (first match in the Target Performance Summary) or a task, in ms; 0 when it did not run.
summary_ms() {
  awk -v name="$2" -v section="$3" '
    /Target Performance Summary/ { in_section = (section == "target") }
    /Task Performance Summary/ { in_section = (section == "task") }
    in_section && $2 == "ms" && $3 == name { print $1; found = 1; exit }
    END { if (!found) print 0 }' "$1"
}
build() { dotnet build "$project" -nodeReuse:false -clp:PerformanceSummary -p:GroundworkCheckSeverity=warning "$@" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }; }

dirty_stage=(); clean_stage=(); core_compile=(); noop_stage=(); noop_target=()
cp -r "$project" "$work/pristine"
for _ in $(seq 1 "$runs"); do
  # Cold, with $files unneeded usings to find and prove (the safety net compiles again).
  rm -rf "$project"; cp -r "$work/pristine" "$project"; rm -rf "$project/obj/groundwork"
  build --no-incremental -p:GroundworkDeadCode=check
  dirty_stage+=("$(summary_ms "$work/log" RunDeadCodeStage task)")
done
build -p:GroundworkDeadCode=fix
for _ in $(seq 1 "$runs"); do
  # Cold on a clean project: the analysis alone, next to a full CoreCompile of the same sources.
  rm -rf "$project/obj/groundwork"
  build --no-incremental -p:GroundworkDeadCode=check
  clean_stage+=("$(summary_ms "$work/log" RunDeadCodeStage task)")
  core_compile+=("$(summary_ms "$work/log" CoreCompile target)")
  # No-op rebuild: nothing changed, the stamp matches.
  build -p:GroundworkDeadCode=check
  noop_stage+=("$(summary_ms "$work/log" RunDeadCodeStage task)")
  noop_target+=("$(summary_ms "$work/log" _GroundworkCompilationInputs target)")
done

m_dirty=$(printf '%s\n' "${dirty_stage[@]}" | median)
m_clean=$(printf '%s\n' "${clean_stage[@]}" | median)
m_core=$(printf '%s\n' "${core_compile[@]}" | median)
m_noop=$(printf '%s\n' "${noop_stage[@]}" | median)
m_inputs=$(printf '%s\n' "${noop_target[@]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
printf '\nDeadCode stage on %s files, median of %s runs (ms, from -clp:PerformanceSummary)\n\n' "$files" "$runs"
printf '| %-62s | %8s | %9s |\n' "measurement" "ms" "CoreCompile"
printf '|%s|%s|%s|\n' "----------------------------------------------------------------" "----------" "-----------"
printf '| %-62s | %8s | %9s |\n' "CoreCompile (the project's own compile, cold)" "$m_core" "1.00x"
printf '| %-62s | %8s | %9s |\n' "DeadCode cold, clean project (analysis only)" "$m_clean" "$(ratio "$m_clean" "$m_core")"
printf '| %-62s | %8s | %9s |\n' "DeadCode cold, $files unneeded usings (analysis + safety net)" "$m_dirty" "$(ratio "$m_dirty" "$m_core")"
printf '| %-62s | %8s | %9s |\n' "DeadCode no-op rebuild (stamp matches)" "$m_noop" "$(ratio "$m_noop" "$m_core")"
printf '| %-62s | %8s | %9s |\n' "_GroundworkCompilationInputs on a no-op rebuild" "$m_inputs" "$(ratio "$m_inputs" "$m_core")"
