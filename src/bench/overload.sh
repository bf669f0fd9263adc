#!/usr/bin/env bash
# Overload check (issue 12, item 3): the packaged service under -Xmx1g, CLIENTS clients posting
# 1 MB counterparts pairs to POST /api/comparisons for DURATION seconds, while one prober asks
# /q/health every 100 ms, one asks small pages (a stored small comparison, the statement list)
# and one posts small comparisons (readout-sized). Loopback only, bounded in time.
# Reports throughput, p50/p99 per kind of request, the 503 count, whether an OutOfMemoryError
# happened, the peak RSS (VmHWM) and how much the database grew.
#   ./mvnw -B package -DskipTests && src/bench/overload.sh
#   CLIENTS=16 DURATION=60 HEAP=1g RETRY_AFTER=1 src/bench/overload.sh
# The 1 MB pair is the generated counterparts pair of ../shared/bench (gen_inputs.py), cut to
# just under the service's 1,000,000-byte limit for a pasted text.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
kit=${BENCH_KIT:-$root/../shared/bench}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-60}
HEAP=${HEAP:-1g}
PORT=${PORT:-18181}
work=$root/target/overload
rm -rf "$work" && mkdir -p "$work/data" "$work/bodies"

inputs=$root/target/peer-bench/inputs
if [ ! -f "$inputs/counterparts-1m.A.txt" ]; then
  mkdir -p "$root/target/peer-bench"
  cp -r "$kit"/. "$root/target/peer-bench"/ && chmod -R u+w "$root/target/peer-bench"
  (cd "$root/target/peer-bench" && python3 gen_inputs.py --seed-text "$root/fixtures/statements/seed-lima-2024-cn.txt" \
    --sizes 10k --counterparts-sizes 1m >/dev/null)
fi
# One request body per client: the pair with a line naming the client first (new statements per
# client), each text cut at a paragraph end below 990,000 bytes.
python3 - "$inputs" "$work/bodies" "$CLIENTS" "$root/fixtures" <<'PY'
import json, sys, pathlib
inputs, out, clients, fixtures = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3]), pathlib.Path(sys.argv[4])
def cut(text, limit=990_000):
    data = text.encode()
    if len(data) <= limit:
        return text
    return data[:limit].decode(errors="ignore").rsplit("\n\n", 1)[0]
a = cut((inputs / "counterparts-1m.A.txt").read_text())
b = cut((inputs / "counterparts-1m.B.txt").read_text())
for c in range(1, clients + 1):
    body = {"left": {"text": f"Client {c}.\n\n" + a, "label": f"1 MB left {c}"},
            "right": {"text": f"Client {c}.\n\n" + b, "label": f"1 MB right {c}"}, "mode": "counterparts"}
    (out / f"large-{c}.json").write_text(json.dumps(body))
left = (fixtures / "statements/seed-lima-2024-cn.txt").read_text()
right = (fixtures / "statements/lima-2024-us-a.txt").read_text()
for n in range(1, 201):
    body = {"left": {"text": left + f"\n\nSmall {n}.", "label": "seed"}, "right": {"text": right + f"\n\nSmall {n}.", "label": "us"}}
    (out / f"small-{n}.json").write_text(json.dumps(body))
PY
echo "bodies: $CLIENTS large of $(wc -c <"$work/bodies/large-1.json") bytes, small of $(wc -c <"$work/bodies/small-1.json") bytes"

