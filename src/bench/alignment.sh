#!/usr/bin/env bash
# Alignment quality on every gold pair: the CLI (as shipped, default settings) on each pair of
# ../shared/corpus (its *.gold.json names the two files) and fixtures/counterparts, scored by
# org.readoutdiff.bench.AlignmentBenchmark (strict P/R/F1 over shared-formulation and paraphrase
# pairs, one-sided F1, formulation recall where the gold lists formulation_changes), then the
# same scores with every setting chosen leave-one-out (on the other pairs only), worst row first;
# then the sentence similarity against ../shared/external/sts (org.readoutdiff.bench.StsCheck).
# Usage, from the repository root, after ./mvnw -B package -DskipTests and ./mvnw -B test-compile:
#   src/bench/alignment.sh            # DETAILS=1 also lists every error of every pair
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
[ -d target/test-classes/org/readoutdiff/bench ] || { echo "compile the tests first: ./mvnw -B test-compile" >&2; exit 2; }
[ -f target/cp.txt ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
out=target/bench/alignment
mkdir -p "$out"
pairs() {
  if [ -d ../shared/corpus ]; then
    for gold in ../shared/corpus/*.gold.json; do
      name=$(basename "$gold" .gold.json)
      left=$(sed -n 's/^ *"left": *"\([^"]*\)".*/\1/p' "$gold" | head -1)
      right=$(sed -n 's/^ *"right": *"\([^"]*\)".*/\1/p' "$gold" | head -1)
      echo "corpus_$name ../shared/corpus/$left ../shared/corpus/$right"
    done
  else
    echo "note: ../shared/corpus is absent: the fixtures only" >&2
  fi
  for dir in fixtures/counterparts/*/; do
    echo "fixture_$(basename "$dir") ${dir}left.txt ${dir}right.txt"
  done
}
pairs | while read -r id left right; do
  /usr/bin/time -f "$id: %e s wall, %M KB max RSS" \
    java -jar "$jar" compare "$left" "$right" --mode counterparts --format json -o "$out/$id.json"
done
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
java -cp "$cp" org.readoutdiff.bench.AlignmentBenchmark --json "$out" ${DETAILS:+--details} 2>&1 | grep -v LogManager
echo
echo "### Sentence similarity against people's scores (SemEval STS, Pearson)"
echo
java -cp "$cp" org.readoutdiff.bench.StsCheck 2>&1 | grep -v LogManager
