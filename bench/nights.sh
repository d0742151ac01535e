#!/bin/sh
# The Nights tab benchmark on six years (target/bench-metrics, written once as for bench/metrics.sh): the actogram's
# rows and layout, the median night's sets, the exports (headless), then the paint of six years on a JavaFX
# canvas (Monocle's headless software pipeline). Usage: bench/nights.sh [ROUNDS]
set -e
cd "$(dirname "$0")/.."
ROUNDS="${1:-20}"
DATA=target/bench-metrics
mvn -B -q -o test-compile
. bench/classpath.sh
java -cp "$CP" org.ouraviewer.bench.NightsBenchmark "$DATA" "$ROUNDS"
FX="${M2_REPO:-$HOME/.m2/repository}/org/openjfx"
FXV=21.0.12
MONOCLE="${M2_REPO:-$HOME/.m2/repository}/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar"
FXCP="$FX/javafx-base/$FXV/javafx-base-$FXV-linux.jar:$FX/javafx-graphics/$FXV/javafx-graphics-$FXV-linux.jar:$MONOCLE"
java -cp "$CP:$FXCP" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  org.ouraviewer.bench.NightsCanvasBenchmark "$DATA" "$ROUNDS" 2>&1 | grep -v "Unsupported JavaFX configuration"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
