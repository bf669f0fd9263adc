#!/usr/bin/env bash
# The command line's cost on one run, beside the peers of ../shared/bench: start-up alone
# (--version), versions mode on the 10 MB pair (JSON out) beside wdiff, counterparts mode on the
# 1 MB and 10 MB pairs (wdiff beside them for scale: it does not align), and a series of four
# 1 MB statements (the versions and counterparts pairs; no peer compares a series). Whole processes, median
# of REPS runs, through the command the README gives (target/cli/readout-diff). Prints one
# Markdown table with ratios; paste it into src/bench/RESULTS.md with the header it prints.
# Usage, from the repository root, after ./mvnw -B package -DskipTests:
#   src/bench/all.sh                  # REPS=3; PAIRS and PEERS as in ../shared/bench/run_peers.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=$root/target/cli/readout-diff
[ -x "$cli" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
. "$root/src/bench/peer-kit.sh"
export REPS=${REPS:-3}
out=$root/target/bench/all
mkdir -p "$out"

# Start-up alone: the launcher's --version, REPS times.
: > "$out/startup.tsv"
for _ in $(seq 1 "$REPS"); do
  /usr/bin/time -f '%e %M %U %S' -o "$out/startup.time" "$cli" --version > /dev/null
  read -r w m u s < "$out/startup.time"
  echo -e "$w\t$m\t$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')" >> "$out/startup.tsv"
done

export PAIRS=${PAIRS:-"versions-10m counterparts-1m counterparts-10m"}
export PEERS=${PEERS:-"wdiff"}
export OUT=$out/peers
export PROJECT_NAME=readout-diff
export PROJECT_CMD="$cli compare --mode versions --format json"
export PROJECT_CMD_COUNTERPARTS="$cli compare --mode counterparts --format json"
export PROJECT_FORMAT=none
(cd "$work" && ./run_peers.sh > "$out/peers.log" 2>&1) || { tail -20 "$out/peers.log" >&2; exit 1; }

# A series: the 1 MB versions pair and the 1 MB counterparts pair as one base and three others.
: > "$out/series.tsv"
inputs=$work/inputs
for _ in $(seq 1 "$REPS"); do
  /usr/bin/time -f '%e %M %U %S' -o "$out/series.time" "$cli" compare "$inputs/versions-1m.A.txt" \
    "$inputs/versions-1m.B.txt" "$inputs/counterparts-1m.A.txt" "$inputs/counterparts-1m.B.txt" -o "$out/series.html"
  read -r w m u s < "$out/series.time"
  echo -e "$w\t$m\t$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')" >> "$out/series.tsv"
done

python3 - "$out/startup.tsv" "$OUT/results.tsv" "$out/series.tsv" <<'PY'
import statistics, sys, platform, os, datetime

def med(cell):
    values = [float(v) for v in cell.split(",") if v]
    return statistics.median(values) if values else None

startup = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
rows = {}
for line in open(sys.argv[2]):
    if line.startswith("#"):
        continue
    f = line.rstrip("\n").split("\t")
    pair, peer, status, walls, rss, cpus = f[:6]
    rows[(pair, peer)] = (status, med(walls), med(rss), med(cpus))

cores = os.cpu_count()
load = open("/proc/loadavg").read().split()[:3]
print(f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {cores} cores, load average {' '.join(load)}, "
      f"median of {len(startup)} runs per cell (src/bench/all.sh).")
print()
print("| work | readout-diff | peer | ratio |")
print("|---|---|---|---|")
w = statistics.median(float(r[0]) for r in startup)
c = statistics.median(float(r[2]) for r in startup)
m = statistics.median(float(r[1]) for r in startup)
print(f"| `--version` (start-up alone) | {w:.2f} s wall, {c:.2f} s CPU, {m/1024:.0f} MB | — | — |")
labels = {"versions-10m": "versions, 10 MB pair, JSON out", "counterparts-1m": "counterparts, 1 MB pair",
          "counterparts-10m": "counterparts, 10 MB pair"}
for pair in os.environ["PAIRS"].split():
    mine = rows.get((pair, "readout-diff"))
    if not mine:
        continue
    status, wall, rss, cpu = mine
    cell = (f"{wall:.2f} s wall, {cpu:.2f} s CPU, {rss/1024:.0f} MB peak" if status == "ok" else status)
    peers, ratios = [], []
    for peer in os.environ["PEERS"].split():
        theirs = rows.get((pair, peer))
        if theirs and theirs[0] == "ok":
            peers.append(f"{peer} {theirs[1]:.2f} s, {theirs[2]/1024:.0f} MB")
            if status == "ok":
                ratio = wall / theirs[1]
                ratios.append(f"{ratio:.1f}× slower" if ratio >= 1 else f"{1/ratio:.1f}× faster")
    print(f"| {labels.get(pair, pair)} | {cell} | {'; '.join(peers) or '—'} | {'; '.join(ratios) or '—'} |")
series = [line.split("\t") for line in open(sys.argv[3]) if line.strip()]
w = statistics.median(float(r[0]) for r in series)
c = statistics.median(float(r[2]) for r in series)
m = statistics.median(float(r[1]) for r in series)
print(f"| series, four 1 MB statements, HTML out | {w:.2f} s wall, {c:.2f} s CPU, {m/1024:.0f} MB peak | — | — |")
PY
echo
echo "(per-run detail: $OUT/peers.md)"
