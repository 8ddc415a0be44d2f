#!/usr/bin/env bash
# Our own fault-kind cases (tests/data/cases/own.jsonl) scored by the shared checker: fails when a
# case fails that tests/data/cases/known-failures.txt does not list; notes listed cases that pass.
# own_cases_test.sh BINARY SOURCE_DIR [SHARD SHARDS]; 77 = skipped where ../shared/cases/check.py
# is absent. With SHARD SHARDS (e.g. 2 4) only the cases on lines n with n % SHARDS == SHARD - 1
# run, so that ctest can spread the cases over several tests, each under its own timeout.
set -uo pipefail
bin="$1" src="$2" shard="${3:-1}" shards="${4:-1}"
check="$src/../shared/cases/check.py"
[ -f "$check" ] || { echo "$check absent: skipped"; exit 77; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
awk -v k="$shard" -v n="$shards" '(NR - 1) % n == k - 1' "$src/tests/data/cases/own.jsonl" > "$tmp/cases.jsonl"
[ -s "$tmp/cases.jsonl" ] || { echo "FAIL: shard $shard of $shards holds no case"; exit 1; }
ids="$(sed -n 's/^{"doc": "\([^"]*\)".*/\1/p' "$tmp/cases.jsonl" | sort)"
out="$(python3 "$check" --binary "$bin" --cases "$tmp/cases.jsonl")" || { echo "$out"; echo "FAIL: the checker did not run"; exit 1; }
echo "shard $shard of $shards: $(echo "$out" | tail -1)"
known="$(grep -v '^#' "$src/tests/data/cases/known-failures.txt" | grep -v '^\s*$' | sort | comm -12 - <(echo "$ids"))"
failed="$(echo "$out" | sed -n 's/^FAIL \([^ ]*\) .*/\1/p' | sort)"
new="$(comm -13 <(echo "$known") <(echo "$failed") | grep -v '^$')"
fixed="$(comm -23 <(echo "$known") <(echo "$failed") | grep -v '^$')"
[ -z "$fixed" ] || echo "now passing (remove from known-failures.txt): $(echo $fixed)"
if [ -n "$new" ]; then
  echo "$out" | grep -E "^FAIL ($(echo $new | tr ' ' '|')) "
  echo "FAIL: cases that passed before fail now: $(echo $new)"
  exit 1
fi
echo PASS
