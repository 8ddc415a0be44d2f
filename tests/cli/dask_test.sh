#!/usr/bin/env bash
# scripts/dask-build on two local Dask workers gives, file for file and byte for byte, what
# `demarche build` gives for the same articles with --formats all: on a generated JSON-lines
# corpus (always), and on the first 2,000 Reuters articles when ../shared/corpus is there.
# Also: a bad article fails the run with its partition named and leaves nothing behind; an id
# repeated across partitions is warned about (an error with --strict); a non-JSON-lines input
# is refused. dask_test.sh BINARY SOURCE_DIR; 77 = skipped when Debian's Python cannot import
# distributed (python3-distributed, installed by scripts/setup).
set -uo pipefail
bin="$1" src="$2"
py=/usr/bin/python3
driver="$src/scripts/dask-build"
"$py" -c "import distributed" 2>/dev/null || { echo "python3-distributed not installed (run scripts/setup): skipped"; exit 77; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Builds CORPUS both ways into $tmp/NAME-{build,dask} and compares every file.
same() {
  local corpus="$1" name="$2"; shift 2
  "$bin" build "$corpus" --formats all --jobs 1 -o "$tmp/$name-build" --no-progress 2>"$tmp/$name-build.err" ||
    { cat "$tmp/$name-build.err" >&2; fail "$name: demarche build failed"; }
  "$driver" "$corpus" --demarche "$bin" --workers 2 --formats all -o "$tmp/$name-dask" "$@" 2>"$tmp/$name-dask.err" ||
    { cat "$tmp/$name-dask.err" >&2; fail "$name: dask-build failed"; }
  local want got
  want="$(cd "$tmp/$name-build" && find . -type f | sort)"
  got="$(cd "$tmp/$name-dask" && find . -type f | sort)"
  [ "$want" = "$got" ] || fail "$name: files differ: build wrote [$want], dask-build wrote [$got]"
  [ "$(echo "$want" | wc -l)" -eq 10 ] || fail "$name: expected the 10 files of --formats all, got [$want]"
  for f in $want; do
    cmp "$tmp/$name-build/$f" "$tmp/$name-dask/$f" || fail "$name: $f differs from demarche build's"
  done
  ls -A "$tmp" | grep -q '^\.dask-build-' && fail "$name: the temporary directory was left behind"
  echo "$name: $(grep -c . "$corpus") articles, $(wc -l < "$tmp/$name-build/graph.jsonl") graph lines: the 9 files are identical"
}

# A generated corpus: the sample's paragraphs and sentences of a few constructions over rotating
# actors (the same nodes recur in every partition), with and without dates, titles and urls.
"$py" - "$src/data/samples/geneva-2022.txt" > "$tmp/generated.jsonl" <<'PY'
import json, sys
paragraphs = [p.strip() for p in open(sys.argv[1], encoding="utf-8") if p.strip()]
states = ["Russia", "the United States", "China", "France", "Ukraine", "Germany", "Iran", "Turkey"]
people = ["Sergei Lavrov", "Antony Blinken", "Wang Yi", "Emmanuel Macron", "Dmytro Kuleba", "Olaf Scholz"]
cities = ["Geneva", "Vienna", "Ankara", "Brussels", "Paris", "Beijing"]
templates = [
    "{s1} demanded that {s2} withdraw its troops from the border.",
    "{p1} met {p2} in {c} on Tuesday to discuss security guarantees.",
    "{s2} rejected the demand by {s1} for a halt to NATO expansion.",
    "Talks between {s1} and {s2} will be held in {c} next week, {p1} said.",
    "{s1} called on {s2} to lift the sanctions imposed last year.",
]
n = 0
for i, text in enumerate(paragraphs * 2):
    doc = {"id": f"sample-{i}", "text": text}
    if i % 3:
        doc["date"] = f"2022-01-{1 + i % 28:02d}"
    print(json.dumps(doc))
for i in range(120):
    t = templates[i % len(templates)]
    text = " ".join(t.format(s1=states[(i + k) % 8], s2=states[(i + k + 3) % 8], p1=people[(i + k) % 6],
                             p2=people[(i + k + 2) % 6], c=cities[(i + k) % 6]) for k in range(3))
    doc = {"id": i if i % 2 else f"gen-{i}", "text": text}
    if i % 4:
        doc["date"] = f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}"
    if i % 5 == 0:
        doc["title"], doc["url"] = f"Talks, day {i}", f"https://example.org/{i}"
    print(json.dumps(doc))
