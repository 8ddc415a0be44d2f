#!/usr/bin/env bash
# GraphML read by xmllint and by Debian's networkx (the Python that apt installs, not a
# virtualenv); the neo4j-admin CSV files read by a CSV parser with the headers neo4j-admin
# expects. graphml_test.sh BINARY SOURCE_DIR; 77 = skipped when a reader is missing.
set -uo pipefail
bin="$1" src="$2"
py=/usr/bin/python3
"$py" -c "import networkx" 2>/dev/null || { echo "python3-networkx not installed (run scripts/setup): skipped"; exit 77; }
command -v xmllint >/dev/null || { echo "xmllint not installed (run scripts/setup): skipped"; exit 77; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# The sample, plus a document whose text carries markup and control characters.
printf 'Russia demanded the "<b>removal</b> & \\"return\\" of \x01 troops\x1b[31m" from Ukraine.\n' > "$tmp/esc.txt"
"$bin" build "$src/data/samples/geneva-2022.txt" "$tmp/esc.txt" --date 2022-01-09 -o "$tmp/out" --formats all 2>/dev/null || fail "build failed"
xmllint --noout "$tmp/out/graph.graphml" || fail "xmllint rejects graph.graphml"
"$py" - "$tmp/out" <<'PY' || fail "networkx or csv disagree with the graph"
import csv, json, sys
import networkx as nx
d = sys.argv[1]
g = nx.read_graphml(d + "/graph.graphml")
lines = [json.loads(l) for l in open(d + "/graph.jsonl", encoding="utf-8")]
nodes = {l["id"]: l for l in lines if l["type"] == "node"}
rels = [l for l in lines if l["type"] == "relationship"]
assert g.number_of_nodes() == len(nodes), (g.number_of_nodes(), len(nodes))
assert g.number_of_edges() == len(rels), (g.number_of_edges(), len(rels))
assert g.nodes["state:RUS"]["type"] == "State" and g.nodes["state:RUS"]["iso3"] == "RUS"
assert g.nodes["state:RUS"]["evidence_count"] == nodes["state:RUS"]["properties"]["evidence_count"]
assert g.has_edge("state:RUS", "demand:rus:east-expand-refusal")
assert any("<b>removal</b>" in a.get("name", "") for _, a in g.nodes(data=True))
# Edge properties: the CAMEO code of each rule-made edge, as in graph.jsonl; none elsewhere.
for r in rels:
    want = r["properties"].get("cameo")
    assert g.edges[r["start"]["id"], r["end"]["id"]].get("cameo") == want, (r["id"], want)
assert g.edges["state:RUS", "demand:rus:east-expand-refusal"]["cameo"] == "100"
assert any(r["label"] == "REPRESENTS" and "cameo" not in r["properties"] for r in rels)
print("networkx %s read %d nodes, %d edges" % (nx.__version__, g.number_of_nodes(), g.number_of_edges()))
# neo4j-admin import headers and one row per node and relationship.
with open(d + "/neo4j/nodes.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
assert rows[0][:4] == ["id:ID", ":LABEL", "name", "key"] and "evidence_count:int" in rows[0], rows[0]
assert len(rows) - 1 == len(nodes) and all(len(r) == len(rows[0]) for r in rows)
with open(d + "/neo4j/relationships.csv", newline="", encoding="utf-8") as f:
    rrows = list(csv.reader(f))
assert rrows[0][:3] == [":START_ID", ":END_ID", ":TYPE"], rrows[0]
assert len(rrows) - 1 == len(rels) and {r[2] for r in rrows[1:]} <= {"DEMANDS", "DEMANDS_OF", "REJECTS", "HOSTED_IN", "PARTICIPATES_IN", "REPRESENTS", "PROPOSES"}
ids = {r[0] for r in rows[1:]}
assert all(r[0] in ids and r[1] in ids for r in rrows[1:]), "a relationship end is not a node id"
assert rrows[0][3] == "cameo", rrows[0]
assert sorted((r[0], r[2], r[1], r[3]) for r in rrows[1:]) == sorted(
    (r["start"]["id"], r["label"], r["end"]["id"], r["properties"].get("cameo", "")) for r in rels)
PY
echo "ok: GraphML and neo4j CSV"
