# Sourced by the bench scripts: the class path of the compiled code and tests, plus Jackson from ~/.m2
# (the dependency plugin cannot build a class path offline here).
M2="${M2_REPO:-$HOME/.m2/repository}/com/fasterxml/jackson"
JV=2.19.4
CP="target/classes:target/test-classes:$M2/core/jackson-core/$JV/jackson-core-$JV.jar:$M2/core/jackson-databind/$JV/jackson-databind-$JV.jar:$M2/core/jackson-annotations/$JV/jackson-annotations-$JV.jar:$M2/dataformat/jackson-dataformat-csv/$JV/jackson-dataformat-csv-$JV.jar"
