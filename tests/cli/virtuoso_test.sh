#!/usr/bin/env bash
# Debian's Virtuoso (virtuoso-opensource-7-bin) bulk-loads the sample's graph.nq and answers
# "who demands what of whom" with the rows `demarche demands` gives. The server runs from a
# config in a temporary directory, on a loopback port, and is shut down at the end.
# virtuoso_test.sh BINARY SOURCE_DIR [GRAPH_DIR]; 77 = skipped (virtuoso-t not installed).
set -uo pipefail
bin="$1" src="$2"
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null ||
  { echo "virtuoso-t not installed (scripts/setup installs virtuoso-opensource-7-bin): skipped"; exit 77; }
tmp="$(mktemp -d)"
port=$((21000 + RANDOM % 8000))
isql() { isql-vt "$port" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF ERRORS=stdout exec="$1" 2>&1; }
cleanup() {
  isql "shutdown;" >/dev/null 2>&1 || true
  [ -f "$tmp/pid" ] && kill "$(cat "$tmp/pid")" 2>/dev/null
  sleep 0.5
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$tmp/virtuoso.log" ] && tail -5 "$tmp/virtuoso.log" >&2; exit 1; }
dir="${3:-}"
if [ -z "$dir" ]; then
  "$bin" build "$src/data/samples/geneva-2022.txt" --date 2022-01-09 -o "$tmp/out" --formats all 2>/dev/null || fail "build failed"
  dir="$tmp/out"
fi
dir="$(cd "$dir" && pwd)"
cat > "$tmp/virtuoso.ini" <<INI
[Database]
DatabaseFile = $tmp/virtuoso.db
ErrorLogFile = $tmp/virtuoso.log
LockFile = $tmp/virtuoso.lck
TransactionFile = $tmp/virtuoso.trx
xa_persistent_file = $tmp/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $tmp/virtuoso-temp.db
TransactionFile = $tmp/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$port
ServerThreads = 4
CheckpointInterval = 0
NumberOfBuffers = 100000
MaxDirtyBuffers = 75000
DirsAllowed = ., $tmp, $dir
INI
virtuoso-t +configfile "$tmp/virtuoso.ini" +foreground > "$tmp/server.out" 2>&1 &
echo $! > "$tmp/pid"
for _ in $(seq 1 120); do
  isql "status();" >/dev/null 2>&1 && break
  sleep 0.5
done
isql "status();" >/dev/null 2>&1 || fail "virtuoso-t did not start on port $port"
start=$(date +%s%N)
out="$(isql "ld_dir('$dir', 'graph.nq', 'urn:demarche:default'); rdf_loader_run(); checkpoint; SELECT ll_state, ll_error FROM DB.DBA.load_list;")"
end=$(date +%s%N)
echo "$out" | grep -qE '^2 +NULL' || fail "bulk load failed: $out"
count="$(isql "SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'urn:demarche:')) };" | tr -dc '0-9')"
lines="$(grep -c . "$dir/graph.nq")"
[ "$count" = "$lines" ] || fail "Virtuoso holds $count quads, graph.nq has $lines"
echo "virtuoso: loaded $count quads in $(( (end - start) / 1000000 )) ms"
# The same question, both ways, as "maker | demand | of" keys.
isql "SPARQL PREFIX dm: <urn:demarche:vocab:> SELECT DISTINCT ?maker ?demand ?of WHERE { ?maker dm:demands ?demand . OPTIONAL { ?demand dm:addressedTo ?of } };" |
  awk '/urn:demarche:/ { for (i = 1; i <= 3; i++) { v = $i; sub("^urn:demarche:", "", v); if (v == "NULL" || v == "") v = ""; f[i] = v }
                         print f[1] " | " f[2] " | " f[3] }' | sort > "$tmp/virtuoso.txt"
"$bin" demands "$dir/graph.jsonl" --json | /usr/bin/python3 -c "
import json, sys
a = json.load(sys.stdin)
for r in a['rows']:
    print(' | '.join([r['maker']['key'], r['demand']['key'], r['of']['key'] if r['of'] else '']))" | sort > "$tmp/demarche.txt"
[ -s "$tmp/demarche.txt" ] || fail "demarche gave no demands"
# Virtuoso prints IRIs as stored (percent-escapes kept): compare after decoding them.
/usr/bin/python3 -c "import sys, urllib.parse; print(urllib.parse.unquote(open(sys.argv[1]).read()), end='')" \
  "$tmp/virtuoso.txt" > "$tmp/virtuoso-decoded.txt"
diff "$tmp/demarche.txt" "$tmp/virtuoso-decoded.txt" > "$tmp/diff" || fail "Virtuoso and demarche differ: $(head -20 "$tmp/diff")"
echo "ok: Virtuoso answers like demarche ($(wc -l < "$tmp/demarche.txt") rows)"
