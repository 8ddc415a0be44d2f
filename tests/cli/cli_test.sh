#!/usr/bin/env bash
# Runs the real demarche binary on one case: cli_test.sh CASE BINARY SOURCE_DIR
# Exit 0 pass, 1 fail (with a message), 77 skipped.
set -uo pipefail
case_name="$1" bin="$2" src="$3"
sample="$src/data/samples/geneva-2022.txt"
tmp="$(mktemp -d)"
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

fail() { echo "FAIL [$case_name]: $*" >&2; exit 1; }
# expect_exit CODE STDERR_PATTERN -- command...
expect_exit() {
  local want="$1" pattern="$2"
  shift 3
  "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  local got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, want $want; stderr: $(head -c 600 "$tmp/stderr")"
  if [ -n "$pattern" ]; then
    grep -qE -- "$pattern" "$tmp/stderr" || fail "'$*': stderr does not match /$pattern/: $(head -c 600 "$tmp/stderr")"
  fi
}

case "$case_name" in
  help)
    expect_exit 0 "" -- "$bin" --help
    grep -q "extract" "$tmp/stdout" && grep -q "build" "$tmp/stdout" || fail "--help lists no subcommands"
    expect_exit 0 "" -- "$bin" extract --help
    grep -q -- "--format" "$tmp/stdout" || fail "extract --help does not mention --format"
    expect_exit 0 "" -- "$bin" build --help
    grep -q -- "--output" "$tmp/stdout" || fail "build --help does not mention --output"
    expect_exit 0 "" -- "$bin" report --help
    grep -q -- "--max-rows" "$tmp/stdout" && grep -q "offline" "$tmp/stdout" || fail "report --help does not describe the report"
    expect_exit 0 "" -- "$bin" --help
    grep -q "report" "$tmp/stdout" || fail "--help does not list report"
    ;;
  usage-errors)
    expect_exit 2 "" -- "$bin"
    expect_exit 2 "format" -- "$bin" extract "$sample" --format pdf
    expect_exit 2 "YYYY-MM-DD" -- "$bin" extract "$sample" --date 2022-13-45
    expect_exit 2 "" -- "$bin" frobnicate
    ;;
  missing-input)
    expect_exit 1 "no-such-file.txt: cannot open" -- "$bin" extract "$tmp/no-such-file.txt"
    expect_exit 1 "cannot open" -- "$bin" build "$tmp/no-such-file.txt" -o "$tmp/out"
    [ ! -e "$tmp/out/graph.jsonl" ] || fail "a failed build left an output file"
    ;;
  empty-input)
    : > "$tmp/empty.txt"
    expect_exit 1 "empty.txt: the document is empty" -- "$bin" extract "$tmp/empty.txt"
    [ ! -s "$tmp/stdout" ] || fail "output written for an empty input"
    ;;
  binary-input)
    head -c 4096 "$bin" > "$tmp/blob.bin"
    expect_exit 1 "blob.bin: .*(NUL|UTF-8)" -- "$bin" extract "$tmp/blob.bin"
    ;;
  invalid-utf8)
    printf 'Talks in Gen\xe8ve began.\n' > "$tmp/latin1.txt"
    expect_exit 1 "latin1.txt: invalid UTF-8 at byte 12" -- "$bin" extract "$tmp/latin1.txt"
    ;;
  bom-crlf)
    printf '\xef\xbb\xbfRussia insists on the withdrawal of troops from Ukraine.\r\nTalks will be held in Geneva tomorrow.\r\n' > "$tmp/crlf.txt"
    expect_exit 0 "" -- "$bin" extract "$tmp/crlf.txt" --date 2022-01-09 --format jsonl
    grep -q '"name":"withdrawal of troops from Ukraine"' "$tmp/stdout" || fail "no demand from a CRLF file with a BOM: $(cat "$tmp/stdout")"
    grep -q '"date":"2022-01-10"' "$tmp/stdout" || fail "no dated meeting from the CRLF file"
    ;;
  build-outputs)
    expect_exit 0 "wrote graph.jsonl, graph.jsonld, graph.dot and graph.svg to" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out" --table
    for f in graph.svg graph.dot graph.jsonld graph.jsonl; do
      [ -s "$tmp/out/$f" ] || fail "missing or empty $f"
    done
    # The default is the design's four formats, nothing else.
    [ "$(cd "$tmp/out" && find . -type f | sort | tr '\n' ' ')" = "./graph.dot ./graph.jsonl ./graph.jsonld ./graph.svg " ] ||
      fail "the default build wrote: $(cd "$tmp/out" && find . -type f | sort | tr '\n' ' ')"
    grep -q "NATO refusal to expand to the east" "$tmp/stdout" || fail "the table lacks the sample's main demand"
    ls "$tmp/out" | grep -q 'tmp-' && fail "temporary files left in the output directory"
    true
    ;;
  timings)
    # --timings: one line after the summary with extraction and every file written, in ms.
    expect_exit 0 "^demarche: timings: extraction [0-9]+ ms; " -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out" --formats jsonl,nquads,svg --timings
    line="$(grep '^demarche: timings: ' "$tmp/stderr")"
    for f in graph.jsonl graph.nq graph.svg; do
      echo "$line" | grep -qE "; $f [0-9]+ ms" || fail "--timings lacks $f: $line"
    done
    echo "$line" | grep -q "graph.jsonld" && fail "--timings names a file not written: $line"
    expect_exit 0 "" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out2" --formats jsonl
    grep -q "timings:" "$tmp/stderr" && fail "timings printed without --timings"
    true
    ;;
  formats)
    # --formats chooses the files; all is every one; an unknown name writes nothing and lists the valid ones.
    expect_exit 0 "" -- "$bin" build --help
    grep -q -- "--formats" "$tmp/stdout" && grep -q "nquads" "$tmp/stdout" || fail "build --help does not describe --formats"
    expect_exit 2 "unknown format 'pdf'.*jsonl, jsonld, nquads, turtle, graphml, dot, svg, csv.*all" -- \
      "$bin" build "$sample" --date 2022-01-09 -o "$tmp/bad" --formats jsonl,pdf
    [ ! -e "$tmp/bad" ] || fail "an unknown format still wrote $(ls -R "$tmp/bad")"
    expect_exit 2 "empty format name" -- "$bin" build "$sample" -o "$tmp/bad" --formats jsonl,,dot
    expect_exit 0 "wrote graph.nq, neo4j/nodes.csv and neo4j/relationships.csv to" -- \
      "$bin" build "$sample" --date 2022-01-09 -o "$tmp/two" --formats "csv, nquads"
    [ "$(cd "$tmp/two" && find . -type f | sort | tr '\n' ' ')" = "./graph.nq ./neo4j/nodes.csv ./neo4j/relationships.csv " ] ||
      fail "--formats csv,nquads wrote: $(cd "$tmp/two" && find . -type f | sort | tr '\n' ' ')"
    expect_exit 0 "writing 10 files" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/all" --formats all
    for f in graph.jsonl graph.jsonld graph.nq graph.ttl graph.graphml graph.dot graph.svg neo4j/nodes.csv neo4j/relationships.csv report.html; do
      [ -s "$tmp/all/$f" ] || fail "--formats all: missing or empty $f"
    done
    # Each format is the same file whether written alone or with all the others.
    cmp -s "$tmp/two/graph.nq" "$tmp/all/graph.nq" || fail "graph.nq differs between --formats nquads and all"
    cmp -s "$tmp/two/neo4j/nodes.csv" "$tmp/all/neo4j/nodes.csv" || fail "nodes.csv differs between --formats csv and all"
    # Files of formats not chosen, left by an earlier build, are named as stale.
    expect_exit 0 "also holds graph.nq, graph.ttl, graph.graphml, neo4j/nodes.csv, neo4j/relationships.csv and report.html from an earlier build" -- \
      "$bin" build "$sample" --date 2022-01-09 -o "$tmp/all" --formats jsonl,jsonld,dot,svg
    # --report adds report.html to the formats chosen; --help says so.
    expect_exit 0 "wrote graph.jsonl and report.html to" -- \
      "$bin" build "$sample" --date 2022-01-09 -o "$tmp/rep" --formats jsonl --report
    grep -q "<!DOCTYPE html>" "$tmp/rep/report.html" || fail "--report: report.html is not a page"
    expect_exit 0 "" -- "$bin" build --help
    grep -q -- "--report" "$tmp/stdout" || fail "build --help does not describe --report"
    ;;
  progress-writing)
    # The progress line goes on while files are written, one step per file with its name; the
    # summary's time covers extraction and writing.
    expect_exit 0 "" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out" --formats all --progress
    tr '\r' '\n' < "$tmp/stderr" > "$tmp/lines"
    i=0
    for f in graph.jsonl graph.jsonld graph.nq graph.ttl graph.graphml graph.dot graph.svg neo4j/nodes.csv neo4j/relationships.csv report.html; do
      i=$((i + 1))
      grep -qF "writing $f ($i/10)" "$tmp/lines" || fail "no progress step 'writing $f ($i/10)': $(cat "$tmp/lines")"
    done
    grep -q "drawing graph.svg" "$tmp/lines" || fail "no progress step while the SVG is drawn"
    grep -q "making report.html" "$tmp/lines" || fail "no progress step while the report is made"
    grep -qE "; 10 files written$" "$tmp/lines" || fail "the progress line does not end after writing"
    grep -qE "^demarche: 1 documents, [0-9]+ sentences, [0-9]+ kB in ([0-9]+) ms \(.*; extraction [0-9]+ ms, writing 10 files [0-9]+ ms\)$" "$tmp/lines" ||
      fail "the summary does not give extraction and writing time: $(cat "$tmp/lines")"
    python3 - "$tmp/lines" <<'PY' || fail "the summary's time is not extraction plus writing"
