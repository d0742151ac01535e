#!/bin/bash
# The window's memory on five years (target/bench-data, written once as for bench/run.sh): starts the app
# under Xvfb (/work/shared/tools/xvfb-app, or XVFB_APP) with the data folder, waits until the load is done,
# then shows every tab with its shortcut (Ctrl+1 … Ctrl+7) and prints, after each step, the Java process's
# resident memory (VmRSS) and its peak so far (VmHWM, from /proc/PID/status), the time the step took to go
# quiet (no CPU used for a second) and, at the end, the heap the collector holds.
# Needs `mvn -B -o package` first (target/image).
#
# Usage: bench/window-memory.sh [DATA_DIR]
#   OPTS="..."     run target/image/bin/java with these JVM options instead of the launcher's (to compare
#                  configurations); unset: the launcher as installed (JDK_JAVA_OPTIONS adds to it)
#   NMT=1          also -XX:NativeMemoryTracking=summary, and print jcmd's VM.native_memory summary at the end
#   HISTO=N        also print the N biggest lines of jcmd's GC.class_histogram at the end
#   SHOT=FILE.png  a screenshot after the last tab
#   LOG=FILE       what the app printed
#   DUMP=FILE      a heap dump (live objects) at the end, for a heap analyser
#   SMAPS=N        the N biggest shares of the resident memory by mapping (/proc/PID/smaps)
set -eu
cd "$(dirname "$0")/.."
DATA="${1:-target/bench-data}"
XVFB_APP="${XVFB_APP:-/work/shared/tools/xvfb-app}"
export XVFB_APP_STATE="${XVFB_APP_STATE:-/tmp/window-memory-$$}"
[ -d "$DATA" ] || { echo "no $DATA: run bench/run.sh (or LoadBenchmark) first" >&2; exit 2; }
HZ=$(getconf CLK_TCK)

if [ -n "${OPTS+x}" ]; then
  extra=""
  [ "${NMT:-0}" = 1 ] && extra="-XX:NativeMemoryTracking=summary"
  # shellcheck disable=SC2086
  set -- target/image/bin/java $OPTS $extra -m org.ouraviewer/org.ouraviewer.Main "$DATA"
  echo "JVM options: $OPTS $extra"
else
  [ "${NMT:-0}" = 1 ] && export JDK_JAVA_OPTIONS="${JDK_JAVA_OPTIONS:-} -XX:NativeMemoryTracking=summary"
  set -- target/image/bin/oura-viewer "$DATA"
  echo "JVM options: the launcher's ($(sed -n 's/^JLINK_VM_OPTIONS="\(.*\)"/\1/p' target/image/bin/oura-viewer))" \
    "${JDK_JAVA_OPTIONS:+ + $JDK_JAVA_OPTIONS}"
fi
config=$(mktemp -d)
export JDK_JAVA_OPTIONS="${JDK_JAVA_OPTIONS:-} -Douraviewer.config.dir=$config/config -Douraviewer.data.dir=$config/data"
trap '"$XVFB_APP" stop >/dev/null 2>&1 || true; rm -rf "$config" "$XVFB_APP_STATE"' EXIT
"$XVFB_APP" start --size 1440x900 -- "$@" >/dev/null

# the java process: the launcher is a shell script that starts it as a child
pid=""
for _ in $(seq 1 100); do
  pid=$(pgrep -P "$(cat "$XVFB_APP_STATE/app.pid")" -x java || true)
  [ -z "$pid" ] && [ "$(ps -o comm= -p "$(cat "$XVFB_APP_STATE/app.pid")")" = java ] && pid=$(cat "$XVFB_APP_STATE/app.pid")
  [ -n "$pid" ] && break
  sleep 0.1
done
[ -n "$pid" ] || { echo "the app did not start" >&2; "$XVFB_APP" log >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$pid/status"; }
# waits until the process used less than 3 % of a core for a whole second (at most 90 s); prints the seconds
settle() {
  local start now before after
  start=$(date +%s.%N)
  before=$(cpu_ticks)
  for _ in $(seq 1 90); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || { echo "the app exited" >&2; "$XVFB_APP" log >&2; exit 1; }
    after=$(cpu_ticks)
    [ $((after - before)) -le $((HZ * 3 / 100)) ] && break
    before=$after
  done
  now=$(date +%s.%N)
  # minus the quiet second that ended the wait
  awk -v a="$start" -v b="$now" 'BEGIN {printf "%.1f", b - a - 1}'
}
report() {
  printf "%-28s RSS %4d MB  peak %4d MB  quiet after %5s s  CPU so far %5.1f s\n" "$1" \
    $(($(kb VmRSS) / 1024)) $(($(kb VmHWM) / 1024)) "$2" "$(awk -v t="$(cpu_ticks)" -v hz="$HZ" 'BEGIN {print t / hz}')"
}

report "started" "$(settle)"
# the load runs in the background after the window shows: wait for the process to go quiet once more
report "loaded (Calendar)" "$(settle)"
tabs=(Calendar Night Tags Workouts Trends Nights Day)
for i in 2 3 4 5 6 7 1; do
  "$XVFB_APP" keys "ctrl+$i" >/dev/null
  report "ctrl+$i (${tabs[$((i - 1))]})" "$(settle)"
done
[ -n "${SHOT:-}" ] && "$XVFB_APP" shot "$SHOT" >/dev/null
echo "peak RSS: $(($(kb VmHWM) / 1024)) MB; threads: $(kb Threads); load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
[ -n "${LOG:-}" ] && "$XVFB_APP" log >"$LOG"
if [ -n "${SMAPS:-}" ]; then
  # resident memory by what is mapped: the files (libraries, the class-data archive, fonts), anonymous
  # memory (Java heap, malloc, thread stacks) split by the mapping's size
  awk '/^[0-9a-f]+-[0-9a-f]+ / { file = $6 }
       /^Size:/ { name = file != "" ? file : ($2 >= 65536 ? "[anon >= 64 MB]" : $2 >= 1024 ? "[anon 1-64 MB]" : "[anon < 1 MB]") }
       /^Rss:/ { rss[name] += $2 }
       END { for (n in rss) printf "%8d KB  %s\n", rss[n], n }' "/proc/$pid/smaps" | sort -rn | head -n "$SMAPS" |
    sed 's/^/smaps: /'
fi
if command -v jcmd >/dev/null; then
  jcmd "$pid" GC.heap_info | grep -E "total|used" | sed 's/^/heap: /' || true
  [ "${NMT:-0}" = 1 ] && jcmd "$pid" VM.native_memory summary | grep -E "^(Total|-)" | sed 's/^/nmt: /' || true
  [ -n "${DUMP:-}" ] && jcmd "$pid" GC.heap_dump "$(readlink -f "$(dirname "$DUMP")")/$(basename "$DUMP")" >/dev/null
  [ -n "${HISTO:-}" ] && jcmd "$pid" GC.class_histogram | head -n $((HISTO + 3)) | sed 's/^/histogram: /' || true
fi
