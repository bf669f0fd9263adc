#!/usr/bin/env bash
# Load check of POST /api/comparisons on loopback with wrk (Debian: apt-get install wrk).
# Starts the packaged service on 127.0.0.1 with a fresh embedded database under target/ (or on
# the PostgreSQL that READOUT_DIFF_DATABASE=postgresql points at), warms it up, then measures
# for DURATION with CONNECTIONS connections, readout-sized pairs from fixtures/, every request
# new texts. Bounded: at most WARMUP_ROUNDS + 1 fixed-length wrk runs and a start-up timeout.
# Not part of the tests. JAVA_OPTS are the service's JVM options (e.g. -Xmx1g).
#   ./mvnw -B package -DskipTests && src/bench/load-comparisons.sh
#   DURATION=60s CONNECTIONS=16 src/bench/load-comparisons.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }

PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
work=target/load-check
rm -rf "$work" && mkdir -p "$work"

pairs=()
for case in fixtures/versions/*/ fixtures/counterparts/*/; do
  pairs+=("$root/${case}left.txt" "$root/${case}right.txt")
done
echo "pairs: $((${#pairs[@]} / 2)) (fixtures/versions and fixtures/counterparts), sizes $(cat "${pairs[@]}" | wc -c) bytes in all"

java ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dreadout-diff.data-dir="./$work/data" -Dquarkus.log.level=WARN \
  -jar "$jar" serve >"$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $service 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  sleep 0.5
done

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); database: ${READOUT_DIFF_DATABASE:-h2}; service options: ${JAVA_OPTS:-none}"
# The service's CPU time per comparison does not depend much on what else the machine runs; the
# throughput does: the load average is printed beside every round (other work on a 2-core machine
# takes its share of both cores).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$service/stat"; }
cpu_ms() { # ticks-before ticks-after requests
  awk -v t=$(($2 - $1)) -v hz="$(getconf CLK_TCK)" -v n="$3" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }'; }
# JIT and GC work of the service (HotSpot's performance counters), to tell a run that was still
# compiling or collecting from one that was not.
counters() {
  jcmd "$service" PerfCounter.print 2>/dev/null | awk -F= '
    /^sun.os.hrt.frequency=/ { hz = $2 }
    /^java.ci.totalTime=/ { jit = $2 }
    /^sun.ci.totalCompiles=/ { compiles = $2 }
    /^sun.gc.collector.[0-9]+.invocations=/ { gcs += $2 }
    /^sun.gc.collector.[0-9]+.time=/ { gctime += $2 }
    END { printf "%d %.0f %d %.0f\n", compiles, jit * 1000 / hz, gcs, gctime * 1000 / hz }'; }
requests_of() { awk '/^requests:/ {print $2}' "$1" | tr -d ,; }

# Warm-up in rounds of WARMUP until the JIT has settled: a round in which the optimising compiler
# worked less than 5% of the round's length, and the service's CPU per comparison within 10% of
# the round before (at most WARMUP_ROUNDS rounds). The service's code (Quarkus, Hibernate, H2,
# the engine, ICU, Qute) is large: on 2 cores the JIT compiles for minutes, taking up to one
# core, and a measurement taken meanwhile counted 160/s where the same build settled gives 250/s.
WARMUP_ROUNDS=${WARMUP_ROUNDS:-20}
previous=0
round_ms=$(awk -v d="$WARMUP" 'BEGIN { n = d + 0; print (d ~ /m$/ ? n * 60000 : n * 1000) }')
for round in $(seq 1 "$WARMUP_ROUNDS"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  before=$(cpu_ticks)
  read -r _ jit_before _ _ <<<"$(counters)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s src/bench/load-comparisons.lua \
    "http://127.0.0.1:$PORT" -- "${pairs[@]}" >"$work/warmup.txt"
  read -r _ jit_after _ _ <<<"$(counters)"
  ms=$(cpu_ms "$before" "$(cpu_ticks)" "$(requests_of "$work/warmup.txt")")
  jit=$((jit_after - jit_before))
  echo "warm-up $round ($WARMUP; load average $load): $(grep -E '^throughput' "$work/warmup.txt" | cut -d' ' -f2-), service CPU $ms ms per comparison, JIT $jit ms"
  settled=$(awk -v a="$previous" -v b="$ms" -v jit="$jit" -v round="$round_ms" \
    'BEGIN { print (a > 0 && b >= 0.9 * a && b <= 1.1 * a && jit < 0.05 * round) ? 1 : 0 }')
  [ "$settled" = 1 ] && break
  previous=$ms
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "measured ($DURATION, $THREADS threads, $CONNECTIONS connections; load average before: $load_before):"
read -r compiles0 jit0 gcs0 gctime0 <<<"$(counters)"
before=$(cpu_ticks)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s src/bench/load-comparisons.lua \
  "http://127.0.0.1:$PORT" -- "${pairs[@]}" | tee "$work/result.txt"
after=$(cpu_ticks)
read -r compiles1 jit1 gcs1 gctime1 <<<"$(counters)"
requests=$(requests_of "$work/result.txt")
ms=$(cpu_ms "$before" "$after" "$requests")
awk -v ms="$ms" -v cores="$(nproc)" 'BEGIN {
  printf "service CPU: %.1f ms per comparison, i.e. at most %.0f comparisons/s on %d cores with nothing else running\n", ms, cores * 1000 / ms, cores }'
echo "during the measurement: $((compiles1 - compiles0)) JIT compilations ($((jit1 - jit0)) ms), $((gcs1 - gcs0)) GCs ($((gctime1 - gctime0)) ms); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stored=$(curl -fs "http://127.0.0.1:$PORT/api/statements" | grep -o '"count":[0-9]*' || true)
echo "library after the run: $stored (listing is capped at 500)"