import re, sys
m = re.search(r"in (\d+) ms .*extraction (\d+) ms, writing 10 files (\d+) ms", open(sys.argv[1]).read())
total, ex, wr = map(int, m.groups())
assert abs(total - ex - wr) <= 1, (total, ex, wr)
PY
    # Without --progress (not a terminal) there is no progress line.
    expect_exit 0 "" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out"
    grep -q "writing graph" "$tmp/stderr" && fail "a progress line without a terminal"
    true
    ;;
  input-warnings)
    # An impossible or malformed "date" and a repeated document id: one warning each naming the
    # file, line and id; the document is read (without the date); --strict makes them errors.
    printf '%s\n' '{"id": "a1", "date": "2022-13-45", "text": "Russia demands guarantees from NATO."}' \
      '{"id": "a2", "date": "soon", "text": "Talks were held in Geneva on Monday."}' \
      '{"id": "a3", "date": "2022-02-30", "text": "Iran rejected the demand."}' \
      '{"id": "a1", "date": "2022-01-10", "text": "Russia demands guarantees from NATO."}' > "$tmp/meta.jsonl"
    expect_exit 0 "meta.jsonl:1 \(\"a1\"\): \"date\" \"2022-13-45\" is not a date.*without a date" -- \
      "$bin" build "$tmp/meta.jsonl" -o "$tmp/out"
    grep -q 'meta.jsonl:2 ("a2"): "date" "soon" is not a date' "$tmp/stderr" || fail "no warning for \"soon\": $(cat "$tmp/stderr")"
    grep -q 'meta.jsonl:3 ("a3"): "date" "2022-02-30" is not a date' "$tmp/stderr" || fail "no warning for 30 February"
    grep -q 'meta.jsonl:4 ("a1"): document id "a1" was already read at .*meta.jsonl:1' "$tmp/stderr" ||
      fail "no warning for the repeated id: $(cat "$tmp/stderr")"
    [ "$(grep -c 'warning:' "$tmp/stderr")" = 4 ] || fail "want 4 warnings: $(cat "$tmp/stderr")"
    grep -q "4 documents" "$tmp/stderr" || fail "not every document was read"
    grep -q '"id":"state:RUS"' "$tmp/out/graph.jsonl" || fail "the document with a bad date was not extracted"
    # Two plain files with one stem are one id too.
    mkdir -p "$tmp/d/x" "$tmp/d/y"
    echo "Russia demands guarantees from NATO." > "$tmp/d/x/same.txt"
    echo "Iran rejected the demand." > "$tmp/d/y/same.txt"
    expect_exit 0 'y/same.txt \("same"\): document id "same" was already read at .*x/same.txt' -- "$bin" build "$tmp/d" -o "$tmp/out2"
    # --strict: the first becomes an error, nothing is written.
    expect_exit 1 'meta.jsonl:1 \("a1"\): "date" "2022-13-45" is not a date.*--strict' -- \
      "$bin" build "$tmp/meta.jsonl" -o "$tmp/strict" --strict
    grep -q "nothing was written" "$tmp/stderr" || fail "--strict does not say that nothing was written"
    [ ! -e "$tmp/strict/graph.jsonl" ] || fail "--strict still wrote graph.jsonl"
    sed -n 4p "$tmp/meta.jsonl" > "$tmp/dup.jsonl"; sed -n 4p "$tmp/meta.jsonl" >> "$tmp/dup.jsonl"
    expect_exit 1 'dup.jsonl:2 \("a1"\): document id "a1" was already read at .*dup.jsonl:1 \(--strict\)' -- \
      "$bin" build "$tmp/dup.jsonl" -o "$tmp/strict" --strict
    expect_exit 1 "--strict" -- "$bin" convert "$tmp/dup.jsonl" -f jsonl --strict
    # Many: the first 20 in full, then a count.
    python3 -c "
