#!/usr/bin/env bash
# Records which classes the app loads from its start until its window shows a file, into
# packaging/cds/classlist. The installer profile turns that list into a class-data-sharing archive
# (lib/server/classes.jsa of the runtime image, which the JVM maps by default), so those classes are
# not parsed and verified again at every start. Rerun after big changes to the start-up path (a stale
# list still works: classes it misses are loaded the usual way, names it has that are gone are skipped).
#   mvn -B -o package -DskipTests && packaging/cds/train-classlist.sh [SAMPLE.json]
# Needs Xvfb and xdotool (apt-get install xvfb xdotool).
set -euo pipefail
cd "$(dirname "$0")/../.."
sample=${1:-src/test/resources/samples/open-humans-notebook/oura-v2-sleep.json}
java=target/image/bin/java
[ -x "$java" ] || { echo "no $java: run mvn package first" >&2; exit 1; }
n=$((500 + RANDOM % 400))
while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=":$n"
sleep 1
list=$(mktemp)
"$java" -Xshare:off -XX:DumpLoadedClassList="$list" -m org.ouraviewer/org.ouraviewer.Main "$sample" &
app=$!
for _ in $(seq 1 300); do
  xdotool search --onlyvisible --name '^Oura Viewer' >/dev/null 2>&1 && break
  sleep 0.1
done
sleep 4   # let the file load and the first frame paint
kill "$app"; wait "$app" 2>/dev/null || true
mv "$list" packaging/cds/classlist
echo "packaging/cds/classlist: $(grep -c '^[a-z]' packaging/cds/classlist) classes"
