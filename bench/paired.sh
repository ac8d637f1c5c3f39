#!/usr/bin/env bash
# Compares two versions of jixiao both ways round: PairedRounds once with OLD as A, once with NEW
# as A, and the square root of the quotient of the two ratios, NEW/OLD. One run scatters by about
# ±3 % (bench/README.md §20); the two runs together cancel most of it.
#
# Usage: bench/paired.sh OLD_CLASSPATH NEW_CLASSPATH [ROUNDS]
#   each class path holds a version's core, rules and io classes before a benchmarks.jar, as
#   PairedRounds takes them; extra JVM options go in JAVA_OPTS (-XX:TieredStopAtLevel=1 for C1).
#   Each version builds its pool with its own testkit: for a version older than da50238, whose
#   testkit drew other projects in every JVM, put testkit/target/classes first on its class path
#   (bench/README.md §30); the "findings counted" line says whether both did the same work.
# Run it from the repository root after `bench/run.sh` or a package of the bench module, on an
# otherwise idle machine: it pins the JVM to one core.
set -euo pipefail
if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: bench/paired.sh OLD_CLASSPATH NEW_CLASSPATH [ROUNDS]" >&2
  exit 2
fi
old=$1
new=$2
rounds=${3:-60}
jar=bench/target/benchmarks.jar
[[ -f $jar ]] || { echo "no $jar: build the bench module first" >&2; exit 2; }

ratio() { # A B: the median ratio B/A of one PairedRounds run
  # shellcheck disable=SC2086
  taskset -c 1 java -XX:ActiveProcessorCount=1 -Xmx3g ${JAVA_OPTS:-} -cp "$jar" org.jixiao.bench.PairedRounds "$rounds" "$1" "$2" \
    | tee /dev/stderr | sed -n 's/^B\/A, median of [0-9]* paired rounds: \([0-9.]*\).*/\1/p'
}

r1=$(ratio "$old" "$new")
r2=$(ratio "$new" "$old")
awk -v r1="$r1" -v r2="$r2" 'BEGIN {
  printf "NEW/OLD: %.3f with OLD as A, %.3f with NEW as A; both ways round: %.3f\n", r1, 1 / r2, sqrt(r1 / r2)
}'
