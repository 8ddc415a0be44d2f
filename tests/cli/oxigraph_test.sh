#!/usr/bin/env bash
# The pattern language against SPARQL: the same questions put to Oxigraph (npm oxigraph,
# which loads our JSON-LD itself) and to `demarche query` must give the same rows.
# oxigraph_test.sh BINARY SOURCE_DIR [GRAPH_DIR]; 77 = skipped (node or oxigraph missing).
set -uo pipefail
bin="$1" src="$2"
. "$src/tests/cli/node_lib.sh"
require_node_modules oxigraph
graph_dir="$(sample_graph_dir "${3:-}")" || exit 1
NODE_PATH="$modules" node "$src/tests/cli/oxigraph_check.js" "$bin" "$graph_dir"
