#!/usr/bin/env bash
# Groundwork's benchmark: every stage next to the tool a team would otherwise use, on the same inputs, in one table.
#
#   tests/benchmarks/run.sh [--quick] [--runs N] [--files N] [--keep]
#     --quick    300 files and one 3,000-line file, 1 run of each after the warm-up: a smoke run of a few minutes
#     --runs N   N runs of every comparison (default: 3 for the command-line ones, 2 for the builds)
#     --files N  generated files (default 2,000)
#     --keep     keep the temporary folder (its *.log files hold each command's output)
#
# What it measures (wall-clock seconds of whole commands unless said otherwise):
#   Format check cold   `dotnet groundwork verify --stage format`, cache removed  vs  `csharpier check`
#   Format check warm   the same on formatted files, cache present                 vs  `csharpier check`
#   Format fix          `dotnet groundwork fix --stage format` on a fresh copy     vs  `csharpier format`
#   Large files         the same check and fix on a project of one generated file of 3,000 lines, then of
#                       30,000 lines (all the types of many files, every using directive at the top)
#   Unused usings       `verify --stage deadcode --deadcode-rules usings`           vs  `dotnet format style
#                       --verify-no-changes --diagnostics IDE0005`
#   DeadCode cold       the RunDeadCodeStage task (all rules, cache removed)       vs  CoreCompile of the same
#                       `dotnet build --no-incremental` (ms, from -clp:PerformanceSummary)
#   No-op build         `dotnet build` with the three stages in check mode          vs  `-p:GroundworkSkip=true`,
#                       as the difference per project (ms)
#   Peak memory         max RSS of a `--no-incremental` build, all stages on        vs  all stages off
#
# Inputs, made afresh in a temporary folder every run: a generated solution of 5 projects and about 2,000 messy
# files (tests/benchmarks/generate.py, seeded, so always the same files), plus a copy of this repository's src/
# sources (Format only: they are not compiled). The packages and the tool are packed from this clone with a
# version of their own, and restored into a package folder of their own, so nothing stale is measured.
# Each comparison runs once as a warm-up, then N times alternating which tool goes first; the table shows
# medians. Timings on a shared machine are noisy: only the ratios of alternating runs mean much. Needs the .NET SDK, python3 and NuGet access (the csharpier tool).
set -euo pipefail

runs=3
build_runs=2
files=2000
large_files=3000,30000

keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) files=300; runs=1; build_runs=1; large_files=3000 ;;
    --runs) runs=$2; build_runs=$2; shift ;;
    --files) files=$2; shift ;;
    --keep) keep=true ;;
    *) echo "usage: $0 [--quick] [--runs N] [--files N] [--keep]" >&2; exit 2 ;;
  esac
  shift
done

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/groundwork-bench.XXXXXX")
if $keep; then echo "Keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 CI=false
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# --- Set-up: packages, tools, inputs -------------------------------------------------------------------------
version="0.1.0-bench.$(date +%Y%m%d%H%M%S)"
log "Packing Groundwork $version..."
dotnet pack "$repo/BuildTasks.sln" -c Release -o "$work/feed" "-p:Version=$version" -p:GroundworkSkip=true \
  -nodeReuse:false -v:q >&2
log "Installing the tools..."
dotnet tool install dotnet-groundwork --version "$version" --add-source "$work/feed" --tool-path "$work/tools" >&2
dotnet tool install csharpier --version 1.3.0 --tool-path "$work/tools" >&2
groundwork="$work/tools/dotnet-groundwork"
csharpier="$work/tools/csharpier"

log "Generating $files files..."
pristine="$work/pristine"
python3 "$repo/tests/benchmarks/generate.py" "$pristine" --files "$files" --package-version "$version" \
  --large-files "$large_files"
# This repository's own sources, formatted by Format only (the project is never compiled).
(cd "$repo/src" && find . -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 |
  xargs -0 cp --parents -t "$(mkdir -p "$pristine/RepoSources" && echo "$pristine/RepoSources")")
cat > "$pristine/RepoSources/RepoSources.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Groundwork" Version="$version" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
sed -e 's|</Solution>|  <Project Path="RepoSources/RepoSources.csproj" />\n</Solution>|' "$pristine/Bench.slnx" > "$pristine/Format.slnx"
cat > "$pristine/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="groundwork-bench" value="$work/feed" />
  </packageSources>
</configuration>
XML
cs_count=$(find "$pristine" -name '*.cs' -not -path '*/Large[0-9]*/*' | wc -l)
projects=$(grep -c '<Project ' "$pristine/Bench.slnx")

