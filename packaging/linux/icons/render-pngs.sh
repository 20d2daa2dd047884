#!/bin/sh
# Renders the committed PNG icons from the SVG. Run it after changing the SVG; the build does
# not run it, so building needs no SVG renderer. Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/hicolor/scalable/apps/io.github.lowregret.LowRegret.svg"
for size in 16 32 48 64 128 256; do
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$dir/io.github.lowregret.LowRegret.png"
done
