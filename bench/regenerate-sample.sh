#!/bin/sh
# Regenerates the bundled synthetic sample (src/main/resources/org/ouraviewer/sample) from its generator.
# Run after changing anything under src/test/java/org/ouraviewer/sample; SampleResourcesTest checks the bytes.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
. bench/classpath.sh
rm -f src/main/resources/org/ouraviewer/sample/*
java -cp "$CP" org.ouraviewer.sample.SyntheticData src/main/resources/org/ouraviewer/sample
