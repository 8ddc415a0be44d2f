#!/usr/bin/env bash
# scripts/gen-actors makes data/gazetteers/phoenix-persons.tsv, phoenix-organizations.tsv and
# given-names.tsv byte for byte: the committed files are up to date with the script, the
# project's data, the PETRARCH2 dictionaries and the npm package human-names, and the script is
# deterministic. Skipped (exit 77) where the dictionaries, WordNet or the npm packages are not
# installed.
set -uo pipefail
src="$1"
dicts="$src/../shared/resources/petrarch2"
[ -f "$dicts/Phoenix.Countries.actors.txt" ] || { echo "skip: $dicts not found"; exit 77; }
[ -f /usr/share/wordnet/data.noun ] || { echo "skip: WordNet (wordnet-base) not installed"; exit 77; }
[ -d "$src/scripts/node_modules/human-names/data" ] || { echo "skip: npm package human-names not installed (scripts/setup)"; exit 77; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$src/scripts/gen-actors" "$dicts" --out "$tmp/phoenix-persons.tsv" \
  --orgs-out "$tmp/phoenix-organizations.tsv" --states-out "$tmp/phoenix-state-spellings.tsv" --given-out "$tmp/given-names.tsv" 2>"$tmp/log" || { cat "$tmp/log"; exit 1; }
status=0
for f in phoenix-persons.tsv phoenix-organizations.tsv phoenix-state-spellings.tsv given-names.tsv; do
  if ! cmp -s "$tmp/$f" "$src/data/gazetteers/$f"; then
    echo "data/gazetteers/$f is stale: run scripts/gen-actors, review and commit the diff"
    diff "$src/data/gazetteers/$f" "$tmp/$f" | head -20
    status=1
  fi
done
[ "$status" = 0 ] && echo "ok: phoenix-persons.tsv, phoenix-organizations.tsv, phoenix-state-spellings.tsv and given-names.tsv are what scripts/gen-actors makes"
exit "$status"
