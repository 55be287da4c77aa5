#!/usr/bin/env bash
# End-to-end benchmark of the two streaming commands, whole processes (JVM start included):
#
#   bench/e2e.sh [--no-build] [JOBS...]     JOBS defaults to 20000 200000 1000000
#
# For each size it generates that many CE job ads (bench's JobAds generator, long form) into a
# temporary directory, then measures with /usr/bin/time -v (wall time, CPU user+sys, peak RSS):
#   jclassad transform   with the 6-statement rules file bench/e2e/transform.xform
#   jclassad route       through the 20-route configuration of RoutingBenchmark
# both through the ./jclassad launcher, as a user runs them (its JVM options: class data sharing
# and the throughput collector), under JCLASSAD_JAVA_OPTS (default -Xmx256m). With HTCONDOR_BIN
# set to a directory holding condor_transform_ads and condor_job_router_info (HTCONDOR_LIB: their
# libraries, default HTCONDOR_BIN/../lib), it runs them on the same inputs (the router with a time
# limit of HTCONDOR_ROUTE_TIMEOUT seconds, default 900) and compares the outputs byte for byte.
# Each command runs E2E_RUNS times (default 3) and its row is the run of median wall time.
# Writes the "End to end" section of bench/RESULTS.md (and prints it). Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

build=yes
sizes=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=no ;;
    ''|*[!0-9]*) echo "usage: bench/e2e.sh [--no-build] [JOBS...]" >&2; exit 2 ;;
    *) sizes+=("$arg") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(20000 200000 1000000)
[ -x /usr/bin/time ] || { echo "bench/e2e.sh needs /usr/bin/time (GNU time)" >&2; exit 1; }

if [ "$build" = yes ]; then
  mvn -B -q -DskipTests package -pl cli,bench -am
fi
bench=bench/target/benchmarks.jar
java_opts=${JCLASSAD_JAVA_OPTS:--Xmx256m}
export JCLASSAD_JAVA_OPTS=$java_opts
# the launcher's first run after a build writes its class data sharing archive: not in a measured run
./jclassad eval 'x = 1' 'x + 1' > /dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/jclassad-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT

java -cp "$bench" org.jclassad.bench.EndToEndInputs routes "$work/routes.conf"
cp bench/e2e/transform.xform "$work/transform.xform"

if [ -n "${HTCONDOR_BIN:-}" ]; then
  lib=${HTCONDOR_LIB:-$HTCONDOR_BIN/../lib}
  mkdir -p "$work/local"
  cat > "$work/minimal_config" <<EOF
LOCAL_DIR = $work/local
LOG = \$(LOCAL_DIR)/log
SPOOL = \$(LOCAL_DIR)/spool
EXECUTE = \$(LOCAL_DIR)/execute
LOCK = \$(LOCAL_DIR)/lock
RUN = \$(LOCAL_DIR)/run
LOCAL_CONFIG_FILE =
LOCAL_CONFIG_DIR =
CONDOR_HOST = localhost
DAEMON_LIST =
USE_SHARED_PORT = False
CONDOR_IDS = 65534.65534
EOF
  { echo "include : $work/minimal_config"; echo "NETWORK_HOSTNAME = ce.example.org"; } > "$work/condor_config"
  { cat "$work/condor_config"; cat "$work/routes.conf"; } > "$work/router_config"
fi

rows=()
sizes_mb=()
load_before=$(cut -d" " -f1-3 /proc/loadavg)
runs=${E2E_RUNS:-3}
# measure LABEL JOBS OUTPUT-FILE REFERENCE-FILE -- COMMAND...: one row of the table, from $runs runs
# of the command (the row is the run of median wall time; the range shows the spread); a run that
# hits the router's time limit is not repeated
measure() {
  local label=$1 jobs=$2 out=$3 ref=$4
  shift 5
  local results=() run status wall user sys rss cpu
  for ((run = 1; run <= runs; run++)); do
    status=0
    # every run starts with its input in the page cache and nothing of the previous command's
    # output left to write back: the router's run can take most of the memory and evict the
    # input, and a previous run's unwritten output would be flushed during the next one
    rm -f "$out"
    sync
    cat "$work/jobs-$jobs.ads" > /dev/null
    /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" || status=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
        for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s}' "$work/time.txt")
    user=$(awk -F': ' '/User time/ {print $2}' "$work/time.txt")
    sys=$(awk -F': ' '/System time/ {print $2}' "$work/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.txt")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    echo "$label $jobs, run $run: ${wall}s wall, ${cpu}s CPU, ${rss} MB, exit $status" >&2
    results+=("$wall $cpu $rss $status")
    [ "$status" = 124 ] && break
  done
  local row lo hi
  # the median run by wall time (the middle one of an odd number, the faster middle of an even one)
  row=$(printf '%s\n' "${results[@]}" | sort -n | awk '{r[NR] = $0} END {print r[int((NR + 1) / 2)]}')
  lo=$(printf '%s\n' "${results[@]}" | sort -n | head -1 | cut -d" " -f1)
  hi=$(printf '%s\n' "${results[@]}" | sort -n | tail -1 | cut -d" " -f1)
  read -r wall cpu rss status <<< "$row"
  local spread="$wall"
  [ "${#results[@]}" -gt 1 ] && spread="$wall ($lo–$hi)"
  local same="-"
  if [ "$ref" != "-" ] && [ -f "$ref" ] && [ -f "$out" ]; then
    if cmp -s "$out" "$ref"; then same="identical"; else same="DIFFERENT"; fi
  fi
  local ads
  ads=$(grep -c '^$' "$out" 2>/dev/null || true)
  echo "$label $jobs: median ${wall}s wall of ${#results[@]} runs, ${cpu}s CPU, ${rss} MB, exit $status, $ads ads out, output $same" >&2
  rows+=("| $jobs | \`$label\` | $spread | $cpu | $rss | $ads | $status | $same |")
}

