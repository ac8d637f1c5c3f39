#!/bin/sh
# Records per second: the Spark job on local[2] against the plain streaming CLI, on the same
# 100 k generated projects (the bench module's data: seed 20190606). Prints both wall times.
# Needs the jars: mvn -B -pl bench,examples,spark -am package -DskipTests
# Usage: spark/bench/run.sh [N] [DIR]     (N projects, default 100000; DIR default /tmp/jx-spark-bench)
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
  mvn -B -q -pl spark dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$(pwd)/$CP_FILE.all"
  # jixiao's own classes come from the job jar
  tr ':' '\n' < "$CP_FILE.all" | grep -v '/org/jixiao/' | paste -sd: > "$CP_FILE"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(date +%s.%N)
java -Xmx2g -jar examples/target/jixiao-cli.jar evaluate "$DIR/table-$N.tsv" --format json > "$DIR/cli-evaluations.json"
end=$(date +%s.%N)
echo "cli evaluate --format json: $N projects, wall $(echo "$end - $start" | bc) s, $(echo "$N / ($end - $start)" | bc) records/s"

# 4 input partitions of ~28 MB, so that both local cores have work.
start=$(date +%s.%N)
java -Xmx2g $OPENS -Dspark.ui.enabled=false -Dspark.sql.files.maxPartitionBytes=$((32 * 1024 * 1024)) \
  -cp "spark/target/jixiao-spark-0.1.0-SNAPSHOT-job.jar:$(cat $CP_FILE)" \
  org.jixiao.spark.job.EvaluateJob --master 'local[2]' --input "$DIR/projects-$N.jsonl" --output "$DIR/evaluations.parquet" \
  2>"$DIR/spark.log"
end=$(date +%s.%N)
echo "spark local[2] (JSON Lines -> Parquet): $N projects, wall $(echo "$end - $start" | bc) s (JVM and Spark start included), $(echo "$N / ($end - $start)" | bc) records/s"
echo "machine at end: load average $(cut -d' ' -f1-3 /proc/loadavg)"
