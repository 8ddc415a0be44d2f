#!/usr/bin/env bash
# scripts/gen-actors makes data/gazetteers/phoenix-persons.tsv byte for byte: the committed file
# is up to date with the script, the project's data and the PETRARCH2 dictionaries, and the
# script is deterministic. Skipped (exit 77) where the dictionaries or WordNet are not installed.
set -uo pipefail
src="$1"
dicts="$src/../shared/resources/petrarch2"
[ -f "$dicts/Phoenix.Countries.actors.txt" ] || { echo "skip: $dicts not found"; exit 77; }
[ -f /usr/share/wordnet/data.noun ] || { echo "skip: WordNet (wordnet-base) not installed"; exit 77; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$src/scripts/gen-actors" "$dicts" --out "$tmp/phoenix-persons.tsv" 2>"$tmp/log" || { cat "$tmp/log"; exit 1; }
if ! cmp -s "$tmp/phoenix-persons.tsv" "$src/data/gazetteers/phoenix-persons.tsv"; then
  echo "data/gazetteers/phoenix-persons.tsv is stale: run scripts/gen-actors, review and commit the diff"
  diff "$src/data/gazetteers/phoenix-persons.tsv" "$tmp/phoenix-persons.tsv" | head -20
  exit 1
fi
echo "ok: phoenix-persons.tsv is what scripts/gen-actors makes"
