#!/usr/bin/env bash
# The RDF exports read by jsonld.js, Oxigraph and rdf-validate-shacl (tests/cli/rdf_check.mjs).
# rdf_test.sh BINARY SOURCE_DIR [GRAPH_DIR]; 77 = skipped (node or the npm packages missing).
set -uo pipefail
bin="$1" src="$2"
. "$src/tests/cli/node_lib.sh"
require_node_modules jsonld oxigraph n3 rdf-validate-shacl
dir="$(sample_graph_dir "${3:-}")" || exit 1
NODE_PATH="$modules" node "$src/tests/cli/rdf_check.mjs" "$bin" "$dir" "$src/data/ontology/shapes.ttl"
