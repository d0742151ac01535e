#!/usr/bin/env bash
# Regenerates every raster icon from the SVG master, icons/oura-viewer.svg.
# The outputs are committed, so building the app never needs these tools; run this only after
# changing the SVG. Tools, all from Debian 12 packages:
#   apt-get install librsvg2-bin imagemagick icnsutils
#     rsvg-convert (librsvg2-bin)  SVG -> PNG at each size, rendered from the vector each time
#     convert      (imagemagick)   PNGs -> multi-size Windows .ico
#     png2icns     (icnsutils)     PNGs -> macOS .icns
# Outputs:
#   icons/oura-viewer-<N>.png          N = 16 24 32 48 64 128 256 512 1024
#   icons/oura-viewer.ico              16 24 32 48 64 128 256 (256 stored as PNG inside the .ico)
#   icons/oura-viewer.icns             16 32 48 128 256 512 1024 (the sizes png2icns knows)
#   (jpackage takes oura-viewer-256.png, .ico and .icns from here: packaging/<os>/*.args)
#   src/main/resources/org/ouraviewer/icons/app-<N>.png   N = 16 24 32 48 64 128 256, the window icons
set -euo pipefail
cd "$(dirname "$0")/.."
master=icons/oura-viewer.svg
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install librsvg2-bin imagemagick icnsutils" >&2; exit 1; }
done

for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$master" --output "icons/oura-viewer-$n.png"
done

# -strip keeps the files reproducible (no timestamps in PNG text chunks).
ico_sizes=(16 24 32 48 64 128 256)
convert $(printf 'icons/oura-viewer-%s.png ' "${ico_sizes[@]}") -strip icons/oura-viewer.ico
png2icns icons/oura-viewer.icns $(printf 'icons/oura-viewer-%s.png ' 16 32 48 128 256 512 1024) >/dev/null

mkdir -p src/main/resources/org/ouraviewer/icons
for n in "${ico_sizes[@]}"; do
  cp "icons/oura-viewer-$n.png" "src/main/resources/org/ouraviewer/icons/app-$n.png"
done
echo "icons written from $master"
