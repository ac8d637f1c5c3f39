#!/bin/sh
# Builds the benchmarks and the CLI (whose runs the suite times) and runs the whole suite (about 9–10 minutes on 2 idle cores).
# Arguments go to BenchMain: --smoke (small sizes, 1 iteration), generate, jmh JMH-ARGS.
set -e
cd "$(dirname "$0")/.."
# No tests, coverage, javadoc or source jars: the benchmark jar needs none of them (20 s less).
mvn -B -q -pl bench,examples -am package -Dmaven.test.skip=true -Djacoco.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
exec java -jar bench/target/benchmarks.jar "$@"