import json
for i in range(50): print(json.dumps({'id': 'm%d' % i, 'date': '2022-99-%02d' % (i % 28 + 1), 'text': 'Talks in Geneva.'}))" > "$tmp/many.jsonl"
    expect_exit 0 "30 more like these \(50 in all\)" -- "$bin" build "$tmp/many.jsonl" -o "$tmp/out3"
    [ "$(grep -c 'is not a date' "$tmp/stderr")" = 20 ] || fail "warnings are not capped at 20"
    ;;
  neo4j-array-delimiter)
    # A document id holding ';' (neo4j-admin's default array delimiter): the CSV files use another
    # delimiter and the build names the --array-delimiter to pass. Read the files as neo4j-admin
    # documents it (RFC 4180 fields, then a string[] cell split at the array delimiter, given as
    # a character or U+XXXX): every cell gives back the document ids of graph.jsonl.
    printf '%s\n' '{"id": "reuters;2022;1", "date": "2022-01-09", "text": "Russia demands guarantees from NATO."}' \
      '{"id": "b|2", "date": "2022-01-09", "text": "Russia demands guarantees from NATO."}' > "$tmp/semi.jsonl"
    expect_exit 0 "array-delimiter" -- "$bin" build "$tmp/semi.jsonl" -o "$tmp/out" --formats jsonl,csv
    python3 - "$tmp/out" "$tmp/stderr" <<'PY' || fail "neo4j-admin's reading of the CSV does not give the documents"
import csv, json, re, sys
d, err = sys.argv[1], open(sys.argv[2]).read()
m = re.search(r"--array-delimiter='([^']+)'", err)
arg = m.group(1)
if re.fullmatch(r"U\+[0-9A-Fa-f]{4}", arg): delim = chr(int(arg[2:], 16))
elif re.fullmatch(r"\\[0-9]+", arg): delim = chr(int(arg[1:]))
else:
    assert len(arg) == 1, arg
    delim = arg
assert delim not in ';,"', delim
want = {}
for l in open(d + "/graph.jsonl", encoding="utf-8"):
    o = json.loads(l)
    if o["type"] == "node": want[o["id"]] = sorted(set(o["properties"]["evidence_doc"]))
rows = list(csv.DictReader(open(d + "/neo4j/nodes.csv", newline="", encoding="utf-8")))
assert rows and len(rows) == len(want)
for r in rows:
    assert sorted(r["evidence_doc:string[]"].split(delim)) == want[r["id:ID"]], (r["id:ID"], r["evidence_doc:string[]"])
assert any("reuters;2022;1" in r["evidence_doc:string[]"].split(delim) for r in rows)
PY
    ;;
  unwritable-output)
    mkdir -p "$tmp/ro"
    chmod 555 "$tmp/ro"
    if touch "$tmp/ro/probe" 2>/dev/null; then
      echo "running as a user who can write anywhere; using a path under a regular file instead"
      : > "$tmp/file"
      expect_exit 1 "file/out" -- "$bin" build "$sample" -o "$tmp/file/out"
    else
      expect_exit 1 "ro/graph" -- "$bin" build "$sample" -o "$tmp/ro"
    fi
    ;;
  deterministic)
    "$bin" build "$sample" --date 2022-01-09 -o "$tmp/a" 2>/dev/null || fail "first build failed"
    "$bin" build "$sample" --date 2022-01-09 -o "$tmp/b" 2>/dev/null || fail "second build failed"
    for f in graph.svg graph.dot graph.jsonld graph.jsonl; do
      cmp -s "$tmp/a/$f" "$tmp/b/$f" || fail "$f differs between two runs"
    done
    ;;
  stdin-input)
    expect_exit 0 "" -- bash -c "'$bin' extract - --date 2022-01-09 --format table < '$sample'"
    grep -q "Geneva" "$tmp/stdout" || fail "nothing extracted from standard input"
    ;;
  closed-stdout)
    # A reader that goes away must not crash the writer: exit 0 or 1, never a signal.
    bash -c "'$bin' extract '$sample' --date 2022-01-09 --format jsonld | head -c 10 > /dev/null; exit \${PIPESTATUS[0]}"
    code=$?
    [ "$code" -le 1 ] || fail "exit $code with a closed standard output"
    ;;
  graphviz-parses-dot)
    command -v dot >/dev/null || { echo "graphviz 'dot' not installed"; exit 77; }
    "$bin" extract "$sample" --date 2022-01-09 --format dot > "$tmp/g.dot" || fail "extract --format dot failed"
    dot -Tsvg "$tmp/g.dot" -o "$tmp/g.svg" 2>"$tmp/dot.err" || fail "dot rejected our DOT: $(cat "$tmp/dot.err")"
    [ ! -s "$tmp/dot.err" ] || fail "dot warned: $(cat "$tmp/dot.err")"
    grep -q "Geneva" "$tmp/g.svg" || fail "the rendered SVG lacks Geneva"
    ;;
  svg-is-xml-and-jsonl-is-json)
    "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out" 2>/dev/null || fail "build failed"
    python3 - "$tmp/out" <<'PY' || fail "an output does not parse"