PY
same "$tmp/generated.jsonl" generated --partitions 5

# A bad article (no text) in one of 3 partitions: exit 1, the partition and the error are named,
# neither the output directory nor the temporary one is left.
head -40 "$tmp/generated.jsonl" > "$tmp/bad.jsonl"
echo '{"id": "broken"}' >> "$tmp/bad.jsonl"
tail -40 "$tmp/generated.jsonl" >> "$tmp/bad.jsonl"
"$driver" "$tmp/bad.jsonl" --demarche "$bin" --workers 2 --partitions 3 -o "$tmp/bad-out" 2>"$tmp/bad.err"
status=$?
[ $status -eq 1 ] || { cat "$tmp/bad.err" >&2; fail "a bad article: exit $status, expected 1"; }
grep -q "partition part-000[0-2].jsonl (.*bad.jsonl lines [0-9]*-[0-9]*)" "$tmp/bad.err" || { cat "$tmp/bad.err" >&2; fail "the failing partition is not named"; }
grep -q "nothing was written" "$tmp/bad.err" || { cat "$tmp/bad.err" >&2; fail "no 'nothing was written'"; }
[ ! -e "$tmp/bad-out" ] || fail "a failed run left its output directory"
ls -A "$tmp" | grep -q '^\.dask-build-' && fail "a failed run left its temporary directory"
echo "bad article: refused, partition named, nothing left"

# An id read in two partitions is warned about as demarche build warns (the same line, naming
# both places); with --strict the run fails and writes nothing.
head -30 "$tmp/generated.jsonl" > "$tmp/dup.jsonl"
head -1 "$tmp/generated.jsonl" >> "$tmp/dup.jsonl"
"$bin" build "$tmp/dup.jsonl" --formats jsonl -o "$tmp/dup-build" --no-progress 2>"$tmp/dup-build.err" || fail "build of dup.jsonl failed"
want="$(grep 'was already read at' "$tmp/dup-build.err")"
[ -n "$want" ] || { cat "$tmp/dup-build.err" >&2; fail "demarche build did not warn about the repeated id"; }
"$driver" "$tmp/dup.jsonl" --demarche "$bin" --workers 2 --partitions 3 --formats jsonl -o "$tmp/dup-dask" 2>"$tmp/dup-dask.err" ||
  { cat "$tmp/dup-dask.err" >&2; fail "dask-build of dup.jsonl failed"; }
got="$(grep 'was already read at' "$tmp/dup-dask.err")"
[ "$got" = "$want" ] || fail "a repeated id across partitions: dask-build said [$got], build said [$want]"
cmp -s "$tmp/dup-build/graph.jsonl" "$tmp/dup-dask/graph.jsonl" || fail "dup.jsonl: graph.jsonl differs from build's"
"$driver" "$tmp/dup.jsonl" --demarche "$bin" --workers 2 --partitions 3 --formats jsonl --strict -o "$tmp/dup-strict" 2>"$tmp/dup-strict.err"
status=$?
[ $status -eq 1 ] || { cat "$tmp/dup-strict.err" >&2; fail "--strict with a repeated id: exit $status, expected 1"; }
grep -q 'was already read at .*(--strict)' "$tmp/dup-strict.err" || { cat "$tmp/dup-strict.err" >&2; fail "--strict: the repeated id is not named"; }
[ ! -e "$tmp/dup-strict" ] || fail "--strict: a failed run left its output directory"
echo "repeated id across partitions: warned as build warns; --strict fails"

# Text files are refused (usage error).
"$driver" "$src/data/samples/geneva-2022.txt" --demarche "$bin" -o "$tmp/txt-out" 2>"$tmp/txt.err"
[ $? -eq 2 ] || fail "a .txt input was not refused with exit 2"
grep -q "not a JSON-lines corpus" "$tmp/txt.err" || fail "the refusal does not say why"

reuters="$src/../shared/corpus/reuters21578.jsonl"
if [ -f "$reuters" ]; then
  head -2000 "$reuters" > "$tmp/reuters-2000.jsonl"
  same "$tmp/reuters-2000.jsonl" reuters-2000 --partitions 3
else
  echo "$reuters absent: the Reuters comparison is skipped (the generated corpus was compared)"
fi
echo PASS
