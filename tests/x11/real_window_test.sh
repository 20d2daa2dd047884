#!/usr/bin/env bash
# A real X window under Xvfb, driven by real X input events (xdotool): type the usage, answer
# with the keyboard, let autosave catch up, kill the app with SIGKILL, restart it and restore
# the work, save the scenario and export the report through the app's own file dialogs, then
# check both files the way the other tests do.
# Usage: real_window_test.sh LOWREGRET LOWREGRET_CLI
set -euo pipefail
app=$1
cli=$2

for tool in Xvfb xdotool xdpyinfo pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (.ci/install-deps installs it)"; exit 1; }
done

work=$(mktemp -d)
app_pid=""
xvfb_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8

# Xvfb picks a free display itself and writes its number once it accepts connections, so
# the test never races another X server (or one of its own earlier runs still shutting down).
# -noreset: by default Xvfb resets when its last client leaves (the app killed, an xdotool call
# ending), refusing connections for a moment; the restarted app could then not connect.
Xvfb -displayfd 3 -noreset -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"
xdpyinfo >/dev/null 2>&1 || { echo "FAIL: cannot reach Xvfb on $DISPLAY"; cat "$work/xvfb.log"; exit 1; }

autosave="$XDG_DATA_HOME/lowregret/lowregret/autosave.json"

# Waits until a window whose name contains $1 is mapped; prints its id.
wait_window() {
    for _ in $(seq 1 150); do
        local id
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
        if [ -n "$id" ]; then echo "$id"; return 0; fi
        sleep 0.1
    done
    echo "FAIL: no window named '$1'" >&2
    cat "$work/app.log" >&2
    return 1
}
key() { xdotool key --clearmodifiers "$1"; sleep 0.5; }
# Waits until the python expression $2 holds for the JSON file $1.
wait_json() {
    for _ in $(seq 1 100); do
        if [ -f "$1" ] && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1" 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    echo "FAIL: $1 never satisfied: $2" >&2
    [ -f "$1" ] && cat "$1" >&2
    return 1
}
start_app() {
    "$app" --lang en "$@" >>"$work/app.log" 2>&1 &
    app_pid=$!
}

echo "1. answer the wizard with the keyboard"
start_app
win=$(wait_window "— LowRegret")
xdotool windowfocus --sync "$win"
sleep 0.5
key alt+n                        # Welcome -> Monthly usage; the tokens field has the focus
xdotool type --delay 100 "12"    # 12 million (the unit is M)
sleep 0.5
key alt+n                        # -> Is your usage stable?
key Up                           # Stable: the arrow keys answer
key alt+n                        # -> Sensitive data?
key space                        # Sensitive
key alt+n                        # -> Costs (the skill question is skipped)

echo "2. autosave catches the edits; SIGKILL the app"
wait_json "$autosave" "d['scenario']['answers'].get('monthly_tokens') == 12000000 and d['scenario']['answers'].get('usage_stable') is True and d['scenario']['answers'].get('data_sensitive') is True"
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
[ -f "$autosave" ] || { echo "FAIL: the autosaved copy did not survive the crash"; exit 1; }

echo "3. the next start offers the work back"
start_app
box=$(wait_window "Restore unsaved work")
xdotool windowfocus --sync "$box"
sleep 0.3
key Return                       # Restore is the default button
win=$(wait_window "— LowRegret")
xdotool windowfocus --sync "$win"
sleep 0.5

echo "4. save through the file dialog"
scenario="$work/saved scenario.json"
key ctrl+s                       # untitled: Save asks where
dialog=$(wait_window "Save Scenario")
xdotool windowfocus --sync "$dialog"
sleep 0.3
key ctrl+a
xdotool type --delay 20 "$scenario"
key Return
wait_json "$scenario" "d['answers']['monthly_tokens'] == 12000000 and d['answers']['data_sensitive'] is True"
[ ! -f "$autosave" ] || { echo "FAIL: saving left the autosaved copy behind"; exit 1; }

echo "5. export the report through the file dialog"
report="$work/report.pdf"
xdotool windowfocus --sync "$win"
sleep 0.3
key ctrl+e
dialog=$(wait_window "Export Report")
xdotool windowfocus --sync "$dialog"
sleep 0.3
key ctrl+a
xdotool type --delay 20 "$report"
key Return
for _ in $(seq 1 100); do [ -s "$report" ] && break; sleep 0.2; done
[ -s "$report" ] || { echo "FAIL: no report at $report"; cat "$work/app.log"; exit 1; }

echo "6. check both files"
decided=$("$cli" decide "$scenario" --format json)
python3 -c "import json,sys; d=json.loads(sys.argv[1]); assert d['leaf']=='mid.local.sensitive', d['leaf']" "$decided"
sleep 1   # let the writer finish renaming into place
text=$(pdftotext "$report" - | python3 -c "import sys,unicodedata; print(unicodedata.normalize('NFKC', sys.stdin.read()))")
grep -q "Local deployment" <<<"$text" || { echo "FAIL: the report lacks the recommendation"; exit 1; }
# At the default GPT-4o prices: 6M in × 2.50 + 6M out × 10 per 1M = 75 a month, 900 over 12 months.
grep -q "900.00" <<<"$text" || { echo "FAIL: the report lacks the cloud total"; exit 1; }

echo "7. quit with the keyboard; nothing is left to save"
xdotool windowfocus --sync "$win"
key ctrl+q
for _ in $(seq 1 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then echo "FAIL: the app did not quit"; exit 1; fi
status=0
wait "$app_pid" || status=$?
app_pid=""
# Under the sanitizers a report makes the app exit non-zero: that must fail the test too.
[ "$status" -eq 0 ] || { echo "FAIL: the app exited with status $status"; cat "$work/app.log"; exit 1; }
echo "PASS: real window, real input, crash recovery, save and export"