import json, sys, xml.dom.minidom
d = sys.argv[1]
xml.dom.minidom.parse(d + "/graph.svg")
json.load(open(d + "/graph.jsonld", encoding="utf-8"))
n = 0
for line in open(d + "/graph.jsonl", encoding="utf-8"):
    json.loads(line)
    n += 1
assert n > 20, n
PY
    ;;
  jsonl-input)
    expect_exit 0 "3 documents" -- "$bin" build "$src/tests/data/corpus/articles.jsonl" -o "$tmp/out" --table
    grep -q "fishing concessions" "$tmp/stdout" || fail "no demand from the JSON lines"
    # The same meeting reported by two articles is one node: Oslo, 2021-03-04.
    [ "$(grep -c '^{"type":"node","id":"meeting:' "$tmp/out/graph.jsonl")" = 2 ] ||
      fail "meetings not merged: $(grep '"id":"meeting:' "$tmp/out/graph.jsonl" | cut -c1-120)"
    grep -q '"id":"meeting:2021-03-04:oslo-nor:gbr+nor".*"documents":2' "$tmp/out/graph.jsonl" ||
      fail "the Oslo talks are not supported by both articles"
    grep -q '"documents":2,"first_seen":"2021-03-01","last_seen":"2021-03-05"' "$tmp/out/graph.jsonl" ||
      fail "evidence does not accumulate across documents"
    ;;
  directory-input)
    expect_exit 0 "5 documents" -- "$bin" build "$src/tests/data/corpus" --date 2021-03-01 -o "$tmp/out"
    grep -q '"name":"Busan"' "$tmp/out/graph.jsonl" || fail "sub/b1.txt was not read"
    ;;
  bad-jsonl)
    printf '{"id": "x", "text": "Talks in Geneva."}\n{"id": "y", "text": "trunc\n' > "$tmp/bad.jsonl"
    expect_exit 1 "bad.jsonl:2: not a JSON object" -- "$bin" build "$tmp/bad.jsonl" -o "$tmp/out"
    [ ! -e "$tmp/out/graph.jsonl" ] || fail "a failed build wrote output"
    printf '{"id": "z"}\n' > "$tmp/notext.jsonl"
    expect_exit 1 'notext.jsonl:1: missing "text"' -- "$bin" build "$tmp/notext.jsonl" -o "$tmp/out"
    ;;
  jobs-identical)
    inputs=("$src/tests/data/corpus" "$src/data/samples/geneva-2022.txt")
    reuters="$src/../shared/corpus/reuters21578.jsonl"
    if [ -f "$reuters" ]; then head -n 600 "$reuters" > "$tmp/reuters600.jsonl"; inputs+=("$tmp/reuters600.jsonl"); fi
    "$bin" build "${inputs[@]}" --date 2021-03-01 -o "$tmp/j1" --jobs 1 --formats all 2>/dev/null || fail "--jobs 1 failed"
    "$bin" build "${inputs[@]}" --date 2021-03-01 -o "$tmp/j2" --jobs 2 --formats all 2>/dev/null || fail "--jobs 2 failed"
    "$bin" build "${inputs[@]}" --date 2021-03-01 -o "$tmp/j3" --jobs 3 --formats all 2>/dev/null || fail "--jobs 3 failed"
    for f in graph.svg graph.dot graph.jsonld graph.jsonl graph.nq graph.ttl graph.graphml neo4j/nodes.csv neo4j/relationships.csv; do
      cmp -s "$tmp/j1/$f" "$tmp/j2/$f" || fail "$f differs between --jobs 1 and --jobs 2"
      cmp -s "$tmp/j1/$f" "$tmp/j3/$f" || fail "$f differs between --jobs 1 and --jobs 3"
    done
    ;;
  big-graph-svg)
    expect_exit 0 "negotiation core" -- "$bin" build "$src/tests/data/corpus" "$src/data/samples/geneva-2022.txt" --date 2021-03-01 -o "$tmp/out" --svg-max-nodes 10
    python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$tmp/out/graph.svg" || fail "the excerpt SVG is not XML"
    n="$(grep -c '<g id="node' "$tmp/out/graph.svg")"
    [ "$n" -le 10 ] && [ "$n" -ge 6 ] || fail "the excerpt holds $n nodes, not 6 to 10"
    grep -q '<title>demand:' "$tmp/out/graph.svg" || fail "the negotiation core draws no demand"
    # --focus: one actor's neighbourhood in every output; an unknown actor writes nothing.
    expect_exit 0 "" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/focus" --focus NATO --depth 1
    python3 - "$tmp/focus/graph.jsonl" <<'PY' || fail "build --focus NATO --depth 1"
