#!/usr/bin/env bash
# Load check of POST /api/comparisons on loopback with wrk (Debian: apt-get install wrk).
# Starts the packaged service on 127.0.0.1 with a fresh embedded database under target/ (or on
# the PostgreSQL that READOUT_DIFF_DATABASE=postgresql points at), warms it up, then measures
# for DURATION with CONNECTIONS connections, readout-sized pairs from fixtures/, every request
# new texts. Bounded: two fixed-length wrk runs and a start-up timeout. Not part of the tests.
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

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); database: ${READOUT_DIFF_DATABASE:-h2}"
echo "warm-up ($WARMUP):"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s src/bench/load-comparisons.lua \
  "http://127.0.0.1:$PORT" -- "${pairs[@]}" | grep -E "^(requests|throughput|latency)"
# The service's CPU time per comparison does not depend on what else the machine runs.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$service/stat"; }
echo "measured ($DURATION, $THREADS threads, $CONNECTIONS connections; load average before: $(cut -d' ' -f1 /proc/loadavg)):"
before=$(cpu_ticks)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s src/bench/load-comparisons.lua \
  "http://127.0.0.1:$PORT" -- "${pairs[@]}" | tee "$work/result.txt"
after=$(cpu_ticks)
requests=$(awk '/^requests:/ {print $2}' "$work/result.txt" | tr -d ,)
awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" -v cores="$(nproc)" 'BEGIN {
  ms = t * 1000 / hz / n
  printf "service CPU: %.1f ms per comparison, i.e. at most %.0f comparisons/s on %d cores with nothing else running\n", ms, cores * 1000 / ms, cores }'
stored=$(curl -fs "http://127.0.0.1:$PORT/api/statements" | grep -o '"count":[0-9]*' || true)
echo "library after the run: $stored (listing is capped at 500)"
