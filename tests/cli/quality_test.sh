#!/usr/bin/env bash
# The sample's graph scored against its gold graph: entity and relation F1 must stay >= 0.90.
# quality_test.sh BINARY SOURCE_DIR; skipped (77) where ../shared is not beside the checkout.
set -uo pipefail
bin="$1" src="$2"
gold="$src/../shared/eval/dev/seed-geneva-2022.json"
score="$src/../shared/eval/score.py"
[ -f "$gold" ] && [ -f "$score" ] || { echo "no ../shared/eval here: skipped"; exit 77; }
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$bin" extract "$src/data/samples/geneva-2022.txt" --date 2022-01-09 --format jsonl > "$out" || exit 1
python3 "$score" "$gold" "$out" --json | python3 -c '
import json, sys
s = json.load(sys.stdin)["summary"]
e, r = s["entity"]["f1"], s["relation"]["f1"]
print(f"entity F1 {e:.3f}  relation F1 {r:.3f}")
sys.exit(0 if e >= 0.90 and r >= 0.90 else 1)'