import json, sys
items = [json.loads(line) for line in open(sys.argv[1])]
nodes = {i["id"] for i in items if i["type"] == "node"}
edges = [i for i in items if i["type"] != "node"]
assert "org:nato" in nodes and "state:USA" not in nodes, sorted(nodes)
assert all("org:nato" in (e["start"]["id"], e["end"]["id"]) for e in edges), edges
PY
    expect_exit 1 "no node called 'Atlantis'" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/never" --focus Atlantis
    [ ! -e "$tmp/never/graph.jsonl" ] || fail "a failed --focus wrote a graph"
    expect_exit 0 "" -- "$bin" convert "$tmp/out/graph.jsonl" --focus Geneva --depth 2 -f jsonl -o "$tmp/geneva.jsonl"
    grep -q '"id":"state:RUS"' "$tmp/geneva.jsonl" && ! grep -q '"id":"org:osce"' "$tmp/geneva.jsonl" || fail "convert --focus Geneva --depth 2"
    ;;
  roundtrip)
    # Load, write again: byte-identical, whichever format is read and written.
    expect_exit 0 "" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out"
    for pair in jsonl:jsonl jsonld:jsonld jsonl:jsonld jsonld:jsonl jsonld:dot; do
      from="${pair%%:*}" to="${pair##*:}"
      expect_exit 0 "" -- "$bin" convert "$tmp/out/graph.$from" -f "$to" -o "$tmp/again.$to"
      cmp -s "$tmp/out/graph.$to" "$tmp/again.$to" || fail "graph.$from -> $to is not byte-identical"
    done
    # Edge properties survive the trip: the CAMEO code of every rule-made edge.
    for f in out/graph.jsonl again.jsonl; do
      grep -q '"label":"DEMANDS",.*"properties":{"cameo":"100",' "$tmp/$f" || fail "$f: a demands edge without its CAMEO code"
      grep -q '"label":"REJECTS",.*"properties":{"cameo":"120",' "$tmp/$f" || fail "$f: a rejects edge without its CAMEO code"
    done
    for f in out/graph.jsonld again.jsonld; do
      grep -q '"predicate":"dm:demands","object":"[^"]*","cameo":"100"' "$tmp/$f" || fail "$f: a demands statement without its CAMEO code"
    done
    grep -q 'cameo=100' "$tmp/again.dot" || fail "again.dot: no cameo attribute"
    # Several graphs are merged by key: a graph merged with itself is itself.
    expect_exit 0 "" -- "$bin" convert "$tmp/out/graph.jsonl" "$tmp/out/graph.jsonld" -f jsonl -o "$tmp/self.jsonl"
    cmp -s "$tmp/out/graph.jsonl" "$tmp/self.jsonl" || fail "merging a graph with itself changed it"
    head -c 500 "$tmp/out/graph.jsonld" > "$tmp/truncated.jsonld"
    expect_exit 1 "truncated.jsonld: not JSON" -- "$bin" convert "$tmp/truncated.jsonld" -f jsonl -o "$tmp/never.jsonl"
    [ ! -e "$tmp/never.jsonl" ] || fail "a failed convert left a file"
    ;;
  queries)
    expect_exit 0 "" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out"
    g="$tmp/out/graph.jsonl"
    # Piped output is TSV: a header, then rows. Names as users type them.
    expect_exit 0 "" -- "$bin" demands "$g" --by Washington
    [ "$(cat "$tmp/stdout")" = "$(printf 'maker\tdemand\tof\tfirst_seen\tlast_seen\nUnited States\tunilateral concessions\tRussia\t2022-01-09\t2022-01-09')" ] ||
      fail "demands --by Washington: $(cat "$tmp/stdout")"
    expect_exit 0 "" -- "$bin" demands "$g" --of "the U.S." --table
    grep -q '^maker  *demand  *of  *first_seen  *last_seen$' "$tmp/stdout" && grep -q '^-----' "$tmp/stdout" || fail "--table is not aligned"
    grep -q 'legally enforceable security guarantees' "$tmp/stdout" || fail "demands --of the U.S. misses Russia's demand"
    # Time windows over the documents' dates, sorting and limits.
    expect_exit 0 "" -- "$bin" demands "$g" --by Russia --from 2022-01 --to 2022-01-31
    [ "$(wc -l < "$tmp/stdout")" = 7 ] || fail "demands --from/--to inside the article's month: $(cat "$tmp/stdout")"
    expect_exit 0 "" -- "$bin" demands "$g" --by Russia --from 2022-01-10
    [ "$(cat "$tmp/stdout")" = "$(printf 'maker\tdemand\tof\tfirst_seen\tlast_seen')" ] || fail "demands --from after the article: $(cat "$tmp/stdout")"
    expect_exit 1 "after --to" -- "$bin" rejections "$g" --from 2023 --to 2022
    expect_exit 0 "" -- "$bin" demands "$g" --sort evidence --limit 2
    [ "$(wc -l < "$tmp/stdout")" = 3 ] || fail "demands --limit 2: $(cat "$tmp/stdout")"
    expect_exit 0 "" -- "$bin" stance "$g" "expanding east" --sort actor --limit 1
    [ "$(tail -1 "$tmp/stdout" | cut -f2,3)" = "$(printf 'rejects\tJoe Biden')" ] && [ "$(wc -l < "$tmp/stdout")" = 2 ] || fail "stance in other word forms, --sort actor: $(cat "$tmp/stdout")"
    expect_exit 2 "size not in" -- "$bin" demands "$g" --sort size
    expect_exit 0 "" -- "$bin" query "$g" '?a:State participates-in ?m . ?b:State participates-in ?m . ?a != ?b' --tsv
    ! awk -F'\t' 'NR > 1 && $1 == $3' "$tmp/stdout" | grep -q . || fail "query with != pairs a state with itself: $(cat "$tmp/stdout")"
    [ "$(wc -l < "$tmp/stdout")" -gt 1 ] || fail "query with != found no pair"
    # A name that fits several nodes answers for all of them and says which.
    printf 'President Bill Clinton met Secretary of State Hillary Clinton in Paris on Monday.\n' > "$tmp/clintons.txt"
    expect_exit 0 "note: 'Clinton' matches 2 nodes: Bill Clinton \\(person:bill-clinton\\), Hillary Clinton" -- \
      "$bin" actor "$tmp/clintons.txt" Clinton --date 2012-01-02
    [ "$(tail -n +2 "$tmp/stdout" | cut -f1 | LC_ALL=C sort -u | tr "\n" ,)" = "Bill Clinton,Hillary Clinton," ] || fail "actor Clinton: $(cat "$tmp/stdout")"
    expect_exit 0 "" -- "$bin" meetings "$tmp/out/graph.jsonld" --in Switzerland --json --evidence
    python3 - "$tmp/stdout" <<'PY' || fail "meetings --json"
