#!/usr/bin/env bash
# core/ includes nothing of ours outside core/; extract/ and export/ only core/ and themselves;
# public headers of export/ name no Graphviz or RapidJSON type.
set -uo pipefail
src="$1"
bad=0
check() {  # DIR ALLOWED_REGEX
  local dir="$1" allowed="$2"
  while IFS= read -r line; do
    echo "layering: $line" >&2
    bad=1
  done < <(grep -HnE '#include "(core|extract|export|cli)/' "$src/$dir"/*.h "$src/$dir"/*.cc | grep -vE "#include \"($allowed)/")
}
check core core
check extract 'core|extract'
check extract/text 'core|extract'
check export 'core|export'
for h in "$src"/export/*.h; do
  case "$(basename "$h")" in json_util.h | json_read.h) continue ;; esac  # private to export/*.cc
  if grep -HnE 'graphviz|rapidjson' "$h"; then bad=1; fi
done
for h in "$src"/core/*.h "$src"/extract/*.h "$src"/extract/text/*.h; do
  if grep -HnE '#include <(graphviz|rapidjson|CLI)' "$h"; then bad=1; fi
done
[ "$bad" -eq 0 ] && echo "ok: layers respected"
exit "$bad"