for n in "${sizes[@]}"; do
  jobs="$work/jobs-$n.ads"
  java -cp "$bench" org.jclassad.bench.EndToEndInputs jobs "$n" "$jobs"
  echo "generated $n jobs: $(du -m "$jobs" | cut -f1) MB" >&2
  sizes_mb+=("$n jobs = $(du -m "$jobs" | cut -f1) MB")
  ht_t=-
  ht_r=-
  if [ -n "${HTCONDOR_BIN:-}" ]; then
    ht_t="$work/ht-transform-$n.ads"
    measure condor_transform_ads "$n" "$ht_t" - -- env -i PATH="$HTCONDOR_BIN:/usr/bin:/bin" \
      LD_LIBRARY_PATH="$lib" CONDOR_CONFIG="$work/condor_config" \
      "$HTCONDOR_BIN/condor_transform_ads" -rules "$work/transform.xform" -in "$jobs" -out "$ht_t"
    ht_r="$work/ht-route-$n.ads"
    measure condor_job_router_info "$n" "$ht_r" - -- timeout "${HTCONDOR_ROUTE_TIMEOUT:-900}" \
      env -i PATH="$HTCONDOR_BIN:/usr/bin:/bin" LD_LIBRARY_PATH="$lib" CONDOR_CONFIG="$work/router_config" \
      "$HTCONDOR_BIN/condor_job_router_info" -route-jobs "$ht_r" -jobads "$jobs"
  fi
  measure "jclassad transform" "$n" "$work/jc-transform-$n.ads" "$ht_t" -- ./jclassad transform \
    -quiet -rules "$work/transform.xform" -in "$jobs" -out "$work/jc-transform-$n.ads"
  measure "jclassad route" "$n" "$work/jc-route-$n.ads" "$ht_r" -- ./jclassad route \
    "$work/routes.conf" -route-jobs "$work/jc-route-$n.ads" -jobads "$jobs"
  rm -f "$jobs" "$work"/*-"$n".ads
done

cores=$(nproc)
{
  echo "## End to end"
  echo
  echo "Written by \`bench/e2e.sh ${sizes[*]}\`$([ -n "${HTCONDOR_BIN:-}" ] && echo " with HTCONDOR_BIN set (HTCondor's tools on the same inputs; router time limit ${HTCONDOR_ROUTE_TIMEOUT:-900} s)"); do not edit by hand."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $load_before"
  echo "- machine: $cores cores ($(uname -m)); $(java -version 2>&1 | head -1); jclassad through its launcher (\`./jclassad\`) with JCLASSAD_JAVA_OPTS=$java_opts"
  echo "- whole processes, JVM start included; each command run $runs times (E2E_RUNS), the row being the run of"
  echo "  median wall time (its CPU = user + sys and peak RSS from /usr/bin/time -v), the range all runs' wall times;"
  echo "  inputs: generated HTCondor-CE job ads, long format (bench's JobAds; $(IFS=,; echo "${sizes_mb[*]}" | sed 's/,/, /g'));"
  echo "  transform: the 6 statements of bench/e2e/transform.xform; route: the 20 routes of RoutingBenchmark"
  echo "- the routes carry no limits (\`JOB_ROUTER_DEFAULT_MAX_IDLE_JOBS_PER_ROUTE = -1\`), so every job a route"
  echo "  matches is routed; jclassad routes on one thread (the choice is sequential) while a second thread reads"
  echo "  the jobs and prints the routed ads (the routing thread reads and prints a batch itself when it would wait);"
  echo "  \`transform\` runs on as many threads as there are cores"
  echo "- \`condor_transform_ads\` exits 1 after a successful run (HTCondor 25.14's status; jclassad's is 0,"
  echo "  \`-compat\` gives 1)"
  echo "- each command starts with its input in the page cache (read once just before it) and the previous"
  echo "  command's output written back to disk (\`sync\`)"
  echo "- a router run stopped by the time limit (exit 124) wrote only part of its output, so"
  echo "  jclassad's complete output differs from it"
  echo
  echo "| jobs | command | wall (s): median (min–max) | CPU (s) | peak RSS (MB) | ads out | exit | output vs HTCondor |"
  echo "|---:|---|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
} > "$work/section.md"
cat "$work/section.md"
python3 - "$work/section.md" bench/RESULTS.md <<'PY'
import re, sys
section = open(sys.argv[1]).read().rstrip("\n") + "\n"
try:
    text = open(sys.argv[2]).read()
except FileNotFoundError:
    text = "# Benchmark results\n"
pattern = re.compile(r"^## End to end\n.*?(?=^## |\Z)", re.S | re.M)
if pattern.search(text):
    text = pattern.sub(lambda m: section + "\n", text)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(sys.argv[2], "w").write(text.rstrip("\n") + "\n")
PY
