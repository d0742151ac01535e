#!/bin/sh
# The heart-rate hot path alone (io/json/HeartRateRows): two million rows held in memory, streamed into a
# sink several times in one JVM; prints ns per row. Usage: bench/heart-rate-rows.sh [ROWS] [ROUNDS]
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
. bench/classpath.sh
java -cp "$CP" org.ouraviewer.io.json.HeartRateRowsBenchmark "${1:-2000000}" "${2:-7}"
