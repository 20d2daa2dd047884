#!/usr/bin/env bash
# .ci/check-deps must catch a package that the build found but install-deps' list does not
# pull in: take libqt6opengl6-dev out of the list (QtCharts' config needs Qt6OpenGL, which
# qt6-base-dev only recommends) and expect exit 1 with the package named; then libcsv-dev,
# which the build finds with find_library.
#   check-deps-test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash "$source_dir/.ci/install-deps" --list | grep -vx 'libqt6opengl6-dev' >"$work/list"
if grep -qx 'libqt6opengl6-dev' "$work/list"; then
    echo "FAIL: the test list still holds libqt6opengl6-dev" >&2
    exit 1
fi
set +e
CHECK_DEPS_PACKAGES="$work/list" bash "$source_dir/.ci/check-deps" "$build_dir" 2>"$work/err"
status=$?
set -e
cat "$work/err"
if [ "$status" -ne 1 ]; then
    echo "FAIL: check-deps exited $status without libqt6opengl6-dev in the list; expected 1" >&2
    exit 1
fi
if ! grep -q 'Qt6OpenGL .*libqt6opengl6-dev' "$work/err"; then
    echo "FAIL: the message does not name Qt6OpenGL and its package libqt6opengl6-dev" >&2
    exit 1
fi
echo "PASS: check-deps names libqt6opengl6-dev"

# A library found by hand (find_library, no CMake package): take libcsv-dev out and expect the
# same, with the cache entry that found it.
bash "$source_dir/.ci/install-deps" --list | grep -vx 'libcsv-dev' >"$work/list-csv"
set +e
CHECK_DEPS_PACKAGES="$work/list-csv" bash "$source_dir/.ci/check-deps" "$build_dir" 2>"$work/err-csv"
status=$?
set -e
cat "$work/err-csv"
if [ "$status" -ne 1 ]; then
    echo "FAIL: check-deps exited $status without libcsv-dev in the list; expected 1" >&2
    exit 1
fi
if ! grep -q 'LOWREGRET_DEP_CSV_LIBRARY .*libcsv-dev' "$work/err-csv"; then
    echo "FAIL: the message does not name LOWREGRET_DEP_CSV_LIBRARY and its package libcsv-dev" >&2
    exit 1
fi
echo "PASS: check-deps names libcsv-dev"
