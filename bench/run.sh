#!/bin/sh
# Builds the benchmarks and runs the whole suite (about 10-15 minutes on 2 cores).
# Arguments go to BenchMain: --smoke (small sizes, 1 iteration), generate, jmh JMH-ARGS.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am package -Dmaven.test.skip=true -Djacoco.skip=true
exec java -jar bench/target/benchmarks.jar "$@"
