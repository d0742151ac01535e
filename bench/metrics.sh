#!/bin/sh
# The metrics benchmark: six years of synthetic data (generated once into target/bench-metrics), every day
# metric, every tag effect, a Trends metric/range switch and the median of 2,000 nights, in one JVM; then
# the trends, tag-effects and median-night commands of the packaged launcher as whole processes (when
# target/image exists: `mvn -B -o package` first). Usage: bench/metrics.sh [ROUNDS]
set -e
cd "$(dirname "$0")/.."
ROUNDS="${1:-20}"
DATA=target/bench-metrics
mvn -B -q -o test-compile
. bench/classpath.sh
java -cp "$CP" org.ouraviewer.bench.MetricsBenchmark "$DATA" "$ROUNDS"
if [ -x target/image/bin/oura-viewer ] && [ -x /usr/bin/time ]; then
  FORMAT="%e s wall, %U s user, %S s sys, peak RSS %M KB, exit %x"
  for cmd in "trends $DATA --metric sleep_score --metric bedtime_min --json" "tag-effects $DATA --json" \
             "median-night $DATA --json"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "launcher $(echo "$cmd" | cut -d' ' -f1): $FORMAT" target/image/bin/oura-viewer $cmd >/dev/null
  done
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