import json, sys
a = json.load(open(sys.argv[1]))
assert a["columns"] == ["date", "meeting", "city", "status", "participants"], a["columns"]
[row] = a["rows"]
assert row["city"][0]["key"] == "city:geneva-che" if isinstance(row["city"], list) else row["city"]["key"] == "city:geneva-che"
assert {p["key"] for p in row["participants"]} == {"state:RUS", "state:USA"}
assert row["evidence"] and row["evidence"][0]["doc"] == "geneva-2022" and "Geneva" in row["evidence"][0]["quote"]
PY
    expect_exit 0 "" -- "$bin" rejections "$g" --by Biden --evidence
    [ "$(wc -l < "$tmp/stdout")" = 4 ] || fail "rejections --by Biden: $(cat "$tmp/stdout")"
    grep -q 'saying "no' "$tmp/stdout" || fail "rejections --evidence does not quote the sentence"
    expect_exit 0 "" -- "$bin" stance "$g" "Baltic"
    grep -q $'\trejects\tUnited States' "$tmp/stdout" || fail "stance: $(cat "$tmp/stdout")"
    expect_exit 0 "" -- "$bin" actor "$g" nato
    grep -q $'\tdemands-of\tin\t' "$tmp/stdout" || fail "actor nato shows no demand addressed to it"
    expect_exit 0 "" -- "$bin" path "$g" Biden Geneva
    [ "$(tail -1 "$tmp/stdout" | cut -f3,4)" = "$(printf 'hosted-in\tGeneva')" ] || fail "path: $(cat "$tmp/stdout")"
    expect_exit 0 "no chain" -- "$bin" path "$g" Biden OSCE
    expect_exit 0 "" -- "$bin" path "$g" Biden Geneva --all --max 2
    [ "$(cut -f1 "$tmp/stdout" | tail -1)" = 2 ] && [ "$(sed -n 2p "$tmp/stdout" | cut -f1,2,4)" = "$(printf '1\t1\trepresents')" ] ||
      fail "path --all --max 2: $(cat "$tmp/stdout")"
    expect_exit 2 "requires --all" -- "$bin" path "$g" Biden Geneva --max 2
    # CAMEO codes in --json answers, PLOVER-style records out of convert.
    expect_exit 0 "" -- "$bin" demands "$g" --by US --json
    grep -q '"cameo":"100"' "$tmp/stdout" || fail "demands --json without the CAMEO code: $(cat "$tmp/stdout")"
    expect_exit 0 "" -- "$bin" convert "$g" -f plover -o "$tmp/events.jsonl"
    python3 - "$tmp/events.jsonl" <<'PY' || fail "convert -f plover"
import json, sys
records = [json.loads(line) for line in open(sys.argv[1])]
assert {r["event"] for r in records} == {"DEMAND", "REJECT", "CONSULT"}, records
for r in records:
    assert r["id"] and r["text"] and r["doc"] == "geneva-2022" and r["source"], r
    assert all(a["code"] for a in r["source"] + r["target"] if a["type"] == "State"), r
assert any(r["event"] == "DEMAND" and r["cameo"] == "100" and r["source"][0]["code"] == "RUS"
           and any(t["key"] == "org:nato" for t in r["target"]) for r in records)
PY
    expect_exit 0 "" -- "$bin" demands "$g" --about "expanding east"
    [ "$(tail -n +2 "$tmp/stdout" | cut -f2 | sort -u)" = "NATO refusal to expand to the east" ] || fail "demands --about: $(cat "$tmp/stdout")"
    expect_exit 0 "" -- "$bin" query "$g" '?who:State demands ?d . ?d demands-of NATO . ?x rejects ?d'
    [ "$(wc -l < "$tmp/stdout")" = 7 ] || fail "query: $(cat "$tmp/stdout")"
    # Straight over articles: the same answer as over the saved graph.
    expect_exit 0 "" -- "$bin" demands "$sample" --date 2022-01-09 --by Russia
    "$bin" demands "$g" --by Russia | cmp -s - "$tmp/stdout" || fail "demands over the article differ from over its graph"
    # Errors: what went wrong, where, and what to try.
    expect_exit 2 "column 4: expected a relation" -- "$bin" query "$g" '?a likes ?b'
    expect_exit 1 "no node is called 'Atlantis'" -- "$bin" query "$g" '?a demands-of Atlantis'
    expect_exit 1 "no actor called 'Atlantis'" -- "$bin" demands "$g" --by Atlantis
    expect_exit 1 "YYYY" -- "$bin" meetings "$g" --from yesterday
    expect_exit 2 "two actors" -- "$bin" path Biden
    mkdir "$tmp/empty"
    (cd "$tmp/empty" && "$bin" demands >"$tmp/stdout" 2>"$tmp/stderr"); [ $? -eq 2 ] || fail "no input and no out/graph.jsonl"
    grep -q "no input given" "$tmp/stderr" || fail "no input: $(cat "$tmp/stderr")"
    (cd "$tmp" && "$bin" demands --by Russia >"$tmp/stdout" 2>"$tmp/stderr") || fail "the default input out/graph.jsonl"
    grep -q "Russia" "$tmp/stdout" || fail "the default input gave no rows"
    ;;
  huge-line)
    # One 100 MB line, as text and as a JSON-lines article: refused up front with the size,
    # the limit and the flag that raises it; nothing is written.
    head -c 100000000 /dev/zero | tr '\0' 'a' > "$tmp/huge.txt"
    expect_exit 1 "huge.txt: 100000000 bytes is larger than the limit.*--max-bytes" -- "$bin" extract "$tmp/huge.txt"
    { printf '{"id":"huge","text":"'; cat "$tmp/huge.txt"; printf '"}\n'; } > "$tmp/huge.jsonl"
    rm "$tmp/huge.txt"
    expect_exit 1 "huge.jsonl:1.*larger than the limit.*--max-bytes" -- "$bin" build "$tmp/huge.jsonl" -o "$tmp/out"
    [ ! -e "$tmp/out/graph.jsonl" ] || fail "a refused build left graph.jsonl"
    ;;
  long-sentence)
    # 10,000 tokens without a full stop: cut into bounded sentences, still extracted.
    python3 -c "print('Russia demands guarantees from NATO ' + 'and more talks in Geneva ' * 2000)" > "$tmp/long.txt"
    expect_exit 0 "" -- "$bin" extract "$tmp/long.txt" --format jsonl
    grep -q '"id":"state:RUS"' "$tmp/stdout" || fail "nothing extracted from a 10,000-token sentence"
    ;;
  many-documents)
    # 100,000 tiny documents in one JSON-lines file: one merged graph, every document counted.
    python3 - "$tmp/many.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(100000):
        f.write(json.dumps({"id": f"d{i}", "date": "2022-01-09", "text": "Russia demands guarantees from NATO."}) + "\n")
