#!/usr/bin/env bash
# Builds the release preset, runs core_bench, and times LowRegret's programs against bare Qt
# baselines with hyperfine (mean ± σ) and /usr/bin/time -v (peak RSS). docs/performance.md
# explains the targets and records the figures.
#
#   tests/bench/run-benchmarks.sh            # results in build-release/bench-results/
#   RUNS=50 tests/bench/run-benchmarks.sh    # more runs per command (default 20)
#   BEFORE=../old/build-release tests/bench/run-benchmarks.sh
#                                            # also starts an earlier build's lowregret, in the
#                                            # same rounds, against the same bare window
#
# hyperfine runs without a shell (-N), so even the 3 ms CLI is measured precisely. The start-up
# commands are interleaved: each round runs every one of them once (hyperfine --runs 1), so a
# machine whose speed drifts slows them all alike, and the medians over the rounds are compared.
# Both the app and the bare window save their first paint as BMP (no encoding: the start-up
# target) and as PNG (as before, the encoding cost included).
# Needs hyperfine, time and python3 (apt-get install -y hyperfine time python3) and, for the
# report, fonts-dejavu-core.
# With valgrind installed, it also counts the instructions each start-up executes (callgrind):
# a figure that, unlike time, hardly moves with the load of a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
runs=${RUNS:-20}
rss_runs=${RSS_RUNS:-5}

for tool in hyperfine /usr/bin/time cmake ninja python3; do
    command -v "$tool" >/dev/null || { echo "run-benchmarks: $tool is missing (apt-get install -y hyperfine time python3)" >&2; exit 1; }
done

[ -f build-release/CMakeCache.txt ] || cmake --preset release
cmake --build --preset release -j2 --target lowregret lowregret-cli core_bench bare_chart_bench bare_pdf_bench

build=$src/build-release
out=$build/bench-results
mkdir -p "$out"
cli=$build/app/cli/lowregret-cli
gui=$build/app/gui/lowregret
bare_chart=$build/tests/bench/bare_chart_bench
bare_pdf=$build/tests/bench/bare_pdf_bench
scenario=docs/examples/gpt4-12m.json
before=${BEFORE:+$(cd "$BEFORE" && pwd)/app/gui/lowregret}
if [ -n "$before" ] && [ ! -x "$before" ]; then
    echo "run-benchmarks: BEFORE=$BEFORE holds no app/gui/lowregret" >&2
    exit 1
fi

# Headless, and with fresh settings, catalog and logs: a user's files must not change the figures.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

echo "== machine" | tee "$out/machine.txt"
{
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
        "(family $(grep -m1 'cpu family' /proc/cpuinfo | cut -d: -f2 | tr -d ' ')," \
        "model $(grep -m1 '^model[[:space:]]' /proc/cpuinfo | cut -d: -f2 | tr -d ' ')," \
        "$(grep -m1 'cpu MHz' /proc/cpuinfo | cut -d: -f2 | tr -d ' ' | cut -d. -f1) MHz)" \
        "$(grep -q hypervisor /proc/cpuinfo && echo 'virtual machine')"
    echo "ram: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "compiler: $(grep -m1 'CMAKE_CXX_COMPILER:' "$build/CMakeCache.txt" | cut -d= -f2) $("$(grep -m1 'CMAKE_CXX_COMPILER:' "$build/CMakeCache.txt" | cut -d= -f2)" -dumpfullversion 2>/dev/null || true)"
    echo "build type: $(grep -m1 'CMAKE_BUILD_TYPE:' "$build/CMakeCache.txt" | cut -d= -f2)"
    echo "qt: $(qtpaths6 --qt-version 2>/dev/null || dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null)"
    echo "hyperfine: $(hyperfine --version)"
} | tee -a "$out/machine.txt"

echo "== core_bench"
"$build/tests/bench/core_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_out="$out/core_bench.json" --benchmark_out_format=json | tee "$out/core_bench.txt"

echo "== hyperfine"
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$out/decide.md" --export-json "$out/decide.json" \
    -n "lowregret-cli decide" "$cli decide $scenario"

max_rss_kb() { # command... -> the largest peak RSS of $rss_runs runs, in KiB
    local max=0 kb
    for _ in $(seq "$rss_runs"); do
        /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time.txt" || { cat "$tmp/time.txt" >&2; exit 1; }
        kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
        [ "$kb" -gt "$max" ] && max=$kb
    done
    echo "$max"
}

# Start-up: name|command pairs, the bare window first in each format (the ratios' base).
startup=(
    "bare window, BMP|$bare_chart $tmp/bare.bmp"
    "lowregret --screenshot, BMP|$gui --screenshot $tmp/w.bmp"
    "bare window, PNG|$bare_chart $tmp/bare.png"
    "lowregret --screenshot, PNG|$gui --screenshot $tmp/w.png"
    "lowregret --page result --screenshot, BMP|$gui --scenario $scenario --page result --screenshot $tmp/x.bmp"
)
if [ -n "$before" ]; then
    startup+=(
        "before: lowregret --screenshot, BMP|$before --screenshot $tmp/wb.bmp"
        "before: lowregret --screenshot, PNG|$before --screenshot $tmp/wb.png"
    )
