# Sourced by the tests that run npm clients: node_lib.sh sets `modules` (absolute path of
# scripts/node_modules) and `tmp` (removed on exit), and provides:
#   require_node_modules NAME...   exit 77 (skipped) unless node and each package are there
#   sample_graph_dir [DIR]         DIR if given, else the sample built into $tmp with --formats all (echoes it)
modules="$(cd "$src" && pwd)/scripts/node_modules"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
require_node_modules() {
  command -v node >/dev/null || { echo "node not installed: skipped"; exit 77; }
  local m
  for m in "$@"; do
    [ -d "$modules/$m" ] || { echo "npm $m not installed (run scripts/setup): skipped"; exit 77; }
  done
}
sample_graph_dir() {
  if [ -n "${1:-}" ]; then echo "$1"; return; fi
  "$bin" build "$src/data/samples/geneva-2022.txt" --date 2022-01-09 -o "$tmp" --formats all 2>/dev/null || exit 1
  echo "$tmp"
}
