#!/usr/bin/env bash
# Measures the Usings stage on a few hundred files and prints a table.
#   tests/benchmarks/usings-benchmark.sh [files] [runs]
# Every number is the median of [runs] runs (default 5) of whole commands, wall-clock seconds.
set -euo pipefail
files=${1:-300}
runs=${2:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 CI=false

echo "Building the tasks..." >&2
dotnet build "$repo/src/Groundwork.Tasks/Groundwork.Tasks.csproj" -c Release -p:GroundworkSkip=true -nodeReuse:false -v:q >&2

# A project of $files files whose usings are out of order, made from the samples with renamed namespaces.
project="$work/Bench"
mkdir -p "$project"
cat > "$project/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <GroundworkTasksAssembly>$repo/src/Groundwork.Tasks/bin/Release/net10.0/Groundwork.Tasks.dll</GroundworkTasksAssembly>
  </PropertyGroup>
  <Import Project="$repo/build/Groundwork.props" />
  <Import Project="$repo/build/Groundwork.targets" />
</Project>
XML
mapfile -t samples < <(find "$repo/tests/samples/Usings" "$repo/tests/samples/Comparison" "$repo/tests/samples/Messy" -name '*.cs' ! -name '*.g.cs' | sort)
for i in $(seq 1 "$files"); do
  sample=${samples[$(( (i - 1) % ${#samples[@]} ))]}
  sed -e "s/namespace \([A-Za-z.]*\)/namespace \1.N$i/" "$sample" > "$project/File$i.cs"
done
dotnet restore "$project" -v:q >&2

minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); minus "$end" "$start"; }

cold_check=(); noop=(); evaluation=()
for _ in $(seq 1 "$runs"); do
  rm -rf "$project/obj/groundwork"
  cold_check+=("$(seconds dotnet msbuild "$project" -t:Groundwork -p:GroundworkUsings=check -nodeReuse:false)")
  evaluation+=("$(seconds dotnet msbuild "$project" -t:Groundwork -p:GroundworkUsings=off -nodeReuse:false)")
done
# No-op: the usings are ordered and the cache is warm; the stage only hashes the files.
dotnet msbuild "$project" -t:Groundwork -p:GroundworkUsings=fix -nodeReuse:false >/dev/null
for _ in $(seq 1 "$runs"); do
  noop+=("$(seconds dotnet msbuild "$project" -t:Groundwork -p:GroundworkUsings=check -nodeReuse:false)")
done

m_cold=$(printf '%s\n' "${cold_check[@]}" | median)
m_noop=$(printf '%s\n' "${noop[@]}" | median)
m_eval=$(printf '%s\n' "${evaluation[@]}" | median)
printf '\nUsings stage on %s files, median of %s runs (seconds, whole command)\n\n' "$files" "$runs"
printf '| %-52s | %8s |\n' "measurement" "seconds"
printf '|%s|%s|\n' "------------------------------------------------------" "----------"
printf '| %-52s | %8s |\n' "MSBuild start-up and evaluation, stage off" "$m_eval"
printf '| %-52s | %8s |\n' "Groundwork cold check (no cache)" "$m_cold"
printf '| %-52s | %8s |\n' "Groundwork no-op check (warm cache)" "$m_noop"
printf '| %-52s | %8s |\n' "stage cost cold (cold check - evaluation)" "$(minus "$m_cold" "$m_eval")"
printf '| %-52s | %8s |\n' "stage cost no-op (no-op check - evaluation)" "$(minus "$m_noop" "$m_eval")"
