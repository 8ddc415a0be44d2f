#!/usr/bin/env bash
# The pattern language against SPARQL: the same questions put to Oxigraph (npm oxigraph,
# which loads our JSON-LD itself) and to `demarche query` must give the same rows.
# oxigraph_test.sh BINARY SOURCE_DIR [GRAPH_DIR]; 77 = skipped (node or oxigraph missing).
set -uo pipefail
bin="$1" src="$2"
modules="$src/scripts/node_modules"
command -v node >/dev/null || { echo "node not installed: skipped"; exit 77; }
[ -d "$modules/oxigraph" ] || { echo "npm oxigraph not installed (run scripts/setup): skipped"; exit 77; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
graph_dir="${3:-}"
if [ -z "$graph_dir" ]; then
  "$bin" build "$src/data/samples/geneva-2022.txt" --date 2022-01-09 -o "$tmp" 2>/dev/null || exit 1
  graph_dir="$tmp"
fi
NODE_PATH="$modules" node "$src/tests/cli/oxigraph_check.js" "$bin" "$graph_dir"
