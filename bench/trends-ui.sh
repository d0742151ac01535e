#!/bin/sh
# The Trends tab's timings on six years of data (org.ouraviewer.ui.trends.TrendsUiBenchmark): the background
# computation, then each choice on the FX thread in a real (Monocle, software-rendered) window.
# Usage: bench/trends-ui.sh [ROUNDS] [DATA_DIR]   (default: 20 rounds, the six synthetic years of
# target/bench-metrics, written on the first run; /work/shared/samples/api-recordings/history is 6 real years)
set -e
cd "$(dirname "$0")/.."
ROUNDS="${1:-20}"
DATA="${2:+-Dbench.data=$2}"
mvn -B -q -o test -Dtest=TrendsUiBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rounds="$ROUNDS" $DATA \
  | grep -v '^WARNING\|^\[' || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
