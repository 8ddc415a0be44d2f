#!/usr/bin/env bash
# The sample's JSON-LD expanded to N-Quads by the jsonld npm package; the quads must hold the
# sample's demands. jsonld_test.sh BINARY SOURCE_DIR; 77 = skipped (node or jsonld missing).
set -uo pipefail
bin="$1" src="$2"
. "$src/tests/cli/node_lib.sh"
require_node_modules jsonld
"$bin" extract "$src/data/samples/geneva-2022.txt" --date 2022-01-09 --format jsonld > "$tmp/g.jsonld" || exit 1
NODE_PATH="$modules" node "$src/tests/cli/jsonld_check.js" "$tmp/g.jsonld"
