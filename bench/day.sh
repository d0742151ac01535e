#!/bin/sh
# The Day tab benchmark on five years with heart rate every 5 minutes (target/bench-day, written once): a day
# switch, the layout, the readout and the exports headless, then the paint on a JavaFX canvas (Monocle's headless
# software pipeline). Usage: bench/day.sh [ROUNDS]; DAY_OPTS="-Dday.warm=false -Dday.fxFirst=false" measures
# without the warm-up the app runs when data loads and without JavaFX's own first use paid beforehand
set -e
cd "$(dirname "$0")/.."
ROUNDS="${1:-40}"
mvn -B -q -o test-compile
. bench/classpath.sh
FX="${M2_REPO:-$HOME/.m2/repository}/org/openjfx"
FXV=21.0.12
MONOCLE="${M2_REPO:-$HOME/.m2/repository}/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar"
FXCP="$FX/javafx-base/$FXV/javafx-base-$FXV-linux.jar:$FX/javafx-graphics/$FXV/javafx-graphics-$FXV-linux.jar:$MONOCLE"
java $DAY_OPTS -cp "$CP:$FXCP" -Dday.canvas=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  org.ouraviewer.bench.DayBenchmark target/bench-day "$ROUNDS" 2>&1 | grep -v "Unsupported JavaFX configuration"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
