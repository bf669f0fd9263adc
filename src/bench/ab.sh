#!/usr/bin/env bash
# Two builds of the command line on one pair, in interleaved runs, with a control: the first build
# runs twice a round (A and A2), so the difference between its two arms shows how large a
# difference between A and B must be before it means anything. The arms take turns in rotating
# order: the shared machines drift by up to 10% from one minute to the next.
#
# Run each build where it was built (a git worktree, say), never from a copied directory: the
# launcher's class-data archive names the jar it was made from, and a copy runs without it, about
# 0.1 s slower (the script checks this with -Xshare:on and stops). Prints each arm's times, sorted,
# the medians and whether the reports of A and B are byte-identical. Usage (from the repository
# root, after a build of each):
#   src/bench/ab.sh BASE_LAUNCHER [NEW_LAUNCHER] [ROUNDS]
#   git worktree add /tmp/base HEAD~1 && (cd /tmp/base && ./mvnw -B -q package -DskipTests)
#   PAIR=counterparts-1m MODE=counterparts src/bench/ab.sh /tmp/base/target/cli/readout-diff
# NEW_LAUNCHER defaults to target/cli/readout-diff, ROUNDS to 9; PAIR (versions-10m) is one of
# the peer kit's pairs, MODE (versions) and FORMAT (json) are passed to compare.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -ge 1 ] || { sed -n '2,17p' "$0" >&2; exit 2; }
rounds=${3:-9}
pair=${PAIR:-versions-10m}
mode=${MODE:-versions}
format=${FORMAT:-json}
for launcher in "$1" "${2:-$root/target/cli/readout-diff}"; do
  [ -x "$launcher" ] || { echo "not a launcher: $launcher (build it first)" >&2; exit 2; }
  READOUT_DIFF_JAVA_OPTS=-Xshare:on "$launcher" --version > /dev/null 2>&1 || {
    echo "$launcher runs without its class-data archive (a copied build?): run it where it was built" >&2; exit 2; }
done
. "$root/src/bench/peer-kit.sh"
out=/dev/shm
[ -d "$out" ] && [ -w "$out" ] || out=$root/target
out=$(mktemp -d "$out/readout-diff-ab.XXXXXX")
trap 'rm -rf "$out"' EXIT
declare -A arm=([A]=$(readlink -f "$1") [B]=$(readlink -f "${2:-$root/target/cli/readout-diff}") \
  [A2]=$(readlink -f "$1"))
orders=("A B A2" "B A2 A" "A2 A B")
for round in $(seq "$rounds"); do
  for side in ${orders[$(( (round - 1) % 3 ))]}; do
    # every arm writes the same file, so that none gains from what another left behind
    /usr/bin/time -f "%e %U" -o "$out/time" "${arm[$side]}" compare "$work/inputs/$pair.A.txt" \
      "$work/inputs/$pair.B.txt" --mode "$mode" --format "$format" -o "$out/report.$format" > /dev/null || true
    echo "$side $(cat "$out/time")" >> "$out/times"
    cp "$out/report.$format" "$out/$side.$format"
  done
done
echo "$pair, --mode $mode --format $format, $rounds rounds of three arms, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A medians
for side in A A2 B; do
  walls=$(grep "^$side " "$out/times" | cut -d' ' -f2 | sort -n)
  cpus=$(grep "^$side " "$out/times" | cut -d' ' -f3 | sort -n)
  n=$(echo "$walls" | wc -l)
  medians[$side]=$(echo "$walls" | awk -v n="$n" '{ v[NR] = $1 } END { print (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }')
  cpu=$(echo "$cpus" | sed -n "$(( (n + 1) / 2 ))p")
  echo "$side (${arm[$side]}): wall $(echo $walls) s; median ${medians[$side]} s, median CPU $cpu s"
done
awk -v a="${medians[A]}" -v a2="${medians[A2]}" -v b="${medians[B]}" 'BEGIN {
  noise = a - a2; if (noise < 0) noise = -noise
  printf "B - A: %+.3f s; the control A2 - A: %+.3f s (a difference between A and B within about that is noise)\n", b - a, a2 - a }'
if cmp -s "$out/A.$format" "$out/B.$format"; then
  echo "reports of A and B: byte-identical"
else
  echo "reports of A and B: DIFFERENT"
fi
