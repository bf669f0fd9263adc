#!/usr/bin/env bash
# One base statement against five others of readout size (5-9 KB each), end to end:
#   1. through the command-line jar, JVM start included: compare BASE OTHER... -o report.html,
#      REPS times (default 5), wall and CPU time (user+sys) of each run;
#   2. in process (org.readoutdiff.bench.SeriesBenchmark): the first run (class loading and JIT
#      warm-up included, JVM start excluded) and warm runs.
# Build first: ./mvnw -B package -DskipTests. Usage, from the repository root:
#   src/bench/series.sh            # the Lima 2024 base against its counterpart, 2023, 2022 and two edited versions
#   REPS=10 src/bench/series.sh BASE OTHER...
# Target: under 1 s end to end. The machine is shared: compare CPU time as well as wall time.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
reps=${REPS:-5}
if [ $# -gt 0 ]; then
  files=("$@")
else
  files=(fixtures/series/lima-2024/base.txt fixtures/series/lima-2024/counterpart.txt
    fixtures/series/lima-2024/earlier-2023.txt fixtures/series/lima-2024/earlier-2022.txt
    fixtures/versions/mixed-edits/right.txt fixtures/versions/moved-paragraph/right.txt)
fi
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
mkdir -p target/bench
echo "== CLI jar, JVM start included (${#files[@]} statements, $(cat "${files[@]}" | wc -c) bytes)"
for jvm in "" "-XX:TieredStopAtLevel=1"; do
  echo "-- java ${jvm:-(default JIT)}; for reference, the JVM and Quarkus starting alone (--version):"
  /usr/bin/time -f "start only: %e s wall, %U s user + %S s sys" java $jvm -jar "$jar" --version >/dev/null
  for i in $(seq "$reps"); do
    /usr/bin/time -f "run $i: %e s wall, %U s user + %S s sys, %M KB max RSS" \
      java $jvm -jar "$jar" compare "${files[@]}" -o target/bench/series-cli.html
  done
done
echo "== in process"
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.readoutdiff.bench.SeriesBenchmark "$reps" "${files[@]}"
