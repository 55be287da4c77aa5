#!/usr/bin/env bash
# Spark scaling: reading + routing N generated HTCondor-CE job ads (20 routes, as RoutingBenchmark)
# with the classad data source and SparkJobRouter at local[1] and local[2], against the
# single-machine CLI (jclassad route) on the same file. Writes the "Spark scaling" section of
# bench/RESULTS.md.
#
#   bench/spark-scaling.sh                 1,000,000 jobs (~2.3 GB of long format under bench/target/spark-scaling)
#   bench/spark-scaling.sh 20000           a small check that everything works
#   bench/spark-scaling.sh N --repeat 3    best of 3 runs per configuration
#   bench/spark-scaling.sh N --no-build    reuse the built jars
#
# Needs 2+ cores and ~3 GB of heap per JVM for the full run; take the figures on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

n=1000000
repeat=1
build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    [0-9]*) n="$1"; shift ;;
    *) echo "usage: bench/spark-scaling.sh [N] [--repeat R] [--no-build]" >&2; exit 2 ;;
  esac
done

work=bench/target/spark-scaling
mkdir -p "$work"
if [ "$build" = yes ] || [ ! -f "$work/classpath.txt" ]; then
  mvn -B -q -DskipTests -pl cli,bench -am package dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$work/classpath.txt" -Dmdep.includeScope=test
fi
cp="$(cat "$work/classpath.txt"):bench/target/jclassad-bench-0.1.0.jar"
# the JVM options Spark's launcher passes on Java 17
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
heap=-Xmx3g

jobs="$work/jobs-$n.ads"
if [ ! -f "$jobs" ]; then
  java -cp "$cp" org.jclassad.bench.SparkScaling generate "$n" "$jobs"
fi
java -cp "$cp" org.jclassad.bench.SparkScaling config "$work/routes.conf"
bytes=$(stat -c %s "$jobs")
load_before=$(uptime)

now() { date +%s.%N; }
best() { printf '%s\n' "$@" | sort -g | head -1; }

cli_times=()
for _ in $(seq "$repeat"); do
  t0=$(now)
  java "$heap" -jar cli/target/jclassad.jar route "$work/routes.conf" -ignore-prior-routing \
    -route-jobs "$work/cli-routed.ads" -jobads "$jobs" > /dev/null
  t1=$(now)
  cli_times+=("$(echo "$t1 - $t0" | bc)")
done
cli_routed=$(grep -c '^RouteName = ' "$work/cli-routed.ads" || true)
cli_best=$(best "${cli_times[@]}")

declare -A job_best wall_best routed_by parts_by
for cores in 1 2; do
  jt=(); wt=()
  for _ in $(seq "$repeat"); do
    t0=$(now)
    # the whole JVM (GC, JIT and the driver included) gets as many CPUs as Spark gets cores, so
    # that local[1] is one core and local[2] two
    cpus=$(seq -s, 0 $((cores - 1)))
    line=$(taskset -c "$cpus" java "$heap" "${opens[@]}" -cp "$cp" org.jclassad.bench.SparkScaling route "local[$cores]" "$jobs" \
      "$work/routes.conf" "$work/spark-routed-$cores" 2>"$work/spark-$cores.log" | grep '^routed=')
    t1=$(now)
    wt+=("$(echo "$t1 - $t0" | bc)")
    jt+=("$(echo "$line" | sed 's/.*seconds=\([0-9.]*\).*/\1/')")
    routed_by[$cores]=$(echo "$line" | sed 's/routed=\([0-9]*\).*/\1/')
    parts_by[$cores]=$(echo "$line" | sed 's/.*partitions=\([0-9]*\).*/\1/')
  done
  job_best[$cores]=$(best "${jt[@]}")
  wall_best[$cores]=$(best "${wt[@]}")
done
load_after=$(uptime)

for cores in 1 2; do
  if [ "${routed_by[$cores]}" != "$cli_routed" ]; then
    echo "MISMATCH: local[$cores] routed ${routed_by[$cores]} jobs, the CLI $cli_routed" >&2
    exit 1
  fi
done

python3 - "$n" "$bytes" "$cli_best" "${job_best[1]}" "${job_best[2]}" "${wall_best[1]}" "${wall_best[2]}" \
  "$cli_routed" "${parts_by[2]}" "$repeat" "$load_before" "$load_after" <<'PY'
import re, subprocess, sys
n, size, cli, j1, j2, w1, w2 = int(sys.argv[1]), int(sys.argv[2]), *map(float, sys.argv[3:8])
routed, parts, repeat, before, after = int(sys.argv[8]), sys.argv[9], sys.argv[10], sys.argv[11], sys.argv[12]
jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip().splitlines()[0]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown")
speedup = j1 / j2
section = f"""## Spark scaling

Written by `bench/spark-scaling.sh {n}{' --repeat ' + repeat if repeat != '1' else ''}` (best of {repeat}); do not edit by hand.

- machine: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} CPUs, {cpu}; {jdk}
- load average before / after: {before.split('load average:')[-1].strip()} / {after.split('load average:')[-1].strip()}
- input: {n:,} generated CE job ads (`JobAds.ceJob`, ~84 attributes), {size / 1e6:,.0f} MB of long format, one file
  ({parts} tasks at local[2]); 20 routes (`RoutingBenchmark.routesConfig`), {routed:,} jobs routed, the same count on every run
- work: read with the `classad` source, route with `SparkJobRouter`, write the routed ads (long format);
  the CLI does the same in one process (`jclassad route CONFIG -ignore-prior-routing -route-jobs OUT -jobads JOBS`)
- each Spark JVM is pinned (`taskset`) to as many CPUs as it has cores: `local[1]` runs on one CPU with its GC,
  JIT and driver, `local[2]` on two; the CLI process is not pinned

| run | seconds (Spark job) | seconds (whole JVM) | jobs/s | jobs/s per core |
|---|---|---|---|---|
| CLI, one process | — | {cli:.1f} | {n / cli:,.0f} | {n / cli:,.0f} |
| Spark `local[1]` | {j1:.1f} | {w1:.1f} | {n / j1:,.0f} | {n / j1:,.0f} |
| Spark `local[2]` | {j2:.1f} | {w2:.1f} | {n / j2:,.0f} | {n / j2 / 2:,.0f} |

- second core: **{speedup:.2f}x** (`local[1]` / `local[2]` job time; target ≥ 1.7x: {'met' if speedup >= 1.7 else '**not met**'})
- Spark per core vs the CLI: {(n / j1) / (n / cli):.2f}x at `local[1]` (Spark job time vs CLI wall time)
"""
path = "bench/RESULTS.md"
text = open(path).read()
m = re.search(r"^## Spark scaling\n.*?(?=^## |\Z)", text, re.S | re.M)
text = text[:m.start()] + section + "\n" + text[m.end():] if m else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
print(section)
PY
