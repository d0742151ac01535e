#!/bin/sh
# Starts Oura Viewer with the Java runtime the package brings. It replaces jpackage's native launcher in
# the Linux app image: that one asks rpm and dpkg which package owns it at every start (rpm -qf,
# dpkg -S twice, dpkg -L), which costs 1-3 s on a Debian desktop before Java even starts.
# The class-data archive in lib/runtime/lib/server is used by default.
app=$(dirname "$(dirname "$(readlink -f "$0")")")
# The same JVM options as the jlink launcher (pom.xml, javafx-maven-plugin <options>) and
# packaging/app-image.args: C1 only and the serial collector halve the CPU of a start or a one-shot load.
exec "$app/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -m org.ouraviewer/org.ouraviewer.Main "$@"
