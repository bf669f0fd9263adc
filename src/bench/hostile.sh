#!/usr/bin/env bash
# The hostile corpus (issue 12) against the packaged service under -Xmx1g, and on the CLI.
# Writes the corpus (org.readoutdiff.HostileCorpus) into target/hostile/, starts the service on
# 127.0.0.1 with a fresh embedded database under target/, uploads every file with curl
# (POST /api/statements, then POST /comparisons as the form's right file), and prints one
# Markdown row per file: status, time and the message; then the service's peak RSS (VmHWM) and
# whether it still answers. Then the issue's rows 1, 3, 4, 5, 6 and 12 tried again as they were
# tried there. Bounded: every curl has a timeout, every CLI run too. Not part of the tests.
#   ./mvnw -B package -DskipTests && src/bench/hostile.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
command -v jq >/dev/null || { echo "needs jq (apt-get install jq)" >&2; exit 2; }

PORT=${PORT:-18090}
HEAP=${HEAP:-1g}
work=target/hostile-bench
rm -rf "$work" && mkdir -p "$work"
base="http://127.0.0.1:$PORT"

# The corpus: the generator lives in the test classes.
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.readoutdiff.HostileCorpus target/hostile >/dev/null
files=$(java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.readoutdiff.HostileCorpus --list 2>/dev/null \
  || ls target/hostile)

java -Xmx"$HEAP" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dreadout-diff.data-dir="./$work/data" -jar "$jar" serve >"$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $service 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  sleep 0.5
done
echo "service: pid $service, -Xmx$HEAP, RSS after start $(awk '/VmRSS/ {print $2 " " $3}' /proc/$service/status)"

statements() { curl -s --max-time 30 "$base/api/statements" | jq .count; }
good="fixtures/versions/word-substitutions/left.txt"

echo
echo "| file | bytes | POST /api/statements | time | POST /comparisons (right file) | time | message |"
echo "|---|---:|---|---:|---|---:|---|"
before=$(statements)
for name in $files; do
  f="target/hostile/$name"
  api=$(curl -s --max-time 120 -o "$work/body.json" -w '%{http_code} %{time_total}' -F "file=@$f;filename=$name" "$base/api/statements")
  form=$(curl -s --max-time 120 -o "$work/body.html" -w '%{http_code} %{time_total}' \
    -F "leftText=A good left statement $RANDOM$RANDOM." -F "rightFile=@$f;filename=$name" "$base/comparisons")
  message=$(jq -r .message "$work/body.json" 2>/dev/null | cut -c1-140)
  printf '| %s | %s | %s | %.2f s | %s | %.2f s | %s |\n' "$name" "$(stat -c %s "$f")" "${api% *}" "${api#* }" \
    "${form% *}" "${form#* }" "$message"
done
after=$(statements)
echo
echo "statements stored by the refused uploads: $((after - before)) (before $before, after $after)"
echo "peak RSS of the service (VmHWM): $(awk '/VmHWM/ {print $2 " " $3}' /proc/$service/status)"
echo "still up: /q/health $(curl -s --max-time 10 -o /dev/null -w '%{http_code} in %{time_total} s' "$base/q/health")," \
  "a comparison $(curl -s --max-time 60 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"left\":{\"text\":\"The sides met. $RANDOM\"},\"right\":{\"text\":\"The sides met again. $RANDOM\"}}" \
  "$base/api/comparisons")"
echo "ERROR lines in the service log: $(grep -c ' ERROR ' "$work/service.log" || true)"