# The solution the commands run on: always at the same path (restore writes absolute paths into obj/).
bench="$work/bench"
cp -r "$pristine" "$bench"
export NUGET_PACKAGES="$work/packages"
log "Restoring..."
dotnet restore "$bench/Format.slnx" -nodeReuse:false -v:q >&2
cd "$bench"
# Back to the messy sources, with no Groundwork cache: what every cold measurement starts from.
reset_sources() {
  find "$bench" -name '*.cs' -not -path '*/obj/*' -delete
  (cd "$pristine" && find . -name '*.cs' -print0 | xargs -0 cp --parents -t "$bench")
  forget_caches
}
forget_caches() { find "$bench" -path '*/obj/groundwork' -type d -prune -exec rm -rf {} +; }
# The solution's folders: the large files are measured on their own.
format_folders=()
for folder in "$bench"/*/; do [[ $folder == */Large[0-9]*/ ]] || format_folders+=("$folder"); done

# --- Measuring ------------------------------------------------------------------------------------------------
# run NAME COMMAND...: runs it in $bench, appends its wall-clock seconds to $work/NAME.times and its peak RSS (KiB,
# the largest process of the tree) to $work/NAME.rss; its output goes to $work/NAME.log. Exit codes 0 and 1 (a
# check that found something; 2 for dotnet format) are expected; anything else stops the benchmark, since the
# number would be wrong.
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true 2>/dev/null; then have_time=true; else have_time=false; fi
run() {
  local name=$1; shift
  local start end rc=0
  start=$(date +%s.%N)
  if $have_time; then
    (cd "$bench" && /usr/bin/time -f %M -o "$work/$name.rss1" "$@") > "$work/$name.log" 2>&1 || rc=$?
  else
    (cd "$bench" && "$@") > "$work/$name.log" 2>&1 || rc=$?
  fi
  end=$(date +%s.%N)
  # `dotnet format --verify-no-changes` says "changes needed" with exit code 2.
  if [ "$rc" -gt 1 ] && ! { [ "$rc" -eq 2 ] && [[ $name == ide0005* ]]; }; then
    log "$name failed (exit code $rc): $*"; tail -n 30 "$work/$name.log" >&2; exit 1
  fi
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }' >> "$work/$name.times"
  cp "$work/$name.log" "$work/$name.$(wc -l < "$work/$name.times").log"
  if $have_time; then tail -n 1 "$work/$name.rss1" >> "$work/$name.rss"; fi
}
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f", m }'; }
# The time of a target or a task in ms, summed over the projects, from a -clp:PerformanceSummary log.
summary_ms() {
  awk -v name="$2" -v section="$3" '
    /Target Performance Summary/ { in_section = (section == "target") }
    /Task Performance Summary/ { in_section = (section == "task") }
    in_section && $2 == "ms" && $3 == name { print $1; found = 1; exit }
    END { if (!found) print 0 }' "$1"
}
# compare ROUNDS PREPARE A_NAME A_COMMAND -- B_NAME B_COMMAND: a warm-up of each, then ROUNDS rounds, alternating which
# goes first; PREPARE runs before every single command and is not timed.
compare() {
  local rounds=$1 prepare=$2 a_name=$3; shift 3
  local a=() b=()
  while [ "$1" != "--" ]; do a+=("$1"); shift; done
  shift
  local b_name=$1; shift
  b=("$@")
  log "  $a_name vs $b_name"
  $prepare; run "$a_name.warmup" "${a[@]}"
  $prepare; run "$b_name.warmup" "${b[@]}"
  for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) -eq 1 ]; then
      $prepare; run "$a_name" "${a[@]}"; $prepare; run "$b_name" "${b[@]}"
    else
      $prepare; run "$b_name" "${b[@]}"; $prepare; run "$a_name" "${a[@]}"
    fi
  done
}
nothing() { :; }

log "Format check, cold..."
reset_sources
compare "$runs" forget_caches gw-format-cold "$groundwork" verify Format.slnx --stage format --verbosity quiet \
  -- cs-check-messy "$csharpier" check "${format_folders[@]}"

log "Format fix..."
compare "$runs" reset_sources gw-format-fix "$groundwork" fix Format.slnx --stage format --verbosity quiet \
  -- cs-format "$csharpier" format "${format_folders[@]}"

log "Format check, warm..."
reset_sources
"$groundwork" fix Format.slnx --stage format --verbosity quiet > /dev/null 2>&1 || true
(cd "$bench" && "$groundwork" verify Format.slnx --stage format --verbosity quiet > "$work/warm-check.log" 2>&1) ||
  { log "the formatted files do not verify:"; tail -n 20 "$work/warm-check.log" >&2; exit 1; }
compare "$runs" nothing gw-format-warm "$groundwork" verify Format.slnx --stage format --verbosity quiet \
  -- cs-check-clean "$csharpier" check "${format_folders[@]}"

