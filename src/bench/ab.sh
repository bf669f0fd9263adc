#!/usr/bin/env bash
# Two builds of the command line on one pair, in alternating runs: A, B, A, B, ... Wall times on
# the shared machines drift by up to 10% from one minute to the next, so two blocks of runs one
# after the other can show a difference that is only the minute; alternating runs share the
# minute. Prints each build's times, sorted, and their medians, and whether the two reports are
# byte-identical. Usage (from the repository root, after a build of each):
#   src/bench/ab.sh BASE_LAUNCHER [NEW_LAUNCHER] [ROUNDS]
#   PAIR=counterparts-1m MODE=counterparts src/bench/ab.sh /tmp/base/target/cli/readout-diff
# NEW_LAUNCHER defaults to target/cli/readout-diff, ROUNDS to 8; PAIR (versions-10m) is one of
# the peer kit's pairs, MODE (versions) and FORMAT (json) are passed to compare.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -ge 1 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
base=$1
new=${2:-$root/target/cli/readout-diff}
rounds=${3:-8}
pair=${PAIR:-versions-10m}
mode=${MODE:-versions}
format=${FORMAT:-json}
for launcher in "$base" "$new"; do
  [ -x "$launcher" ] || { echo "not a launcher: $launcher (build it first)" >&2; exit 2; }
done
. "$root/src/bench/peer-kit.sh"
out=/dev/shm
[ -d "$out" ] && [ -w "$out" ] || out=$root/target
out=$(mktemp -d "$out/readout-diff-ab.XXXXXX")
trap 'rm -rf "$out"' EXIT
for round in $(seq "$rounds"); do
  for side in A B; do
    launcher=$base
    [ "$side" = B ] && launcher=$new
    # both sides write the same file, so that neither gains from what the other left behind
    /usr/bin/time -f "%e %U" -o "$out/time" "$launcher" compare "$work/inputs/$pair.A.txt" "$work/inputs/$pair.B.txt" \
      --mode "$mode" --format "$format" -o "$out/report.$format" > /dev/null || true
    echo "$side $(cat "$out/time")" >> "$out/times"
    cp "$out/report.$format" "$out/$side.$format"
  done
done
echo "$pair, --mode $mode --format $format, $rounds alternating rounds, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
for side in A B; do
  launcher=$base
  [ "$side" = B ] && launcher=$new
  walls=$(grep "^$side " "$out/times" | cut -d' ' -f2 | sort -n)
  cpus=$(grep "^$side " "$out/times" | cut -d' ' -f3 | sort -n)
  n=$(echo "$walls" | wc -l)
  median=$(echo "$walls" | awk -v n="$n" '{ v[NR] = $1 } END { print (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }')
  cpu=$(echo "$cpus" | sed -n "$(( (n + 1) / 2 ))p")
  echo "$side ($launcher): wall $(echo $walls) s; median $median s, median CPU $cpu s"
done
if cmp -s "$out/A.$format" "$out/B.$format"; then
  echo "reports: byte-identical"
else
  echo "reports: DIFFERENT"
fi