echo
echo "## 16 clients at once (${BURST_ROUNDS:-3} rounds): the heaviest files within the limits, and bombs"
heavy=(heavy.pdf heavy.docx heavy.html pdf-glyph-bomb.pdf docx-near-bomb.docx pdf-operator-bomb.pdf html-text-bomb.html pdf-bomb.pdf)
start=$(date +%s.%N)
for round in $(seq 1 "${BURST_ROUNDS:-3}"); do
  for client in $(seq 0 15); do
    name=${heavy[$((client % ${#heavy[@]}))]}
    curl -s --max-time 300 -o /dev/null -w "%{http_code} $name %{time_total}\n" -F "file=@target/hostile/$name" \
      "$base/api/statements" >>"$work/burst.txt" &
  done
  # /q/health while the uploads run
  for _ in 1 2 3 4 5; do
    curl -s --max-time 30 -o /dev/null -w "%{time_total}\n" "$base/q/health" >>"$work/health.txt"; sleep 0.3
  done
  wait $(jobs -p | grep -v "^$service$") 2>/dev/null || true
done
end=$(date +%s.%N)
echo "requests: $(wc -l <"$work/burst.txt") in $(awk "BEGIN {printf \"%.1f\", $end - $start}") s; by status and file:"
awk '{n[$1 " " $2]++; t[$1 " " $2] += $3; if ($3 > m[$1 " " $2]) m[$1 " " $2] = $3}
     END {for (k in n) printf "  %s: %d, mean %.2f s, max %.2f s\n", k, n[k], t[k] / n[k], m[k]}' "$work/burst.txt" | sort
echo "/q/health during the burst: max $(sort -n "$work/health.txt" | tail -1) s of $(wc -l <"$work/health.txt") probes"
echo "peak RSS of the service (VmHWM): $(awk '/VmHWM/ {print $2 " " $3}' /proc/$service/status)"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$work/service.log" || true); ERROR lines: $(grep -c ' ERROR ' "$work/service.log" || true)"

echo
echo "## Issue 12, rows tried again"
echo
echo "row 1 (PDF bombs, 80 and 240 MB of text operators), as the form's left file:"
for name in pdf-bomb.pdf pdf-bomb-large.pdf; do
  curl -s --max-time 300 -o /dev/null -w "  $name: %{http_code} in %{time_total} s\n" \
    -F "leftFile=@target/hostile/$name" -F "rightText=Some text." "$base/comparisons"
done
echo "  then: /q/health $(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$base/q/health"), VmHWM $(awk '/VmHWM/ {print $2 " " $3}' /proc/$service/status)"
echo "row 3 (DOCX bomb 1 GB, near-bomb):"
for name in docx-bomb.docx docx-near-bomb.docx; do
  curl -s --max-time 300 -o "$work/r3.json" -w "  $name: %{http_code} in %{time_total} s: " \
    -F "file=@target/hostile/$name" "$base/api/statements"; jq -r .message "$work/r3.json"
done
echo "row 5 (second side bad: bad date, binary, unknown id, over 1 MB; third other bad):"
n0=$(statements)
big=$(head -c 1000001 /dev/zero | tr '\0' 'x')
for right in '{"text":"Right side.","date":"16 November 2024"}' '{"text":"\u0000\u0001binary\u0000\u0002\u0003"}' \
             '{"statementId":"AAAAAAAAAAAAAAAA"}' "{\"text\":\"$big\"}"; do
  printf '%s' "{\"left\":{\"text\":\"A good left side $RANDOM$RANDOM.\"},\"right\":$right}" > "$work/r5.json"
  curl -s --max-time 60 -o /dev/null -w "  %{http_code}" -H 'Content-Type: application/json' --data-binary @"$work/r5.json" "$base/api/comparisons"
done
curl -s --max-time 60 -o /dev/null -w "  set: %{http_code}" -H 'Content-Type: application/json' -d "{\"base\":{\"text\":\"Base $RANDOM.\"},
  \"others\":[{\"text\":\"One $RANDOM.\"},{\"text\":\"Two $RANDOM.\"},{\"text\":\"Three.\",\"date\":\"2024-13-45\"}]}" "$base/api/series"
echo; echo "  statements before $n0, after $(statements)"
echo "row 6 (multipart: empty body, 20 KB of random bytes):"
head -c 20000 /dev/urandom > "$work/random.bin"
curl -s --max-time 30 -o /dev/null -w "  empty: %{http_code}" -H 'Content-Type: multipart/form-data; boundary=xyz' --data-binary '' "$base/comparisons"
curl -s --max-time 30 -o /dev/null -w "  random: %{http_code}\n" -H 'Content-Type: multipart/form-data; boundary=xyz' --data-binary @"$work/random.bin" "$base/comparisons"
echo "  ERROR lines in the service log: $(grep -c ' ERROR ' "$work/service.log" || true)"

cli() {
  local start end code lines
  start=$(date +%s.%N)
  set +e
  timeout 120 java -Xmx"$HEAP" -jar "$jar" compare "$@" >/dev/null 2>"$work/cli.err"
  code=$?
  set -e
  end=$(date +%s.%N)
  lines=$(grep -cv '^\s*$' "$work/cli.err" || true)
  printf '  compare %s: exit %s in %.1f s, %s line(s): %s\n' "$*" "$code" "$(awk "BEGIN {print $end - $start}")" "$lines" "$(head -c 200 "$work/cli.err" | head -1)"
}
echo "row 4 (CLI compare bomb.pdf b.txt):"
cli --fail-on any target/hostile/pdf-bomb.pdf "$good"
cli --fail-on any target/hostile/pdf-bomb-large.pdf "$good"
cli --fail-on any target/hostile/docx-bomb.docx "$good"
echo "row 12 (CLI: a named pipe with no writer, /dev/zero):"
rm -f "$work/pipe.txt" && mkfifo "$work/pipe.txt"
cli "$good" "$work/pipe.txt"
# the reader thread the CLI gave up has ended with its JVM; nothing waits on the pipe now
rm -f "$work/pipe.txt"
cli /dev/zero "$good"
