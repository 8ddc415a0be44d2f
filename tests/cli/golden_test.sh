#!/usr/bin/env bash
# Compares the sample's graph with the reviewed golden copy: golden_test.sh BINARY SOURCE_DIR FORMAT
# Regenerate with scripts/update-golden, then read the diff before committing it.
set -uo pipefail
bin="$1" src="$2" format="$3"
want="$src/tests/golden/geneva-2022.$format"
got="$(mktemp)"
trap 'rm -f "$got"' EXIT
"$bin" extract "$src/data/samples/geneva-2022.txt" --date 2022-01-09 --format "$format" > "$got" || exit 1
if ! cmp -s "$want" "$got"; then
  echo "golden output differs for --format $format (expected $want):" >&2
  diff -u "$want" "$got" | head -60 >&2
  exit 1
fi
echo "ok: --format $format matches $want"
