#!/usr/bin/env bash
# bash bench/fonts.sh — writes public/fonts/inter-latin-{400,600}.woff2: @fontsource/inter's latin
# files cut to the OpenType features the app uses (kern, tnum for tabular figures, and the mark,
# ccmp and locl basics), without calt, frac, numr/dnom and pnum. Same characters, same unicode-range;
# about 14 KB instead of 24 KB each. app/styles/fonts.css points at them (the build hashes them
# into public/build/_assets). Run it again after upgrading @fontsource/inter.
# Needs fontTools with brotli: `apt-get install -y python3-fonttools python3-brotli` (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-/usr/bin/python3}
"$PY" -c "import fontTools, brotli" 2>/dev/null || { echo "fontTools and brotli are missing: apt-get install -y python3-fonttools python3-brotli" >&2; exit 1; }
FILES=node_modules/@fontsource/inter/files
# The latin subset's unicode-range, as in @fontsource/inter's 400.css (and app/styles/fonts.css).
LATIN="U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
mkdir -p public/fonts
for w in 400 600; do
  "$PY" -m fontTools.subset "$FILES/inter-latin-$w-normal.woff2" \
    --unicodes="$LATIN" --layout-features="kern,tnum,mark,mkmk,ccmp,locl" \
    --flavor=woff2 --output-file="public/fonts/inter-latin-$w.woff2"
  printf 'public/fonts/inter-latin-%s.woff2: %s bytes (from %s)\n' "$w" "$(wc -c < "public/fonts/inter-latin-$w.woff2")" "$(wc -c < "$FILES/inter-latin-$w-normal.woff2")"
done
