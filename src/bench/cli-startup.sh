#!/usr/bin/env bash
# Start-up of the command line, end to end: the launcher target/cli/readout-diff against the
# Quarkus application (java -jar target/quarkus-app/quarkus-run.jar), median of REPS runs each
# (wall, CPU = user + system, peak RSS), with the load average beside each row: the machine is
# shared, and wall times follow its load. Not part of the tests.
#   ./mvnw -B package -DskipTests && src/bench/cli-startup.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
REPS=${REPS:-3}
cli=target/cli/readout-diff
quarkus="java -jar target/quarkus-app/quarkus-run.jar"
[ -x "$cli" ] && [ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
versions="fixtures/versions/word-substitutions/left.txt fixtures/versions/word-substitutions/right.txt"
counterparts="fixtures/counterparts/paraphrase-reordered/left.txt fixtures/counterparts/paraphrase-reordered/right.txt"
work=target/cli-startup && mkdir -p "$work"

measure() { # label command...
  local label=$1; shift
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  for i in $(seq 1 "$REPS"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.$i" "$@" >/dev/null 2>"$work/err" || [ $? -eq 1 ]
  done
  cat "$work"/time.* | awk -v label="$label" -v load="$load" -v n="$REPS" '
    { wall[NR] = $1; cpu[NR] = $2 + $3; rss[NR] = $4 / 1024 }
    function median(a,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                    return a[int((n + 1) / 2)] }
    END { printf "| %s | %.2f s | %.2f s | %.0f MB | %s |\n", label, median(wall), median(cpu), median(rss), load }'
  rm -f "$work"/time.*
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); median of $REPS"
echo
echo "| run | wall | CPU | peak RSS | load average before |"
echo "|---|---|---|---|---|"
measure "launcher --version" $cli --version
measure "launcher compare, versions mode" $cli compare $versions --mode versions
measure "launcher compare, auto mode" $cli compare $versions
measure "launcher compare, auto, JSON" $cli compare $versions --format json
measure "launcher compare, auto, HTML" $cli compare $versions --format html
measure "launcher compare, counterparts (model load)" $cli compare $counterparts --mode counterparts
measure "launcher compare, counterparts pair, auto mode" $cli compare $counterparts
measure "launcher compare, counterparts pair, versions mode" $cli compare $counterparts --mode versions
measure "quarkus-run.jar --version" $quarkus --version
measure "quarkus-run.jar compare, versions mode" $quarkus compare $versions --mode versions
measure "quarkus-run.jar compare, auto mode" $quarkus compare $versions
