#!/usr/bin/env bash
# Counterparts mode end to end through the CLI (JVM start included, heap capped at 1 GB) on the
# generated counterparts pairs of ../shared/bench: wall and CPU time, peak RSS, and what the
# comparison reported (mode, pairs, limits: above readout-diff's detail limit the alignment is
# coarser and the JSON says so). In process, without the JVM's start:
# org.readoutdiff.bench.CounterpartsBenchmark (see its comment).
# Usage, from the repository root, after ./mvnw -B package -DskipTests:
#   src/bench/counterparts.sh                       # 100k, 1m and 10m, 3 repetitions
#   SIZES="1m" REPS=5 src/bench/counterparts.sh
# Targets (issue 3): 1 MB in at most 2 s, 10 MB in at most 20 s with a heap under 1 GB.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
. "$root/src/bench/peer-kit.sh"
reps=${REPS:-3}
out=$root/target/bench
mkdir -p "$out"
for size in ${SIZES:-100k 1m 10m}; do
  a=$work/inputs/counterparts-$size.A.txt
  b=$work/inputs/counterparts-$size.B.txt
  echo "== counterparts-$size ($(wc -c <"$a") + $(wc -c <"$b") bytes)"
  for i in $(seq "$reps"); do
    /usr/bin/time -f "run $i: %e s wall, %U s user + %S s sys, %M KB max RSS" \
      java -Xmx1g -jar "$jar" compare "$a" "$b" --format json -o "$out/counterparts-$size.json"
  done
  python3 - "$out/counterparts-$size.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
limits = d.get("limits", {})
print(f"   mode {d['mode']}, {len(d.get('pairs', []))} pairs,"
      f" degraded: {limits.get('degraded')}{' (' + limits.get('reason', '') + ')' if limits.get('degraded') else ''}")
PY
done
