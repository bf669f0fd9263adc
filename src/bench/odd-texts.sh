#!/usr/bin/env bash
# Texts no readout has, but a paste or a scraper can make (about 300 KB a side): one sentence of
# shuffled words, a text of capitalised words, one 300 KB word, 100,000 adverbs between speaker and
# verb, 100,000 nested brackets, CR-only line ends, sentences made of stances, ... Each pair goes
# through the launcher in versions and counterparts mode (JSON), and as the two others of a series
# against the seed (HTML), each run bounded by `timeout`. Prints one Markdown row per run: exit
# code, wall time, peak RSS and what `limits` says. Every exit must be 0 or 1 and every run must
# end well inside the time budget: an exit 3 or a timeout is a bug (three were found this way,
# 2026-12-05: two regexes overflowing the stack, and spelling variants quadratic in a word's length).
# Usage, from the repository root, after ./mvnw -B package -DskipTests:
#   src/bench/odd-texts.sh            # SHAPES="capitals adverbs" for some only; LIMIT=120 seconds a run;
#                                     # SCALE=10 for texts ten times as long (about 3 MB a side)
#   CHECK=1 src/bench/odd-texts.sh    # exits 1 when a run exits 3 or more or hits LIMIT (.ci/run does this)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cli=target/cli/readout-diff
[ -x "$cli" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 2; }
out=target/bench/odd-texts
mkdir -p "$out"
seed=fixtures/statements/seed-lima-2024-cn.txt

python3 - "$seed" "$out" "${SCALE:-1}" <<'PY'
import random, re, sys
random.seed(7)
seed = open(sys.argv[1], encoding="utf-8").read()
out = sys.argv[2]
scale = float(sys.argv[3])
n = lambda count: max(1, int(count * scale))
words = [w.strip('.,;:"“”') for w in seed.split() if w.strip('.,;:"“”')]
sentences = re.split(r'(?<=[.!?])\s+', seed)
pick = lambda count: " ".join(random.choice(words) for _ in range(count))
caps = ["U.S.", "China-U.S.", "President", "Xi", "Jinping", "Biden", "Taiwan", "Strait", "Lima", "APEC"]
stances = ['firmly opposes "Taiwan independence"', 'does not support "Taiwan independence"',
           "supports peaceful reunification", "is not seeking a new Cold War"]
shuffled = sentences * n(40)
random.shuffle(shuffled)
shapes = {
    "one-sentence": ("Readout\n\n" + pick(n(50000)), "Readout\n\n" + pick(n(50000))),
    "capitals": ("Readout\n\n" + " ".join(random.choice(caps) for _ in range(n(50000))) + ".",
                 "Readout\n\n" + " ".join(random.choice(caps) for _ in range(n(50000))) + "."),
    "one-word": ("Readout\n\n" + "a" * n(300000) + ".", "Readout\n\n" + "a" * n(299999) + "b."),
    "adverbs": ("Readout\n\nPresident Xi " + "also " * n(100000) + "stressed that peace matters.",
                "Readout\n\nPresident Biden " + "also " * n(100000) + "said that peace matters."),
    "brackets": ("They agreed " + "(" * n(100000) + "peace" + ")" * n(100000) + ".",
                 "They agreed " + "[" * n(100000) + "peace" + "]" * n(100000) + "."),
    "quotes": ("Readout\n\n" + " ".join('"' + random.choice(words) for _ in range(n(40000))) + ".",
               "Readout\n\n" + " ".join('“' + random.choice(words) for _ in range(n(40000))) + "."),
    "stances": ("China " + " and ".join(random.choice(stances) for _ in range(n(15000))) + ".",
                "The U.S. " + " and ".join(random.choice(stances) for _ in range(n(15000))) + "."),
    "repeated-seed": (" ".join(sentences * n(40)), " ".join(shuffled)),
    "tiny-sentences": (" ".join(random.choice(["Yes.", "No.", "They met.", "China opposes it."]) for _ in range(n(40000))),
                       " ".join(random.choice(["Yes.", "No.", "They met.", "The U.S. supports it."]) for _ in range(n(40000)))),
    "one-list": ("They agreed on " + ", ".join(random.choice(words) for _ in range(n(50000))) + ".",
                 "They agreed on " + ", ".join(random.choice(words) for _ in range(n(50000))) + "."),
    "word-paragraphs": ("\n\n".join(random.choice(words) for _ in range(n(40000))),
                        "\n\n".join(random.choice(words) for _ in range(n(40000)))),
    "cr-lines": ("Readout\r\n\r\n" + "\r\n".join(random.choice(words) for _ in range(n(40000))),
                 "Readout\r\r" + "\r".join(random.choice(words) for _ in range(n(40000)))),
    "relays": ("Readout\n\n" + "President Xi said that " * n(20000) + "peace matters.",
               "Readout\n\n" + "President Biden noted that " * n(20000) + "peace matters."),
    "chinese-run": ("读出\n\n" + "".join(random.choice("中美关系台湾独立反对支持和平统一双方同意加强合作") for _ in range(n(150000))) + "。",
                    "读出\n\n" + "".join(random.choice("中美关系台湾独立反对支持和平统一双方同意加强合作") for _ in range(n(150000))) + "。"),
    "mixed-scripts": ("Readout\n\n" + "שלום “quoted” 😀👍🏽 e\u0301 Å 中国 مرحبا " * n(8000) + ".",
                      "Readout\n\n" + " مرحبا 中国 Å e\u0301 👍🏽😀 “quoted” שלום" * n(8000) + "."),
}
for name, (a, b) in shapes.items():
    for side, text in (("A", a), ("B", b)):
        with open(f"{out}/{name}.{side}.txt", "w", encoding="utf-8", newline="") as f:
            f.write(text)
print(" ".join(shapes))
PY

limit=${LIMIT:-120}
shapes=${SHAPES:-$(ls "$out"/*.A.txt | xargs -n1 basename | sed 's/\.A\.txt$//')}
failed=()
echo "| text | run | exit | wall | peak RSS | limits |"
echo "|---|---|---:|---:|---:|---|"
for shape in $shapes; do
  a=$out/$shape.A.txt b=$out/$shape.B.txt
  for run in versions counterparts series; do
    case $run in
      series) args=("$seed" "$a" "$b" --format html -o "$out/$shape.series.html"); report= ;;
      *) args=(--mode "$run" --format json "$a" "$b" -o "$out/$shape.$run.json"); report=$out/$shape.$run.json ;;
    esac
    rm -f "$out/$shape.$run.json"
    set +e
    /usr/bin/time -f '%e %M' -o "$out/time" timeout "$limit" "$cli" compare "${args[@]}" 2>"$out/stderr"
    code=$?
    set -e
    read -r wall rss < <(tail -1 "$out/time")
    limits=$( [ -n "$report" ] && [ -s "$report" ] && python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['limits'].get('reason') or 'none')" "$report" 2>/dev/null || head -c 120 "$out/stderr" | tr '\n' ' ')
    printf '| %s | %s | %s | %s s | %s MB | %s |\n' "$shape" "$run" "$code" "$wall" "$((rss / 1024))" "${limits:0:140}"
    [ "$code" -le 1 ] || failed+=("$shape $run: exit $code$( [ "$code" = 124 ] && echo ", killed after $limit s")")
  done
done
if [ ${#failed[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failed[@]}" >&2
  [ -z "${CHECK:-}" ] || exit 1
fi
