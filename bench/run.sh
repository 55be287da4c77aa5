#!/usr/bin/env bash
# Runs the jclassad benchmark suite and writes bench/RESULTS.md.
#
#   bench/run.sh            short profile: one fork, short iterations (a few minutes on 2 cores)
#   bench/run.sh --full     three forks, longer warm-up and measurement (tight errors; ~25 minutes)
#   bench/run.sh --no-build reuse bench/target/benchmarks.jar
#
# The Maven build never runs benchmarks; this script does. Scores are JMH's mean +- 99.9% error.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=short
build=yes
for arg in "$@"; do
  case "$arg" in
    --full) profile=full ;;
    --no-build) build=no ;;
    *) echo "usage: bench/run.sh [--full] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ "$build" = yes ]; then
  mvn -B -q -DskipTests install
fi
jar=bench/target/benchmarks.jar
out=bench/target/results
mkdir -p "$out"

if [ "$profile" = full ]; then
  jmh_args=(-f 3 -wi 10 -w 2s -i 10 -r 2s)
else
  jmh_args=(-f 1 -wi 8 -w 1s -i 5 -r 1s)
fi
suite='PredicateBenchmark|MatchBenchmark|ParseBenchmark|UnparseBenchmark|RegexpBenchmark|RoutingBenchmark'

uptime > "$out/load-before.txt"
java -cp "$jar" org.jclassad.bench.Facts > "$out/facts.properties"
java -jar "$jar" "$suite" "${jmh_args[@]}" -rf json -rff "$out/jmh.json" | tee "$out/jmh.log"
# allocation on the boolean paths: JMH's GC profiler, bytes per operation
java -jar "$jar" 'PredicateBenchmark\.(interpretedBoolean|compiled)$' "${jmh_args[@]}" -prof gc \
  -rf json -rff "$out/jmh-gc.json" | tee "$out/jmh-gc.log"
# memory of a million parsed job ads: outside JMH, one measured run
java -Xmx12g -cp "$jar" org.jclassad.bench.JobAdMemory 1000000 | tee "$out/memory.txt"
uptime > "$out/load-after.txt"

command="bench/run.sh $*"
python3 bench/report.py "$out" "$profile" "$command" > "$out/RESULTS.md"   # keeps the Spark scaling section
mv "$out/RESULTS.md" bench/RESULTS.md
echo "wrote bench/RESULTS.md"