log "Large files..."
for lines in ${large_files//,/ }; do
  reset_sources
  compare "$runs" forget_caches "gw-large$lines-check" "$groundwork" verify "Large$lines" --stage format --verbosity quiet \
    -- "cs-large$lines-check" "$csharpier" check "Large$lines/Large$lines.cs"
  compare "$runs" reset_sources "gw-large$lines-fix" "$groundwork" fix "Large$lines" --stage format --verbosity quiet \
    -- "cs-large$lines-format" "$csharpier" format "Large$lines/Large$lines.cs"
done

log "Unused usings..."
reset_sources
compare "$build_runs" forget_caches gw-usings "$groundwork" verify Bench.slnx --stage deadcode --deadcode-rules usings --verbosity quiet \
  -- ide0005 dotnet format style Bench.slnx --verify-no-changes --diagnostics IDE0005 --severity info

log "Builds: DeadCode cold next to CoreCompile, peak memory..."
reset_sources
build_flags=(-nodeReuse:false --no-incremental -clp:PerformanceSummary -p:GroundworkCheckSeverity=warning)
compare "$build_runs" forget_caches build-on dotnet build Bench.slnx "${build_flags[@]}" \
  -p:GroundworkFormat=check -p:GroundworkUsings=check -p:GroundworkDeadCode=check \
  -- build-off dotnet build Bench.slnx "${build_flags[@]}" -p:GroundworkSkip=true
for summary in "$work"/build-on.[0-9]*.log; do
  summary_ms "$summary" RunDeadCodeStage task >> "$work/deadcode.ms"
  summary_ms "$summary" CoreCompile target >> "$work/corecompile.ms"
done

log "No-op build..."
# Clean sources for every stage, built once: from then on nothing changes.
"$groundwork" fix Bench.slnx --all-stages --verbosity quiet > /dev/null 2>&1 || true
dotnet build Bench.slnx -nodeReuse:false -v:q > /dev/null 2>&1
compare "$build_runs" nothing noop-on dotnet build Bench.slnx -nodeReuse:false \
  -p:GroundworkFormat=check -p:GroundworkUsings=check -p:GroundworkDeadCode=check \
  -- noop-off dotnet build Bench.slnx -nodeReuse:false -p:GroundworkSkip=true

# --- The table ------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
met() { awk -v value="$1" -v goal="$2" 'BEGIN { print (value + 0 <= goal + 0) ? "yes" : "no" }'; }
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }
seconds_row() {
  local label=$1 a=$2 b=$3 goal=$4 ga gb r
  ga=$(median "$work/$a.times"); gb=$(median "$work/$b.times")
  r=$(awk -v a="$ga" -v b="$gb" 'BEGIN { printf "%.2f", a / b }')
  row "$label" "${ga} s" "${gb} s" "${r}x" "≤${goal}x" "$(met "$r" "$goal")"
}

echo
echo "Groundwork benchmark: $cs_count files ($files generated in $projects projects, plus this repository's src/)," \
  "medians of $runs runs ($build_runs for usings and builds) after a warm-up, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
row "scenario" "Groundwork median" "reference median" "ratio" "goal" "met?"
row "---" "---:" "---:" "---:" "---:" "---"
seconds_row "Format check cold (vs \`csharpier check\`)" gw-format-cold cs-check-messy 1.0
seconds_row "Format check warm (vs \`csharpier check\`)" gw-format-warm cs-check-clean 0.3
seconds_row "Format fix (vs \`csharpier format\`)" gw-format-fix cs-format 1.0
for lines in ${large_files//,/ }; do
  size=$(echo "$lines" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
  seconds_row "Format check cold, one $size-line file (vs \`csharpier check\`)" "gw-large$lines-check" "cs-large$lines-check" 1.0
  seconds_row "Format fix, one $size-line file (vs \`csharpier format\`)" "gw-large$lines-fix" "cs-large$lines-format" 1.0
done
seconds_row "Unused usings (vs \`dotnet format style\` IDE0005)" gw-usings ide0005 0.5
dc=$(median "$work/deadcode.ms"); cc=$(median "$work/corecompile.ms")
r=$(awk -v a="$dc" -v b="$cc" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 99 }')
row "DeadCode cold, all rules (vs CoreCompile)" "$(printf '%.0f ms' "$dc")" "$(printf '%.0f ms' "$cc")" "${r}x" "≤1x" "$(met "$r" 1)"
on=$(median "$work/noop-on.times"); off=$(median "$work/noop-off.times")
per=$(awk -v a="$on" -v b="$off" -v p="$projects" 'BEGIN { printf "%.0f", (a - b) * 1000 / p }')
row "No-op \`dotnet build\`, 3 stages in check (vs GroundworkSkip)" "${on} s" "${off} s" "${per} ms/project" "≤50 ms/project" "$(met "$per" 50)"
if $have_time; then
  mon=$(median "$work/build-on.rss"); moff=$(median "$work/build-off.rss")
  r=$(awk -v a="$mon" -v b="$moff" 'BEGIN { printf "%.2f", a / b }')
  row "Peak memory, build with all stages (vs off)" "$(awk -v k="$mon" 'BEGIN { printf "%.0f MB", k / 1024 }')" \
    "$(awk -v k="$moff" 'BEGIN { printf "%.0f MB", k / 1024 }')" "${r}x" "≤1.5x" "$(met "$r" 1.5)"
else
  row "Peak memory, build with all stages (vs off)" "n/a" "n/a" "n/a" "≤1.5x" "no /usr/bin/time"
fi
