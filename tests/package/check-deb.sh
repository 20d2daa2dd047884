#!/usr/bin/env bash
# Builds the .deb from a configured and built tree with cpack, unpacks it and checks it:
# the control fields, the programs (run from the unpacked tree), the desktop entry, the
# AppStream metainfo, the MIME type, the icons, the man pages, the copyright file and the
# changelog, and runs lintian on it. Also installs the tree with `cmake --install` into a
# temporary prefix and runs the CLI from there.
#
#   check-deb.sh --cmake CMAKE --cpack CPACK --build-dir DIR --source-dir DIR --version X.Y.Z --gui 0|1
#
# Exit 0: all checks pass; 1: a check failed; 77: skipped (not a Debian system).
set -euo pipefail

cmake_cmd=cmake cpack_cmd=cpack build_dir= source_dir= version= gui=1
while [ $# -gt 0 ]; do
    case "$1" in
        --cmake) cmake_cmd=$2; shift 2 ;;
        --cpack) cpack_cmd=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --source-dir) source_dir=$2; shift 2 ;;
        --version) version=$2; shift 2 ;;
        --gui) gui=$2; shift 2 ;;
        *) echo "check-deb.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$build_dir" ] && [ -n "$source_dir" ] && [ -n "$version" ] || { echo "check-deb.sh: missing arguments" >&2; exit 2; }

app_id=io.github.lowregret.LowRegret
mime_type=application/x-lowregret-scenario+json
example="$source_dir/docs/examples/gpt4-12m.json"

