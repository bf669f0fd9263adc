#!/usr/bin/env bash
# Versions mode end to end through the CLI on the 1 MB and 10 MB generated pairs, beside
# wdiff and git word-diff on the same run. Usage (from the repository root, after a build):
#   src/bench/versions.sh                       # 1m and 10m, 3 repetitions
#   PAIRS="versions-10k versions-100k" REPS=5 src/bench/versions.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
. "$root/src/bench/peer-kit.sh"
export PAIRS=${PAIRS:-"versions-1m versions-10m"}
export PEERS=${PEERS:-"wdiff git-word-diff"}
export REPS=${REPS:-3}
export OUT=${OUT:-$work/out-versions}
export PROJECT_NAME=readout-diff
export PROJECT_CMD="java -Xmx1g -jar $jar compare --mode versions --format inline"
export PROJECT_FORMAT=inline
"$work/run_peers.sh"