PY
    expect_exit 0 "100000 documents" -- "$bin" build "$tmp/many.jsonl" -o "$tmp/out" --jobs 2
    python3 - "$tmp/out/graph.jsonl" <<'PY' || fail "the merged graph of 100,000 documents is wrong"
import json, sys
nodes = [json.loads(l) for l in open(sys.argv[1])]
rus = next(n for n in nodes if n["id"] == "state:RUS")
assert rus["properties"]["documents"] == 100000, rus["properties"]["documents"]
demands = [n for n in nodes if n.get("labels") == ["Demand"]]
assert len(demands) == 1 and demands[0]["properties"]["evidence_count"] == 100000, demands
PY
    ;;
  escaping)
    # Quotes, backslashes, markup, ampersands, control characters and HTML in the text must
    # come out valid in every format, as judged by the programs that read them.
    printf 'Russia demanded the "<b>removal</b> & \\"return\\" \\\\ of \x01\x02 troops\x1b[31m" from Ukraine.\nThe United States rejected the demand <script>alert(1)</script> & more.\nTalks in Geneva on Monday.\n' > "$tmp/esc.txt"
    expect_exit 0 "" -- "$bin" build "$tmp/esc.txt" --date 2022-01-09 -o "$tmp/out"
    grep -q '<b>removal</b>' "$tmp/out/graph.jsonl" || fail "the demand with markup was not extracted"
    if command -v xmllint >/dev/null; then
      xmllint --noout "$tmp/out/graph.svg" 2>"$tmp/xml.err" || fail "xmllint rejects the SVG: $(head -5 "$tmp/xml.err")"
    else
      python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$tmp/out/graph.svg" || fail "the SVG is not XML"
    fi
    if command -v dot >/dev/null; then
      dot -Tsvg "$tmp/out/graph.dot" > /dev/null 2>"$tmp/dot.err" || fail "dot rejects the DOT: $(cat "$tmp/dot.err")"
    fi
    python3 - "$tmp/out" <<'PY' || fail "the JSON outputs do not parse back to the same text"
import json, sys
d = sys.argv[1]
names = [json.loads(l)["properties"].get("name", "") for l in open(d + "/graph.jsonl")]
assert any('<b>removal</b> & \\"return\\" \\\\ of troops' in n for n in names), names
ld = json.load(open(d + "/graph.jsonld"))
quotes = [item["text"] for item in ld["@graph"] if item["@type"] == "dm:Sentence"]
assert any("\x01\x02" in q for q in quotes), "evidence quotes must keep the text exactly"
PY
    modules="$src/scripts/node_modules"
    if command -v node >/dev/null && [ -d "$modules/jsonld" ] && [ -d "$modules/oxigraph" ]; then
      NODE_PATH="$modules" node -e '
        const fs = require("fs"), jsonld = require("jsonld"), ox = require("oxigraph");
        const text = fs.readFileSync(process.argv[1], "utf8");
        const loader = (url) => { throw new Error("remote context " + url); };
        jsonld.toRDF(JSON.parse(text), {format: "application/n-quads", documentLoader: loader}).then((nq) => {
          const store = new ox.Store();
          store.load(text, {format: "application/ld+json"});
          store.load(nq, {format: "application/n-quads", to_graph_name: ox.namedNode("urn:x:copy")});
          const rows = store.query("SELECT ?n WHERE { ?d a <urn:demarche:vocab:Demand> ; <https://schema.org/name> ?n }");
          if (!rows.some((b) => b.get("n").value.includes("<b>removal</b>"))) throw new Error("Oxigraph lost the name");
        }).catch((e) => { console.error(e.message); process.exit(1); });' "$tmp/out/graph.jsonld" ||
        fail "jsonld.js or Oxigraph rejects the JSON-LD"
    fi
    ;;
  jsonld-fields)
    expect_exit 0 "" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/out"
    # An unknown string field is kept as a property; an unknown field of another type and a
    # missing key are refused with the item and the field.
    python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