java -Xmx"$HEAP" ${SERVICE_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dreadout-diff.data-dir="$work/data" \
  -jar "$jar" serve >"$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
base=http://127.0.0.1:$PORT
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$base/q/health/ready" 2>/dev/null && break
  kill -0 $service 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  sleep 0.25
done
curl -fs -o "$work/small-1.response" -H 'Content-Type: application/json' --data-binary "@$work/bodies/small-1.json" \
  "$base/api/comparisons"
small_id=$(head -c 300 "$work/small-1.response" | grep -o '"id" *: *"[A-Za-z0-9]*"' | head -1 | sed 's/.*"\([A-Za-z0-9]*\)"$/\1/')
db_before=$(du -sb "$work/data" | cut -f1)
echo "machine: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg); service -Xmx$HEAP; $CLIENTS large clients for ${DURATION}s"

end=$((SECONDS + DURATION))
# A large client posts again at once, or, given 503 and RETRY_AFTER=1 (the default), after the
# Retry-After the service asked for (RETRY_AFTER=0: at once, as a hostile client would).
large() {
  local out
  while [ $SECONDS -lt $end ]; do
    out=$(curl -s -o /dev/null -D "$work/headers-$1" -w '%{http_code} %{time_total}' --max-time 120 \
      -H 'Content-Type: application/json' --data-binary "@$work/bodies/large-$1.json" "$base/api/comparisons") || out="000 0"
    echo "$out" >>"$work/large.txt"
    if [ "${out%% *}" = 503 ] && [ "${RETRY_AFTER:-1}" = 1 ]; then
      sleep "$(tr -d '\r' <"$work/headers-$1" | awk -F': ' 'tolower($1) == "retry-after" { print $2 }' | head -1 || echo 1)"
    fi
  done
}
probe() { # name, interval, url...
  local name=$1 interval=$2
  shift 2
  while [ $SECONDS -lt $end ]; do
    for url in "$@"; do
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 "$url" >>"$work/$name.txt" || echo "000 0" >>"$work/$name.txt"
    done
    sleep "$interval"
  done
}
small_posts() {
  local n=1
  while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 60 -H 'Content-Type: application/json' \
      --data-binary "@$work/bodies/small-$n.json" "$base/api/comparisons" >>"$work/small-post.txt" || echo "000 0" >>"$work/small-post.txt"
    n=$((n % 200 + 1))
    sleep 0.5
  done
}
pids=()
for c in $(seq 1 "$CLIENTS"); do large "$c" & pids+=($!); done
probe health 0.1 "$base/q/health" & pids+=($!)
probe small-get 0.2 "$base/comparisons/$small_id" "$base/api/statements" & pids+=($!)
small_posts & pids+=($!)
for pid in "${pids[@]}"; do wait "$pid" || true; done

summary() { # name
  local f=$work/$1.txt n codes ok p50 p99 mx
  [ -s "$f" ] || { echo "$1: no requests"; return; }
  n=$(wc -l <"$f")
  codes=$(cut -d' ' -f1 "$f" | sort | uniq -c | awk '{ printf " %s:%s", $2, $1 }')
  awk '$1 >= 200 && $1 < 400 { print $2 * 1000 }' "$f" | sort -n >"$f.ok"
  ok=$(wc -l <"$f.ok")
  pick() { [ "$ok" -gt 0 ] && sed -n "$(( (ok - 1) * $1 / 100 + 1 ))p" "$f.ok" | cut -d. -f1 || echo -; }
  p50=$(pick 50); p99=$(pick 99); mx=$(pick 100)
  printf '%-10s %5d requests (%s/s), statuses%s; answered: p50 %s ms, p99 %s ms, max %s ms\n' "$1" "$n" \
    "$(awk -v n="$n" -v d="$DURATION" 'BEGIN { printf "%.2f", n / d }')" "$codes" "$p50" "$p99" "$mx"
}
echo "results (times of the 2xx/3xx answers):"
summary large
summary health
summary small-get
summary small-post
alive=yes; kill -0 $service 2>/dev/null || alive=no
echo "service alive after the run: $alive; OutOfMemoryError in its log: $(grep -c OutOfMemoryError "$work/service.log" || true)"
echo "peak RSS (VmHWM): $(awk '/VmHWM/ {print $2, $3}' /proc/$service/status 2>/dev/null || echo n/a)"
curl -fs -o /dev/null -w "health after the run: %{http_code} in %{time_total} s\n" "$base/q/health" || echo "health after the run: no answer"
echo "database: $db_before bytes before, $(du -sb "$work/data" | cut -f1) bytes after"
