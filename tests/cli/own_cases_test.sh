#!/usr/bin/env bash
# Our own fault-kind cases (tests/data/cases/own.jsonl) scored by the shared checker: fails when a
# case fails that tests/data/cases/known-failures.txt does not list; notes listed cases that pass.
# own_cases_test.sh BINARY SOURCE_DIR; 77 = skipped where ../shared/cases/check.py is absent.
set -uo pipefail
bin="$1" src="$2"
check="$src/../shared/cases/check.py"
[ -f "$check" ] || { echo "$check absent: skipped"; exit 77; }
out="$(python3 "$check" --binary "$bin" --cases "$src/tests/data/cases/own.jsonl")" || { echo "$out"; echo "FAIL: the checker did not run"; exit 1; }
echo "$out" | tail -1
known="$(grep -v '^#' "$src/tests/data/cases/known-failures.txt" | grep -v '^\s*$' | sort)"
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
