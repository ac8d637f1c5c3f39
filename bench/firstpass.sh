#!/usr/bin/env bash
# Compares the cold first pass of two versions of jixiao: FirstPass in a fresh JVM for each, in
# alternating order (OLD then NEW, then NEW then OLD, ...), and the median of the pairs' ratios
# NEW/OLD with a 95 % interval for it. One first pass scatters by 5-10 % on this machine
# (bench/README.md §22, §23): a few per cent need twenty pairs or more, and an interval that
# holds 1.000 is no gain.
#
# Usage: bench/firstpass.sh OLD_CLASSPATH NEW_CLASSPATH [PAIRS [PROFILE]]
#   each class path holds a version's core, rules and io classes before a benchmarks.jar, as
#   bench/paired.sh takes them; extra JVM options go in JAVA_OPTS. The pass uses both cores, as
#   a user's would: run it on an otherwise idle machine.
set -euo pipefail
if [[ $# -lt 2 || $# -gt 4 ]]; then
  echo "usage: bench/firstpass.sh OLD_CLASSPATH NEW_CLASSPATH [PAIRS [PROFILE]]" >&2
  exit 2
fi
old=$1
new=$2
pairs=${3:-24}
profile=${4:-mof-2020}

pass() { # CLASSPATH: the seconds of one first pass
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -cp "$1" org.jixiao.bench.FirstPass "$profile" | sed -n 's/.*in all \([0-9.]*\) s.*/\1/p'
}

ratios=()
for ((i = 1; i <= pairs; i++)); do
  if ((i % 2)); then
    a=$(pass "$old")
    b=$(pass "$new")
  else
    b=$(pass "$new")
    a=$(pass "$old")
  fi
  [[ -n $a && -n $b ]] || { echo "FirstPass printed no time: is the class path right?" >&2; exit 1; }
  r=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.4f", b / a }')
  ratios+=("$r")
  echo "pair $i: OLD $a s, NEW $b s, NEW/OLD $r"
done

# The median, and the order statistics around it that hold the true median with 95 % or more
# whatever the distribution: the k-th smallest and k-th largest, k the largest with
# P(Binomial(n, 1/2) < k) <= 0.025.
printf '%s\n' "${ratios[@]}" | sort -n | awk '
  { r[NR] = $1 }
  END {
    n = NR
    median = (n % 2) ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
    p = 0.5 ^ n; cumulative = p; k = 0
    for (j = 1; j <= n; j++) {
      if (cumulative > 0.025) break
      k = j
      p = p * (n - j + 1) / j
      cumulative += p
    }
    if (k >= 1) {
      printf "NEW/OLD over %d pairs: median %.3f, 95 %% interval %.3f-%.3f\n", n, median, r[k], r[n - k + 1]
    } else {
      printf "NEW/OLD over %d pairs: median %.3f (too few pairs for a 95 %% interval: 6 or more)\n", n, median
    }
  }'
