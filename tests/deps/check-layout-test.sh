#!/usr/bin/env bash
# .ci/check-layout on made-up trees: a clean one passes, and each way of leaving the rooms fails
# with the file and the reason named.
#   check-layout-test.sh SOURCE_DIR
set -euo pipefail
check=$1/.ci/check-layout
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

tree() { # a small tree that keeps every rule
    rm -rf "$tmp/t"
    mkdir -p "$tmp/t/core/include/lowregret/io" "$tmp/t/core/include/lowregret/costs" "$tmp/t/core/src/costs" \
        "$tmp/t/app/gui/widgets" "$tmp/t/app/gui/charts" "$tmp/t/app/gui/compare"
    printf '#pragma once\n' >"$tmp/t/core/include/lowregret/io/Format.h"
    printf '#pragma once\n#include "lowregret/io/Format.h"\n' >"$tmp/t/core/include/lowregret/costs/CostModel.h"
    printf '#include "lowregret/costs/CostModel.h"\n#include "lowregret/io/Format.h"\n' >"$tmp/t/core/src/costs/CostModel.cpp"
    printf '#pragma once\n' >"$tmp/t/app/gui/widgets/Palette.h"
    printf '#pragma once\n#include "widgets/Palette.h"\n' >"$tmp/t/app/gui/charts/CostChartView.h"
    printf '#pragma once\n#include "charts/CostChartView.h"\n' >"$tmp/t/app/gui/compare/CompareDialog.h"
}

expect() { # pass|fail, what, the words the message must hold
    local want=$1 what=$2 words=${3:-} out rc=0
    out=$(bash "$check" "$tmp/t" 2>&1) || rc=$?
    if [ "$want" = pass ] && [ "$rc" -ne 0 ]; then
        echo "FAIL: $what: expected a pass, got exit $rc: $out"
        failures=$((failures + 1))
    elif [ "$want" = fail ] && [ "$rc" -ne 1 ]; then
        echo "FAIL: $what: expected exit 1, got $rc: $out"
        failures=$((failures + 1))
    elif [ -n "$words" ] && ! grep -qF -- "$words" <<<"$out"; then
        echo "FAIL: $what: the message does not say '$words': $out"
        failures=$((failures + 1))
    else
        echo "ok: $what"
    fi
}

tree
expect pass "a tree in its rooms"

tree
printf '#include "lowregret/costs/CostModel.h"\n' >>"$tmp/t/core/include/lowregret/io/Format.h"
expect fail "io includes costs" 'core/include/lowregret/io/Format.h:2: includes "lowregret/costs/CostModel.h": io may not use costs'

tree
mkdir -p "$tmp/t/core/src/io"
printf '#include "costs/Private.h"\n' >"$tmp/t/core/src/io/Format.cpp"
expect fail "a private header of a room above" 'core/src/io/Format.cpp:1: includes "costs/Private.h": io may not use costs'

tree
printf '#include "Stray.h"\n' >"$tmp/t/core/src/Stray.cpp"
expect fail "a source outside the rooms" 'core/src/Stray.cpp: not in a room'

tree
seq 401 | sed 's/^/\/\/ /' >"$tmp/t/core/src/costs/CostSeries.cpp"
expect fail "a file of 401 lines" 'core/src/costs/CostSeries.cpp: 401 lines, over 400'

tree
seq 400 | sed 's/^/\/\/ /' >"$tmp/t/core/src/costs/CostSeries.cpp"
expect pass "a file of 400 lines"

tree
printf '#include "compare/CompareDialog.h"\n' >>"$tmp/t/app/gui/charts/CostChartView.h"
expect fail "a chart includes a dialog's room" 'app/gui/charts/CostChartView.h:3: includes "compare/CompareDialog.h"'

tree
printf '#include "charts/CostChartView.h"\n' >>"$tmp/t/app/gui/widgets/Palette.h"
expect fail "the floor of the GUI uses a room" "widgets is the GUI's floor"

tree
mkdir -p "$tmp/t/app/gui/app"
printf '#pragma once\n#include "app/B.h"\n' >"$tmp/t/app/gui/app/A.h"
printf '#pragma once\n#include "app/A.h"\n' >"$tmp/t/app/gui/app/B.h"
expect fail "two headers that include each other" "include circle: app/gui/app/"

[ "$failures" -eq 0 ] || exit 1
