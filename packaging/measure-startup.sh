#!/usr/bin/env bash
# Milliseconds from starting a launcher to the "Oura Viewer" window being mapped, on a virtual screen,
# and the CPU time (user + system, all threads) the app had used by then: on a busy machine the wall
# time mostly measures the other processes, the CPU time much less so.
#   packaging/measure-startup.sh [RUNS] LAUNCHER [ARGS...]
#   e.g. packaging/measure-startup.sh 5 target/image/bin/oura-viewer
# Needs Xvfb and xdotool (apt-get install xvfb xdotool). Prints each run and the median.
set -euo pipefail
runs=5
if [[ ${1:-} =~ ^[0-9]+$ ]]; then runs=$1; shift; fi
(($#)) || { sed -n '2,5p' "$0"; exit 2; }
n=$((500 + RANDOM % 400))
while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=":$n"
sleep 1
times=()
cpus=()
# CPU milliseconds used so far by a process and its direct children (the launcher may be a script).
cpu_ms() {
  local total=0 pid f
  for pid in "$1" $(pgrep -P "$1" 2>/dev/null); do
    f=$(cut -d')' -f2 "/proc/$pid/stat" 2>/dev/null) || continue
    set -- $f
    total=$((total + ${12} + ${13}))
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  app=$!
  until xdotool search --onlyvisible --name '^Oura Viewer' >/dev/null 2>&1; do
    kill -0 "$app" 2>/dev/null || { echo "the app exited before showing a window" >&2; exit 1; }
    sleep 0.02
  done
  ms=$((($(date +%s%N) - start) / 1000000))
  cpu=$(cpu_ms "$app")
  times+=("$ms")
  cpus+=("$cpu")
  echo "run $i: $ms ms, cpu $cpu ms"
  # the launcher may be a shell script that did not exec java: end its children first
  pkill -P "$app" 2>/dev/null || true
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  sleep 0.5
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: $(median "${times[@]}") ms, cpu $(median "${cpus[@]}") ms"
