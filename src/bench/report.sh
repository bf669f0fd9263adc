#!/usr/bin/env bash
# The HTML report of large pairs: render time and size, then the time headless Chromium takes
# to open it (load event and first paint, three openings). Usage, from the repository root:
#   src/bench/report.sh                                  # the kit's versions-1m and counterparts-1m pairs
#   INPUTS=/path/to/inputs PAIRS="versions-1m" src/bench/report.sh
# Needs Debian's chromium and chromium-driver. Targets: a 1 MB pair gives under 15 MB of HTML
# that opens in under 5 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if [ -z "${INPUTS:-}" ]; then
  . "$root/src/bench/peer-kit.sh"
fi
inputs=${INPUTS:-$work/inputs}
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
args=()
for pair in ${PAIRS:-versions-1m counterparts-1m}; do
  args+=("$inputs/$pair.A.txt" "$inputs/$pair.B.txt")
done
java -Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.readoutdiff.render.ReportBenchmark "${args[@]}"