ld = json.load(open(d + "/out/graph.jsonld"))
ld["@graph"][0]["note"] = "checked by hand"
json.dump(ld, open(d + "/extra.jsonld", "w"))
ld["@graph"][0]["rating"] = 5
json.dump(ld, open(d + "/typed.jsonld", "w"))
del ld["@graph"][0]["rating"]
del ld["@graph"][1]["key"]
json.dump(ld, open(d + "/nokey.jsonld", "w"))
PY
    expect_exit 0 "" -- "$bin" convert "$tmp/extra.jsonld" -f jsonl
    grep -q '"note":"checked by hand"' "$tmp/stdout" || fail "an extra field was dropped"
    expect_exit 1 "item 1: \"rating\" must be a string" -- "$bin" convert "$tmp/typed.jsonld" -f jsonl
    expect_exit 1 "item 2: \"key\" must be present" -- "$bin" convert "$tmp/nokey.jsonld" -f jsonl
    expect_exit 2 "format" -- "$bin" convert "$tmp/out/graph.jsonl" -f pdf
    ;;
  full-disk)
    # A write that fails part-way (ENOSPC) leaves no file behind and says so.
    expect_exit 1 "standard output" -- bash -c "'$bin' extract '$sample' --format jsonld > /dev/full"
    mkdir "$tmp/small"
    if mount -t tmpfs -o size=64k tmpfs "$tmp/small" 2>/dev/null; then
      trap 'umount "$tmp/small" 2>/dev/null; rm -rf "$tmp"' EXIT
      expect_exit 1 "graph\..*(No space|space)" -- "$bin" build "$sample" --date 2022-01-09 -o "$tmp/small"
      leftovers="$(ls -A "$tmp/small")"
      [ -z "$leftovers" ] || [ "$(ls -A "$tmp/small" | grep -c tmp-)" = 0 ] || fail "temporary files left on the full disk: $leftovers"
      for f in "$tmp"/small/graph.*; do
        [ -e "$f" ] || continue
        case "$f" in *.jsonl) python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$f" || fail "partial $f" ;; esac
      done
    else
      echo "cannot mount a small tmpfs here (not root): tested /dev/full only"
    fi
    ;;
  output-fifo)
    # A FIFO given as -o receives the output and is still a FIFO (never renamed over).
    # Every process here has a timeout, so that a writer that misses the FIFO cannot hang it.
    expect_exit 0 "" -- "$bin" convert "$sample" --date 2022-01-09 -f jsonl -o "$tmp/want.jsonl"
    mkfifo "$tmp/fifo" || fail "mkfifo failed"
    timeout 20 cat "$tmp/fifo" > "$tmp/got" &
    reader=$!
    expect_exit 0 "" -- timeout 20 "$bin" convert "$sample" --date 2022-01-09 -f jsonl -o "$tmp/fifo"
    [ -p "$tmp/fifo" ] || { kill "$reader" 2>/dev/null; fail "the FIFO was replaced by a $(stat -c %F "$tmp/fifo")"; }
    wait "$reader" || fail "the reader of the FIFO got nothing (exit $?)"
    cmp -s "$tmp/want.jsonl" "$tmp/got" || fail "the FIFO did not carry the output: $(head -c 200 "$tmp/got")"
    ls "$tmp" | grep -q 'tmp-' && fail "temporary files left beside the FIFO"
    true
    ;;
  output-symlink)
    # A link given as -o stays a link; its target, in another directory, holds the output.
    mkdir "$tmp/real" "$tmp/links"
    echo old > "$tmp/real/graph.jsonl"
    ln -s ../real/graph.jsonl "$tmp/links/graph.jsonl"
    ln -s ../real/new.dot "$tmp/links/dangling.dot"
    expect_exit 0 "" -- "$bin" convert "$sample" --date 2022-01-09 -f jsonl -o "$tmp/links/graph.jsonl"
    [ -L "$tmp/links/graph.jsonl" ] || fail "the link was replaced by a $(stat -c %F "$tmp/links/graph.jsonl")"
    [ "$(readlink "$tmp/links/graph.jsonl")" = ../real/graph.jsonl ] || fail "the link points elsewhere now"
    grep -q '"id":"state:RUS"' "$tmp/real/graph.jsonl" || fail "the link's target does not hold the output"
    expect_exit 0 "" -- "$bin" convert "$sample" --date 2022-01-09 -f dot -o "$tmp/links/dangling.dot"
    [ -L "$tmp/links/dangling.dot" ] || fail "the dangling link was replaced"
    grep -q '^digraph' "$tmp/real/new.dot" || fail "a dangling link's target was not created"
    ls "$tmp/real" "$tmp/links" | grep -q 'tmp-' && fail "temporary files left"
    true
    ;;
  output-stdout)
    # -o - is standard output wherever -o exists; where -o takes a directory it is a usage error.
    expect_exit 0 "" -- "$bin" convert "$sample" --date 2022-01-09 -f jsonl
    mv "$tmp/stdout" "$tmp/want.jsonl"
    mkdir "$tmp/cwd"
    cd "$tmp/cwd" || fail "cd"
    expect_exit 0 "" -- "$bin" convert "$sample" --date 2022-01-09 -f jsonl -o -
    cmp -s "$tmp/want.jsonl" "$tmp/stdout" || fail "convert -o - did not write standard output: $(head -c 200 "$tmp/stdout")"
    [ ! -e "$tmp/cwd/-" ] || fail "convert -o - wrote a file called -"
    expect_exit 2 "build: -o takes a directory.*convert" -- "$bin" build "$sample" -o -
    expect_exit 2 "give -o DIRECTORY" -- "$bin" convert "$sample" -f csv -o -
    [ -z "$(ls -A "$tmp/cwd")" ] || fail "-o - left files: $(ls -A "$tmp/cwd")"
    ;;
  output-dev-null)
    # As root, renaming over /dev/null would replace the device for the whole machine.
    [ -c /dev/null ] || { echo "/dev/null is not a character device here"; exit 77; }
    expect_exit 0 "" -- "$bin" convert "$sample" --date 2022-01-09 -f table -o /dev/null
    [ -c /dev/null ] || fail "/dev/null is no longer a character device: $(stat -c %F /dev/null)"
    if [ -c /dev/full ]; then
      expect_exit 1 "/dev/full: write failed.*(No space|full)" -- "$bin" convert "$sample" -f jsonl -o /dev/full
      [ -c /dev/full ] || fail "/dev/full is no longer a character device"
    fi
    ;;
  build-output-file)
    # build -o names a directory: an existing file is refused, untouched, with what to do.
    echo keep > "$tmp/file"
    expect_exit 1 "file: exists and is not a directory \\(give a directory" -- "$bin" build "$sample" -o "$tmp/file"
    [ "$(cat "$tmp/file")" = keep ] || fail "the file given as -o was changed"
    [ -z "$(ls "$tmp" | grep 'tmp-')" ] || fail "temporary files left"
    ;;
  *)
    fail "unknown case"
    ;;
esac
echo "ok [$case_name]"
