#!/bin/sh
# Starts Oura Viewer with the Java runtime the package brings. It replaces jpackage's native launcher in
# the Linux app image: that one asks rpm and dpkg which package owns it at every start (rpm -qf,
# dpkg -S twice, dpkg -L), which costs 1-3 s on a Debian desktop before Java even starts.
# The class-data archive in lib/runtime/lib/server is used by default.
app=$(dirname "$(dirname "$(readlink -f "$0")")")
# File names are bytes, which Java decodes with the locale's character set, fixed when it starts. Without a
# UTF-8 locale (cron, ssh, systemd) a name such as café.json cannot be represented: use C.UTF-8 then.
# (The same as packaging/utf8-locale.sh, which the runtime image's launcher gets.)
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
*[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
*) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
# The same JVM options as the jlink launcher (pom.xml, javafx-maven-plugin <options>) and
# packaging/app-image.args: C1 only and the serial collector halve the CPU of a start or a one-shot load;
# a heap that starts small, with a young generation of at most 32 MB, takes ~80 MB off the peak memory.
JLINK_VM_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -XX:MaxNewSize=16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
# Without a GPU device JavaFX ends in its software pipeline anyway, after GTK's and its own OpenGL probes
# loaded Mesa's llvmpipe (~50 MB resident): go straight there (the same as packaging/no-gpu.sh).
if [ ! -e /dev/dri ] && [ ! -e /dev/nvidiactl ]; then
  GDK_GL=disable; export GDK_GL
  JLINK_VM_OPTIONS="$JLINK_VM_OPTIONS -Dprism.order=sw -Dprism.disableRegionCaching=true"
fi
# shellcheck disable=SC2086
exec "$app/lib/runtime/bin/java" $JLINK_VM_OPTIONS -m org.ouraviewer/org.ouraviewer.Main "$@"
