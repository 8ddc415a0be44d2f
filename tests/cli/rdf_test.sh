#!/usr/bin/env bash
# The RDF exports read by jsonld.js, Oxigraph and rdf-validate-shacl (tests/cli/rdf_check.mjs).
# rdf_test.sh BINARY SOURCE_DIR [GRAPH_DIR]; 77 = skipped (node or the npm packages missing).
set -uo pipefail
bin="$1" src="$2"
modules="$(cd "$src" && pwd)/scripts/node_modules"
command -v node >/dev/null || { echo "node not installed: skipped"; exit 77; }
for m in jsonld oxigraph n3 rdf-validate-shacl; do
  [ -d "$modules/$m" ] || { echo "npm $m not installed (run scripts/setup): skipped"; exit 77; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dir="${3:-}"
if [ -z "$dir" ]; then
  "$bin" build "$src/data/samples/geneva-2022.txt" --date 2022-01-09 -o "$tmp" 2>/dev/null || exit 1
  dir="$tmp"
fi
NODE_PATH="$modules" node "$src/tests/cli/rdf_check.mjs" "$bin" "$dir" "$src/data/ontology/shapes.ttl"
