#!/usr/bin/env bash
# Builds the release preset, runs core_bench, and times LowRegret's programs against bare Qt
# baselines with hyperfine (mean ± σ) and /usr/bin/time -v (peak RSS). docs/performance.md
# explains the targets and records the figures.
#
#   tests/bench/run-benchmarks.sh            # results in build-release/bench-results/
#   RUNS=50 tests/bench/run-benchmarks.sh    # more runs per command (default 20)
#
# hyperfine runs without a shell (-N), so even the 3 ms CLI is measured precisely.
# Needs hyperfine and time (apt-get install -y hyperfine time) and, for the report, fonts-dejavu-core.
# With valgrind installed, it also counts the instructions each start-up executes (callgrind):
# a figure that, unlike time, hardly moves with the load of a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
runs=${RUNS:-20}
rss_runs=${RSS_RUNS:-5}

for tool in hyperfine /usr/bin/time cmake ninja; do
    command -v "$tool" >/dev/null || { echo "run-benchmarks: $tool is missing (apt-get install -y hyperfine time)" >&2; exit 1; }
done

[ -f build-release/CMakeCache.txt ] || cmake --preset release
cmake --build --preset release --target lowregret lowregret-cli core_bench bare_chart_bench bare_pdf_bench

build=$src/build-release
out=$build/bench-results
mkdir -p "$out"
cli=$build/app/cli/lowregret-cli
gui=$build/app/gui/lowregret
bare_chart=$build/tests/bench/bare_chart_bench
bare_pdf=$build/tests/bench/bare_pdf_bench
scenario=docs/examples/gpt4-12m.json

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
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$out/startup.md" --export-json "$out/startup.json" \
    -n "bare QtCharts window" "$bare_chart $tmp/bare.png" \
    -n "lowregret --screenshot" "$gui --screenshot $tmp/w.png" \
    -n "lowregret --page result --screenshot" "$gui --scenario $scenario --page result --screenshot $tmp/x.png"
# The usage import: a 100 MB LiteLLM spend-log export (made up by make-usage-export.py), streamed.
python3 tests/bench/make-usage-export.py "$tmp/usage-100mb.csv" 100
hyperfine -N --warmup 1 --runs "$(( runs < 10 ? runs : 10 ))" --export-markdown "$out/usage.md" \
    --export-json "$out/usage.json" -n "lowregret-cli usage (100 MB CSV)" "$cli usage $tmp/usage-100mb.csv --format json"
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$out/report.md" --export-json "$out/report.json" \
    -n "bare one-page PDF" "$bare_pdf $tmp/bare.pdf" \
    -n "lowregret --export-pdf" "$gui --scenario $scenario --export-pdf $tmp/x.pdf"

echo "== peak RSS (/usr/bin/time -v, largest of $rss_runs runs)"
peak_rss() { # name, command...
    local name=$1 max=0 kb
    shift
    for _ in $(seq "$rss_runs"); do
        /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time.txt" || { cat "$tmp/time.txt" >&2; exit 1; }
        kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
        [ "$kb" -gt "$max" ] && max=$kb
    done
    awk -v n="$name" -v k="$max" 'BEGIN { printf "| %s | %d KiB | %.1f MiB |\n", n, k, k / 1024 }'
}
{
    echo "| Command | Peak RSS | |"
    echo "|:---|---:|---:|"
    peak_rss "lowregret-cli decide" "$cli" decide "$scenario"
    peak_rss "bare QtCharts window" "$bare_chart" "$tmp/bare.png"
    peak_rss "lowregret --screenshot" "$gui" --screenshot "$tmp/w.png"
    peak_rss "lowregret --page result --screenshot" "$gui" --scenario "$scenario" --page result --screenshot "$tmp/x.png"
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
        instructions "bare QtCharts window" "$bare_chart" "$tmp/bare.png"
        instructions "lowregret --screenshot" "$gui" --screenshot "$tmp/w.png"
        instructions "lowregret --page result --screenshot" "$gui" --scenario "$scenario" --page result --screenshot "$tmp/x.png"
    } | tee "$out/instructions.md"
fi

cat "$out/decide.md" "$out/startup.md" "$out/usage.md" "$out/report.md"
echo "results: $out"
