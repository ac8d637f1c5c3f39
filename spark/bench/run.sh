#!/bin/sh
# Records per second: the Spark job on local[2] against the plain streaming CLI, on the same
# 100 k generated projects (the bench module's data: seed 20190606). Prints both wall times.
# Needs the jars: mvn -B -pl bench,examples,spark -am package -DskipTests
# Usage: [MASTER='local[1]'] spark/bench/run.sh [N] [DIR]
#        (N projects, default 100000; DIR default /tmp/jx-spark-bench; MASTER default local[2])
set -e
cd "$(dirname "$0")/../.."
N=${1:-100000}
DIR=${2:-/tmp/jx-spark-bench}
# What spark-submit adds by itself on Java 17 (org.apache.spark.launcher.JavaModuleOptions).
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true"

if [ ! -f "$DIR/projects-$N.jsonl" ]; then
  java -Xmx2g -cp bench/target/benchmarks.jar spark/bench/WriteBenchData.java "$DIR" "$N"
fi
CP_FILE=spark/target/spark-classpath.txt
if [ ! -f "$CP_FILE" ]; then
  # with -am and package, so that jixiao's modules resolve in the reactor even when they were
  # never installed; each module writes its own target/… file, spark's is the one used
  mvn -B -q -pl spark -am package -DskipTests dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile=target/spark-classpath.txt.all
  # jixiao's own classes come from the job jar
  tr ':' '\n' < "$CP_FILE.all" | grep -v '/jixiao-[^/]*\.jar$' | paste -sd: > "$CP_FILE"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
MASTER=${MASTER:-local[2]}
# Wall time and CPU time (user + system, all threads) of each whole process: on a shared machine
# the wall time follows the load, the CPU time per record much less.
report() { # name, file written by /usr/bin/time
  read -r wall user sys < "$2"
  echo "$1: $N projects, wall $wall s ($(echo "$N / $wall" | bc) records/s), CPU $(echo "$user + $sys" | bc) s ($(echo "scale=2; 1000 * ($user + $sys) / $N" | bc) ms per record)"
}

/usr/bin/time -f "%e %U %S" -o "$DIR/cli.time" \
  java -Xmx2g -jar examples/target/jixiao-cli.jar evaluate "$DIR/table-$N.tsv" --format json > "$DIR/cli-evaluations.json"
report "cli evaluate --format json (TSV -> JSON)" "$DIR/cli.time"

# 4 input partitions of ~28 MB, so that both local cores have work.
/usr/bin/time -f "%e %U %S" -o "$DIR/spark.time" \
  java -Xmx2g $OPENS -Dspark.ui.enabled=false -Dspark.sql.files.maxPartitionBytes=$((32 * 1024 * 1024)) \
  -cp "spark/target/jixiao-spark-0.1.0-SNAPSHOT-job.jar:$(cat $CP_FILE)" \
  org.jixiao.spark.job.EvaluateJob --master "$MASTER" --input "$DIR/projects-$N.jsonl" --output "$DIR/evaluations.parquet" \
  2>"$DIR/spark.log"
report "spark $MASTER (JSON Lines -> Parquet, JVM and Spark start included)" "$DIR/spark.time"
echo "machine at end: load average $(cut -d' ' -f1-3 /proc/loadavg)"
