#!/usr/bin/env bash
# Issue 12, rows 7 and 8 tried again: what a large comparison stores and what opening its page
# costs. The packaged service under -Xmx1g on a fresh H2 database (loopback, bounded in time):
#  1. posts the 1 MB counterparts pair (see overload.sh) and 400 KB of "Go. " against the same
#     with one sentence changed, and prints the size of each stored document (compressed and
#     not), the parts of each page and the largest part;
#  2. has CLIENTS clients (default 8) open the 1 MB report's page for DURATION seconds (default
#     30): pages/s, p50/p99, peak RSS.
#   ./mvnw -B package -DskipTests && src/bench/stored-pages.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
CLIENTS=${CLIENTS:-8}
DURATION=${DURATION:-30}
PORT=${PORT:-18182}
work=$root/target/stored-pages
rm -rf "$work" && mkdir -p "$work/data" "$work/bodies"
inputs=$root/target/peer-bench/inputs
[ -f "$inputs/counterparts-1m.A.txt" ] || { echo "run src/bench/overload.sh once first (it makes the 1 MB pair)" >&2; exit 2; }
python3 - "$inputs" "$work/bodies" <<'PY'
import json, sys, pathlib
inputs, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def cut(text, limit=990_000):
    data = text.encode()
    return text if len(data) <= limit else data[:limit].decode(errors="ignore").rsplit("\n\n", 1)[0]
a, b = cut((inputs / "counterparts-1m.A.txt").read_text()), cut((inputs / "counterparts-1m.B.txt").read_text())
(out / "large.json").write_text(json.dumps({"left": {"text": a, "label": "1 MB A"}, "right": {"text": b, "label": "1 MB B"}, "mode": "counterparts"}))
go = "Go. " * 100_000
(out / "go.json").write_text(json.dumps({"left": {"text": go, "label": "Go"}, "right": {"text": go[:200_000] + "Stop. " + go[200_000:], "label": "Go, edited"}}))
PY

java -Xmx1g ${SERVICE_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dreadout-diff.data-dir="$work/data" \
  -jar "$jar" serve >"$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
base=http://127.0.0.1:$PORT
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$base/q/health/ready" 2>/dev/null && break
  kill -0 $service 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  sleep 0.25
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg); service -Xmx1g"

ids=()
for case in large go; do
  out=$(curl -s -o "$work/$case.response" -w '%{http_code} %{time_total}' --max-time 120 \
    -H 'Content-Type: application/json' --data-binary "@$work/bodies/$case.json" "$base/api/comparisons")
  id=$(head -c 300 "$work/$case.response" | grep -o '"id" *: *"[A-Za-z0-9]*"' | head -1 | sed 's/.*"\([A-Za-z0-9]*\)"$/\1/')
  ids+=("$id")
  curl -s -o "$work/$case.page1" "$base/comparisons/$id"
  parts=$(grep -o 'Part 1 of [0-9]*' "$work/$case.page1" | head -1 | awk '{print $4}')
  parts=${parts:-1}
  largest=0
  for n in $(seq 1 "$parts"); do
    size=$(curl -s -o /dev/null -w '%{size_download} %{time_total}' "$base/comparisons/$id?part=$n")
    echo "   $case part $n: ${size% *} bytes in ${size#* } s" >>"$work/parts.txt"
    [ "${size% *}" -gt "$largest" ] && largest=${size% *}
  done
  md=$(curl -s -o /dev/null -w '%{size_download}' "$base/comparisons/$id.md")
  echo "$case: POST ${out%% *} in ${out#* } s; JSON $(wc -c <"$work/$case.response") bytes; page in $parts part(s), largest $largest bytes; Markdown $md bytes"
done
cat "$work/parts.txt"

end=$((SECONDS + DURATION))
opener() {
  while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 60 "$base/comparisons/${ids[0]}" >>"$work/open.txt" \
      || echo "000 0" >>"$work/open.txt"
  done
}
pids=()
for _ in $(seq 1 "$CLIENTS"); do opener & pids+=($!); done
for pid in "${pids[@]}"; do wait "$pid" || true; done
n=$(wc -l <"$work/open.txt")
awk '$1 == 200 { print $2 * 1000 }' "$work/open.txt" | sort -n >"$work/open.ok"
ok=$(wc -l <"$work/open.ok")
pick() { sed -n "$(( (ok - 1) * $1 / 100 + 1 ))p" "$work/open.ok" | cut -d. -f1; }
echo "$CLIENTS clients opening the 1 MB report's page for ${DURATION}s: $n requests, $ok answered 200," \
  "$(awk -v n="$ok" -v d="$DURATION" 'BEGIN { printf "%.1f", n / d }') pages/s, p50 $(pick 50) ms, p99 $(pick 99) ms, max $(pick 100) ms"
echo "peak RSS (VmHWM): $(awk '/VmHWM/ {print $2, $3}' /proc/$service/status)"
kill $service; wait $service 2>/dev/null || true
trap - EXIT
# What the database holds, read with H2's own shell once the service has stopped.
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)
java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/readout-diff" -user sa -password '' -sql \
  "select c.id, c.result_mode, octet_length(c.result_gz) as json_gz, (select count(*) from rendering r where r.result_id = c.id) as renderings, (select sum(octet_length(r.content_gz)) from rendering r where r.result_id = c.id) as renderings_gz from comparison c" 2>&1 | sed 's/^/   /'
echo "database file: $(du -sb "$work/data" | cut -f1) bytes"