failures=0
pass() { echo "ok:   $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

if ! command -v dpkg-deb >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
    echo "check-deb.sh: skipped: dpkg-deb and dpkg-shlibdeps (package dpkg-dev) are needed" >&2
    exit 77
fi
missing=()
for tool in file desktop-file-validate appstreamcli lintian; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-deb.sh: missing tools: ${missing[*]} (packages file, desktop-file-utils, appstream, lintian; see .ci/install-deps)" >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lowregret-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The programs must not read or write the user's own settings, logs or catalog.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
unset LANG LANGUAGE LC_MESSAGES

# --- Build the package -------------------------------------------------------------------
echo "== cpack -G DEB (this runs dpkg-shlibdeps and takes a while)"
if ! (cd "$tmp" && "$cpack_cmd" -G DEB -B "$tmp/out" --config "$build_dir/CPackConfig.cmake") >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
shopt -s nullglob
debs=("$tmp"/out/*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: expected one .deb in $tmp/out, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
check "file name is lowregret_${version}_${arch}.deb ($(basename "$deb"))" \
    test "$(basename "$deb")" = "lowregret_${version}_${arch}.deb"

# --- Control fields ----------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
echo "== control"
dpkg-deb -f "$deb"
depends=$(field Depends)
recommends=$(field Recommends)
contains() { case "$1" in *"$2"*) return 0 ;; *) return 1 ;; esac; }
check "Package is lowregret" test "$(field Package)" = lowregret
check "Version is $version" test "$(field Version)" = "$version"
check "Architecture is $arch" test "$(field Architecture)" = "$arch"
check "Section is science" test "$(field Section)" = science
check "Homepage is the project's" test "$(field Homepage)" = https://github.com/lowregret/lowregret
check "Maintainer is Name <email>" bash -c 're="^[^<]+ <[^@>]+@[^>]+>\$"; [[ $1 =~ $re ]]' _ "$(field Maintainer)"
check "Description has a synopsis and a long text" \
    test "$(field Description | wc -l)" -ge 3
check "Depends has libc6 (from dpkg-shlibdeps)" contains "$depends" libc6
if [ "$gui" = 1 ]; then
    check "Depends has qt6-qpa-plugins" contains "$depends" qt6-qpa-plugins
    check "Depends has libqt6 libraries (from dpkg-shlibdeps)" contains "$depends" libqt6
    check "Recommends has fonts-noto-cjk" contains "$recommends" fonts-noto-cjk
    check "Recommends has qt6-translations-l10n" contains "$recommends" qt6-translations-l10n
    check "Recommends has fonts-dejavu-core" contains "$recommends" fonts-dejavu-core
fi

# --- Contents ----------------------------------------------------------------------------
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
echo "== contents"
dpkg-deb -c "$deb" | awk '{print $NF}'
outside=$(dpkg-deb -c "$deb" | awk '{print $NF}' | grep -v -E '^\./(usr(/.*)?)?/?$' || true)
check "everything is under /usr" test -z "$outside"

cli="$root/usr/bin/lowregret-cli"
check "usr/bin/lowregret-cli is an executable" test -x "$cli"
check "lowregret-cli --version prints lowregret-cli $version" \
    test "$("$cli" --version)" = "lowregret-cli $version"
decide_out=$("$cli" decide "$example" --lang en 2>"$tmp/decide.err") || fail "lowregret-cli decide exits 0 ($(cat "$tmp/decide.err"))"
check "lowregret-cli decide prints the cloud total 6,480.00" contains "$decide_out" "6,480.00"
check "lowregret-cli decide recommends a local deployment" contains "$decide_out" "Recommendation: Local deployment"
json_out=$("$cli" decide "$example" --format json 2>/dev/null) || true
check "lowregret-cli decide --format json gives the leaf" contains "$json_out" '"leaf": "mid.local.breakeven"'
check "lowregret-cli decide --lang zh-Hant prints 6,480.00 美元" \
    contains "$("$cli" decide "$example" --lang zh-Hant 2>/dev/null || true)" "6,480.00 美元"

if [ "$gui" = 1 ]; then
    gui_bin="$root/usr/bin/lowregret"
    check "usr/bin/lowregret is an executable" test -x "$gui_bin"
    check "lowregret --version prints lowregret $version" \
        contains "$("$gui_bin" --version 2>/dev/null || true)" "lowregret $version"
    "$gui_bin" --scenario "$example" --export-pdf "$tmp/report.pdf" >"$tmp/pdf.log" 2>&1 || true
    check "lowregret --export-pdf writes a PDF report" \
        bash -c 'test "$(head -c 5 "$1" 2>/dev/null)" = "%PDF-"' _ "$tmp/report.pdf"

    desktop="$root/usr/share/applications/$app_id.desktop"
    metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
    mime_xml="$root/usr/share/mime/packages/$app_id.xml"
    check "desktop entry installed" test -f "$desktop"
    check "metainfo installed" test -f "$metainfo"
    check "MIME type installed" test -f "$mime_xml"

    echo "== desktop-file-validate"
    check "desktop-file-validate passes" desktop-file-validate "$desktop"
    check "desktop entry: Exec=lowregret %f" grep -qx 'Exec=lowregret %f' "$desktop"
    check "desktop entry: Icon=$app_id" grep -qx "Icon=$app_id" "$desktop"
    check "desktop entry: MimeType has $mime_type" grep -q "^MimeType=.*$mime_type;" "$desktop"
    check "desktop entry: Name[zh_TW] and Comment[zh_TW]" \
        bash -c 'grep -q "^Name\[zh_TW\]=" "$1" && grep -q "^Comment\[zh_TW\]=" "$1"' _ "$desktop"

    echo "== appstreamcli validate --no-net"
    check "appstreamcli validate --no-net passes" appstreamcli validate --no-net "$metainfo"
    # The whole tree: the metainfo together with the desktop entry and the icon it names.
    check "appstreamcli validate-tree --no-net passes" appstreamcli validate-tree --no-net "$root"
    check "metainfo: id is $app_id" grep -q "<id>$app_id</id>" "$metainfo"
    check "metainfo: launchable is $app_id.desktop" grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
    check "metainfo: a release for $version" grep -q "<release version=\"$version\"" "$metainfo"
    check "metainfo: provides the MIME type" grep -q "<mediatype>$mime_type</mediatype>" "$metainfo"

    if command -v update-mime-database >/dev/null; then
        mkdir -p "$tmp/mime/packages"
        cp "$mime_xml" "$tmp/mime/packages/"
        if update-mime-database "$tmp/mime" >"$tmp/mime.log" 2>&1; then
            check "MIME glob *.lowregret.json is registered" grep -q ":$mime_type:\*\.lowregret\.json" "$tmp/mime/globs2"
            check "MIME type is a sub-class of application/json" grep -qx "$mime_type application/json" "$tmp/mime/subclasses"
        else
            cat "$tmp/mime.log" >&2
            fail "update-mime-database reads the MIME type"
        fi
    fi

    echo "== icons"
    check "scalable icon" test -s "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in 16 32 48 64 128 256; do
        png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        # Width and height are the big-endian words at bytes 16 and 20 of a PNG.
        dims=$(od -An -tu1 -j16 -N8 "$png" 2>/dev/null | awk '{print $3 * 256 + $4 "x" $7 * 256 + $8}')
        check "${size}x${size} icon is a ${size}x${size} PNG" test "$dims" = "${size}x${size}"
    done
fi

echo "== stripped programs"
programs=(lowregret-cli)
[ "$gui" = 1 ] && programs+=(lowregret)
for program in "${programs[@]}"; do
    check "usr/bin/$program is stripped" bash -c 'file -b "$1" | grep -q ", stripped"' _ "$root/usr/bin/$program"
    if command -v readelf >/dev/null; then
        check "usr/bin/$program has no .comment section" \
            bash -c '! readelf -S -W "$1" | grep -q " \.comment "' _ "$root/usr/bin/$program"
    fi
done

echo "== man pages"
pages=(lowregret-cli)
[ "$gui" = 1 ] && pages+=(lowregret)
for page in "${pages[@]}"; do
    man_file="$root/usr/share/man/man1/$page.1.gz"
    check "man page $page.1.gz installed" gzip -t "$man_file"
    check "man page $page.1 names version $version" \
        bash -c 'gzip -dc "$1" | grep -q "^\.TH .*\"LowRegret $2\""' _ "$man_file" "$version"
    if command -v groff >/dev/null; then
        warnings=$(gzip -dc "$man_file" | groff -man -z -ww 2>&1 || echo "groff failed")
        check "man page $page.1 formats without groff warnings${warnings:+: $warnings}" test -z "$warnings"
    fi
done

echo "== copyright and changelog"
doc="$root/usr/share/doc/lowregret"
check "usr/share/doc/lowregret/copyright installed" test -f "$doc/copyright"
check "copyright is machine-readable (DEP-5 Format line)" \
    grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$doc/copyright"
check "copyright: the programs are GPL-3+, as the metainfo's GPL-3.0-or-later" \
    bash -c 'grep -q "^License: GPL-3+\$" "$1" && grep -q "<project_license>GPL-3.0-or-later</project_license>" "$2"' \
    _ "$doc/copyright" "$source_dir/packaging/linux/$app_id.metainfo.xml"
check "LICENSE in the sources is the GPL-3 text that copyright refers to" \
    cmp -s "$source_dir/LICENSE" /usr/share/common-licenses/GPL-3
check "usr/share/doc/lowregret/changelog.gz installed" gzip -t "$doc/changelog.gz"
# gzip -n: no file name and no time stamp (bytes 4-7 of the header are the MTIME).
check "changelog.gz stores no name and no time stamp (gzip -n)" \
    bash -c 'test "$(od -An -tx1 -j3 -N5 "$1" | tr -d " ")" = 0000000000' _ "$doc/changelog.gz"
check "changelog.gz is packaging/debian/changelog" \
    bash -c 'gzip -dc "$1" | cmp -s - "$2"' _ "$doc/changelog.gz" "$source_dir/packaging/debian/changelog"
changelog_version=$(gzip -dc "$doc/changelog.gz" | dpkg-parsechangelog -l - -S Version 2>/dev/null || true)
check "changelog's latest entry is for version $version ($changelog_version)" test "$changelog_version" = "$version"
check "changelog's latest entry is for the package lowregret" \
    test "$(gzip -dc "$doc/changelog.gz" | dpkg-parsechangelog -l - -S Source 2>/dev/null || true)" = lowregret

# --- lintian -----------------------------------------------------------------------------
# No errors and no warnings. A tag that is meant so is overridden in
# usr/share/lintian/overrides/lowregret, each override after a `#` comment with its reason.
# Info, pedantic and experimental tags are shown but do not fail the test. (Not
# --show-overrides: with it, lintian 2.116 counts overridden tags for --fail-on.)
echo "== lintian"
lintian_rc=0
lintian --display-info --display-experimental --pedantic --fail-on error,warning \
    "$deb" >"$tmp/lintian.out" 2>"$tmp/lintian.err" || lintian_rc=$?
cat "$tmp/lintian.out"
# lintian warns on standard error when it runs as root; anything else there is shown too.
grep -v '^running with root privileges is not recommended!$' "$tmp/lintian.err" >&2 || true
# Also read the tags themselves ("E: lowregret: TAG ..."), whatever the exit status says.
lintian_bad=$(grep -E '^[EW]: ' "$tmp/lintian.out" | tr '\n' ' ' || true)
lintian_bad=${lintian_bad% }
check "lintian --fail-on error,warning exits 0 (exit $lintian_rc)" test "$lintian_rc" -eq 0
check "lintian reports no errors and no warnings${lintian_bad:+: $lintian_bad}" test -z "$lintian_bad"
overrides="$root/usr/share/lintian/overrides/lowregret"
if [ -e "$overrides" ]; then
    # Every override line follows a comment line (or another override under the same comment).
    unexplained=$(awk '/^#/ { reason = 1; next } /^[[:space:]]*$/ { reason = 0; next }
                       !reason { print }' "$overrides")
    check "every lintian override has a # reason above it${unexplained:+: $unexplained}" test -z "$unexplained"
fi

# --- cmake --install into an arbitrary prefix ---------------------------------------------
echo "== cmake --install --prefix"
prefix="$tmp/prefix with space"
if "$cmake_cmd" --install "$build_dir" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
    check "cmake --install: lowregret-cli --version" test "$("$prefix/bin/lowregret-cli" --version)" = "lowregret-cli $version"
    check "cmake --install: lowregret-cli decide prints 6,480.00" \
        contains "$("$prefix/bin/lowregret-cli" decide "$example" 2>/dev/null || true)" "6,480.00"
    check "cmake --install: man page under share/man/man1" test -f "$prefix/share/man/man1/lowregret-cli.1.gz"
    if [ "$gui" = 1 ]; then
        check "cmake --install: desktop entry under share/applications" test -f "$prefix/share/applications/$app_id.desktop"
    fi
else
    cat "$tmp/install.log" >&2
    fail "cmake --install --prefix"
fi

if [ "$failures" -ne 0 ]; then
    echo "check-deb.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "check-deb.sh: all checks passed for $(basename "$deb")"
