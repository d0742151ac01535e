#!/bin/sh
# Starts Oura Viewer with the Java runtime the package brings. It replaces jpackage's native launcher in
# the Linux app image: that one asks rpm and dpkg which package owns it at every start (rpm -qf,
# dpkg -S twice, dpkg -L), which costs 1-3 s on a Debian desktop before Java even starts.
# The class-data archive in lib/runtime/lib/server is used by default.
app=$(dirname "$(dirname "$(readlink -f "$0")")")
exec "$app/lib/runtime/bin/java" -m org.ouraviewer/org.ouraviewer.Main "$@"