fi
echo "== start-up, $runs interleaved rounds"
for entry in "${startup[@]}"; do # warm the caches once
    read -r -a argv <<<"${entry#*|}"
    "${argv[@]}" >/dev/null 2>&1
done
for round in $(seq "$runs"); do
    # Each round starts one command further on, so no command always follows the same one.
    for k in "${!startup[@]}"; do
        i=$(((k + round) % ${#startup[@]}))
        hyperfine -N --runs 1 --style none --export-json "$tmp/startup-$i-$round.json" "${startup[$i]#*|}" >/dev/null
    done
done
echo "== start-up peak RSS (/usr/bin/time -v, largest of $rss_runs runs)"
for i in "${!startup[@]}"; do
    read -r -a argv <<<"${startup[$i]#*|}"
    max_rss_kb "${argv[@]}" >"$tmp/startup-$i.rss"
done
# One table: median and mean ± σ of the rounds, peak RSS, and both as ratios to the bare window
# saving the same format.
printf '%s\n' "${startup[@]%%|*}" | python3 -c '
import json, statistics, sys
tmp, runs = sys.argv[1], int(sys.argv[2])
rows = []
for i, name in enumerate(sys.stdin.read().splitlines()):
    times = [json.load(open(f"{tmp}/startup-{i}-{r}.json"))["results"][0]["times"][0] * 1000 for r in range(1, runs + 1)]
    rss = int(open(f"{tmp}/startup-{i}.rss").read()) / 1024
    rows.append((name, statistics.median(times), statistics.mean(times), statistics.stdev(times), rss))
bare = {name.rsplit(", ", 1)[1]: (median, rss) for name, median, _, _, rss in rows if name.startswith("bare")}
print(f"| Command ({runs} interleaved rounds) | Median | Mean ± σ | Time ratio | Peak RSS | RSS ratio |")
print("|:---|---:|---:|---:|---:|---:|")
for name, median, mean, sd, rss in rows:
    base_time, base_rss = bare[name.rsplit(", ", 1)[1]]
    print(f"| {name} | {median:.1f} ms | {mean:.1f} ± {sd:.1f} ms | {median / base_time:.2f}× | {rss:.1f} MiB | {rss / base_rss:.2f}× |")
' "$tmp" "$runs" | tee "$out/startup.md"
# The usage import: a 100 MB LiteLLM spend-log export (made up by make-usage-export.py), streamed.
python3 tests/bench/make-usage-export.py "$tmp/usage-100mb.csv" 100
hyperfine -N --warmup 1 --runs "$(( runs < 10 ? runs : 10 ))" --export-markdown "$out/usage.md" \
    --export-json "$out/usage.json" -n "lowregret-cli usage (100 MB CSV)" "$cli usage $tmp/usage-100mb.csv --format json"
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$out/report.md" --export-json "$out/report.json" \
    -n "bare one-page PDF" "$bare_pdf $tmp/bare.pdf" \
    -n "lowregret --export-pdf" "$gui --scenario $scenario --export-pdf $tmp/x.pdf"

echo "== peak RSS of the other programs (/usr/bin/time -v, largest of $rss_runs runs)"
peak_rss() { # name, command...
    local name=$1 kb
    shift
    kb=$(max_rss_kb "$@")
    awk -v n="$name" -v k="$kb" 'BEGIN { printf "| %s | %d KiB | %.1f MiB |\n", n, k, k / 1024 }'
}
{
    echo "| Command | Peak RSS | |"
    echo "|:---|---:|---:|"
    peak_rss "lowregret-cli decide" "$cli" decide "$scenario"
    peak_rss "bare one-page PDF" "$bare_pdf" "$tmp/bare.pdf"
    peak_rss "lowregret --export-pdf" "$gui" --scenario "$scenario" --export-pdf "$tmp/x.pdf"
    peak_rss "lowregret-cli usage (100 MB CSV)" "$cli" usage "$tmp/usage-100mb.csv" --format json
} | tee "$out/rss.md"

if command -v valgrind >/dev/null; then
    echo "== instructions (valgrind --tool=callgrind, one run each)"
    instructions() { # name, command...
        local name=$1 ir
        shift
        ir=$(valgrind --tool=callgrind --callgrind-out-file="$tmp/callgrind.out" "$@" 2>&1 >/dev/null \
            | awk '/Collected :/ {print $NF}')
        awk -v n="$name" -v i="$ir" 'BEGIN { printf "| %s | %.1f M |\n", n, i / 1e6 }'
    }
    {
        echo "| Command | Instructions |"
        echo "|:---|---:|"
        instructions "bare window, BMP" "$bare_chart" "$tmp/bare.bmp"
        instructions "lowregret --screenshot, BMP" "$gui" --screenshot "$tmp/w.bmp"
        [ -z "$before" ] || instructions "before: lowregret --screenshot, BMP" "$before" --screenshot "$tmp/wb.bmp"
        instructions "bare window, PNG" "$bare_chart" "$tmp/bare.png"
        instructions "lowregret --screenshot, PNG" "$gui" --screenshot "$tmp/w.png"
        instructions "lowregret --page result --screenshot, BMP" "$gui" --scenario "$scenario" --page result --screenshot "$tmp/x.bmp"
    } | tee "$out/instructions.md"
fi

cat "$out/decide.md" "$out/startup.md" "$out/usage.md" "$out/report.md"
echo "results: $out"
