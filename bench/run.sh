#!/bin/sh
# The load benchmark: five years of synthetic data (~1.8 million heart-rate rows, ~144 MB of JSON) read by
# the packaged launcher as a whole process, with and without a 256 MB heap, next to Python's json module;
# then the same five years as the Membership Hub export's CSVs (bench/README.md).
# Needs `mvn -B -o package` first (for target/image) and /usr/bin/time (apt-get install time).
# Usage: bench/run.sh [ROUNDS]
set -e
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
DATA=target/bench-data
HUB=target/bench-hub
mvn -B -q -o test-compile
. bench/classpath.sh
# generates the data once (kept while the settings are unchanged), then loads it in this JVM, warm
java -cp "$CP" org.ouraviewer.bench.LoadBenchmark "$DATA" 3
if [ ! -f "$HUB/App Data/heartrate.csv" ] || [ "$DATA/.settings" -nt "$HUB/App Data/heartrate.csv" ]; then
  java -cp "$CP" org.ouraviewer.bench.HubCsvBenchData "$DATA" "$HUB"
fi
echo "JSON: $(du -sh --apparent-size "$DATA" | cut -f1), Hub CSV: $(du -sh --apparent-size "$HUB" | cut -f1)"
FORMAT="%e s wall, %U s user, %S s sys, peak RSS %M KB, exit %x"
i=1
while [ "$i" -le "$ROUNDS" ]; do
  /usr/bin/time -f "launcher summary JSON:              $FORMAT" target/image/bin/oura-viewer summary "$DATA" --json >/dev/null
  JDK_JAVA_OPTIONS=-Xmx256m /usr/bin/time -f "launcher summary JSON, -Xmx256m:    $FORMAT" \
    target/image/bin/oura-viewer summary "$DATA" --json 2>&1 >/dev/null | grep -v "^NOTE: Picked up"
  /usr/bin/time -f "launcher summary Hub CSV:           $FORMAT" target/image/bin/oura-viewer summary "$HUB" --json >/dev/null
  /usr/bin/time -f "python3 json.load of every file:    $FORMAT" \
    python3 -c "import json,glob; [json.load(open(f)) for f in glob.glob('$DATA/*.json')]"
  i=$((i + 1))
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
