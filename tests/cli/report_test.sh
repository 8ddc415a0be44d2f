#!/usr/bin/env bash
# The HTML report in a real browser: Debian's chromium, headless, loads the page from a
# file:// URL and dumps the DOM after its script ran; its log gives the console messages and
# its net log every request. Checks, on the sample's report: the expected rows, the script ran
# (data-ready), no console message, no network request, a linked view sorts and filters; on a hostile article and graph (names,
# quotes, ids, titles and URLs holding <script>, " onerror=, </textarea>, javascript:): the
# payloads show as text, no element was injected, nothing ran (the payloads would set
# document.title). Leaves a screenshot of the sample's report in ARTEFACT_DIR.
# report_test.sh BINARY SOURCE_DIR ARTEFACT_DIR; 77 = skipped when chromium is missing.
set -uo pipefail
bin="$1" src="$2" art="$3"
browser="$(command -v chromium || true)"
[ -n "$browser" ] || { echo "chromium not installed (run scripts/setup): skipped"; exit 77; }
py=/usr/bin/python3
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Loads a page headless; leaves NAME.dom (the DOM after load), NAME.log (browser log) and
# NAME.net.json (net log).
open_page() {  # open_page NAME FILE [extra flags]
  local name="$1" file="$2"
  shift 2
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --user-data-dir="$tmp/profile-$name" --enable-logging=stderr --v=0 --log-net-log="$tmp/$name.net.json" \
    "$@" --dump-dom "file://$file" >"$tmp/$name.dom" 2>"$tmp/$name.log" || fail "chromium failed on $file: $(tail -5 "$tmp/$name.log")"
  [ -s "$tmp/$name.dom" ] || fail "chromium gave no DOM for $file: $(tail -5 "$tmp/$name.log")"
}

# Console messages (errors, warnings, logs; a CSP violation is one) and requests the page made
# (requests of the page have the file:// top frame in their network isolation key; the
# browser's own requests do not).
check_quiet() {  # check_quiet NAME
  if grep -E ':CONSOLE[:(]' "$tmp/$1.log"; then fail "$1: console messages (above)"; fi
  "$py" - "$tmp/$1.net.json" <<'PY' || fail "$1: the page made network requests"
import json, sys
d = json.load(open(sys.argv[1]))
names = {v: k for k, v in d["constants"]["logEventTypes"].items()}
bad = set()
for e in d["events"]:
    p = e.get("params") or {}
    if names.get(e["type"]) == "URL_REQUEST_START_JOB" and str(p.get("network_isolation_key", "")).startswith("file:"):
        if not str(p.get("url", "")).startswith("file:"):
            bad.add(p.get("url"))
for u in sorted(bad):
    print("request:", u)
sys.exit(1 if bad else 0)
PY
}

# --- The sample: `report` and `build --report` give the same page. ---
"$bin" report "$src/data/samples/geneva-2022.txt" --date 2022-01-09 -o "$tmp/sample.html" || fail "report failed"
"$bin" build "$src/data/samples/geneva-2022.txt" --date 2022-01-09 --report -o "$tmp/out" --no-progress 2>/dev/null ||
  fail "build --report failed"
cmp -s "$tmp/sample.html" "$tmp/out/report.html" || fail "build --report and report differ"
grep -qiE '(src|href)="(https?:)?//|url\(|@import' "$tmp/sample.html" && fail "the page refers to something to load"
open_page sample "$tmp/sample.html"
check_quiet sample
"$py" - "$tmp/sample.dom" <<'PY' || fail "the sample's report lacks expected rows"
import sys
from html.parser import HTMLParser

class Tables(HTMLParser):
    """Cells of every table (by id) as text, the evidence <details> left out."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.table, self.row, self.cell, self.skip = {}, None, None, None, 0
        self.attrs_of_html = {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html": self.attrs_of_html = a
        if tag == "table": self.table = self.tables.setdefault(a.get("id"), [])
        elif tag == "tr" and self.table is not None: self.row = []
        elif tag in ("td", "th") and self.row is not None: self.cell = ""
        elif tag == "details": self.skip += 1
    def handle_endtag(self, tag):
        if tag == "details": self.skip -= 1
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(self.cell.strip()); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.table.append(self.row); self.row = None
        elif tag == "table": self.table = None
    def handle_data(self, data):
        if self.cell is not None and not self.skip: self.cell += data

t = Tables()
t.feed(open(sys.argv[1], encoding="utf-8").read())
ok = True
def need(cond, what):
    global ok
    if not cond: print("missing:", what); ok = False
need(t.attrs_of_html.get("data-ready") == "1", "the page's script did not finish (no data-ready)")
demands = t.tables.get("demands-table", [])
need(demands and demands[0][:4] == ["Demand", "Made by", "Of", "Rejected by"], "demands header")
row = [r for r in demands if r[0] == "NATO refusal to expand to the east"]
need(row and "Russia" in row[0][1] and row[0][2] == "NATO" and "United States" in row[0][3],
     "Russia demands of NATO 'NATO refusal to expand to the east', rejected by the United States: %r" % row)
need(row and row[0][5] == "2022-01-09", "first seen 2022-01-09")
rej = t.tables.get("rejections-table", [])
need(any(r[0] == "United States" and r[1] == "NATO refusal to expand to the east" for r in rej), "the US rejection")
meet = t.tables.get("meetings-table", [])
geneva = [r for r in meet if r[0] == "2022-01-10" and r[2] == "Geneva"]
need(geneva and "Russia" in geneva[0][4] and "United States" in geneva[0][4],
     "the Geneva meeting on 2022-01-10 with Russia and the United States: %r" % geneva)
dom = open(sys.argv[1], encoding="utf-8").read()
need("<svg" in dom and "NATO refusal to expand" in dom.split("<svg", 1)[1], "the picture (SVG) with the demand")
need('id="actors"' in dom and "<details class=\"actor\" open=" in dom, "the actor panels")
need("geneva-2022" in dom and "<mark>" in dom, "the evidence (document id, marked span)")
sys.exit(0 if ok else 1)
PY
# The inline script sorts and filters: a linked view (?filter.TABLE=words&sort.TABLE=COLUMN).
open_page view "$tmp/sample.html?filter.meetings-table=OSCE%20consultations&sort.demands-table=1"
check_quiet view
"$py" - "$tmp/view.dom" <<'PY' || fail "sorting or filtering does not work"
import re, sys
from html.parser import HTMLParser

class Rows(HTMLParser):
    """(table id, hidden, first cell's text) of every body row."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.table, self.body, self.cell, self.first = [], None, False, None, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table": self.table = a.get("id")
        elif tag == "tbody": self.body = True
        elif tag == "tr" and self.body: self.rows.append([self.table, "hidden" in a, ""]); self.first = True
        elif tag == "td" and self.body and self.first: self.cell = True
        elif tag == "details": self.cell = False
    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None: self.cell = None; self.first = False
        elif tag == "tbody": self.body = False
    def handle_data(self, data):
        if self.cell: self.rows[-1][2] += data

r = Rows()
r.feed(open(sys.argv[1], encoding="utf-8").read())
demands = [t for tid, h, t in r.rows if tid == "demands-table"]
assert demands == sorted(demands, key=str.lower) and demands[0] == "legally enforceable security guarantees", demands
shown = [t for tid, h, t in r.rows if tid == "meetings-table" and not h]
hidden = [t for tid, h, t in r.rows if tid == "meetings-table" and h]
assert shown == ["2022-01-13"] and "2022-01-10" in hidden, (shown, hidden)
PY
mkdir -p "$art"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --user-data-dir="$tmp/profile-shot" --hide-scrollbars --window-size=1280,2000 \
  --screenshot="$art/report-sample.png" "file://$tmp/sample.html" >/dev/null 2>&1 ||
  fail "chromium could not take a screenshot"
[ -s "$art/report-sample.png" ] || fail "no screenshot"
echo "screenshot: $art/report-sample.png"

# --- A hostile article, and a saved graph whose names are payloads. ---
"$py" - "$tmp/hostile.jsonl" <<'PY'
import json, sys
text = ("Russia demanded the \"<script>document.title='PWNED-quote'</script></textarea>\" withdrawal of "
        "NATO troops from Estonia. The United States rejected the demand.")
art = {"id": "x\"><img src=x onerror=\"document.title='PWNED-id'\">", "date": "2022-01-09",
       "title": "</textarea><script>document.title='PWNED-title'</script>",
       "url": "javascript:document.title='PWNED-url'", "text": text}
safe = {"id": "plain", "date": "2022-01-10", "title": "A \" onerror=\"document.title='PWNED-link'",
        "url": "https://example.org/a?b=\"><script>", "text": "Russia demanded the withdrawal of NATO troops from Latvia."}
linked = {"id": "linked", "date": "2022-01-11", "title": "Talks", "url": "https://example.org/news/1",
          "text": "Russia demanded the withdrawal of NATO troops from Lithuania."}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("".join(json.dumps(a) + "\n" for a in (art, safe, linked)))
PY
"$bin" build "$tmp/hostile.jsonl" -o "$tmp/h" --formats jsonl --no-progress 2>/dev/null || fail "build of the hostile article failed"
"$py" - "$tmp/h/graph.jsonl" "$tmp/hostile-graph.jsonl" <<'PY' || fail "the hostile article gave no Russia or demand"
import json, sys
names = {"state:RUS": "Russia<script>document.title='PWNED-name'</script>\u2028</script><!--",
         "state:USA": "\" onerror=\"document.title='PWNED-attr'\" x=\"</textarea><img src=x onerror=alert(1)>"}
seen = set()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        if d["type"] == "node" and d["id"] in names:
            d["properties"]["name"] = names[d["id"]]
            seen.add(d["id"])
        out.write(json.dumps(d) + "\n")
sys.exit(0 if "state:RUS" in seen else 1)
PY
"$bin" report "$tmp/hostile-graph.jsonl" "$tmp/hostile.jsonl" -o "$tmp/hostile.html" 2>/dev/null || fail "report of the hostile input failed"
open_page hostile "$tmp/hostile.html"
check_quiet hostile
"$py" - "$tmp/hostile.dom" <<'PY' || fail "the hostile report ran or injected something"
import re, sys
from html.parser import HTMLParser

class Scan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.title, self.in_title, self.text, self.hrefs, self.handlers = [], None, False, [], [], []
        self.depth_svg = 0
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "svg": self.depth_svg += 1
        if tag == "title" and not self.depth_svg: self.in_title = True; self.title = ""
        for k, v in attrs:
            if k.startswith("on"): self.handlers.append((tag, k, v))
            if k in ("href", "src", "xlink:href"): self.hrefs.append((tag, k, v))
    def handle_endtag(self, tag):
        if tag == "svg": self.depth_svg -= 1
        if tag == "title": self.in_title = False
    def handle_data(self, data):
        if self.in_title: self.title += data
        self.text.append(data)

s = Scan()
dom = open(sys.argv[1], encoding="utf-8").read()
s.feed(dom)
text = "".join(s.text)
ok = True
def need(cond, what):
    global ok
    if not cond: print("FAILED:", what); ok = False
need(re.search(r'<html[^>]*data-ready="1"', dom), "the page's own script ran to its end")
need(s.title == "demarche report", "document.title unchanged: %r" % s.title)
need(s.tags.count("script") == 2, "only the page's two script elements: %d" % s.tags.count("script"))
need("img" not in s.tags and "textarea" not in s.tags, "no injected img or textarea element")
need(not s.handlers, "no event-handler attribute: %r" % s.handlers[:3])
need(all(v.startswith(("#", "http://", "https://")) for _, _, v in s.hrefs), "links are http(s) or in-page: %r" % s.hrefs)
need(not any("script" in v for _, _, v in s.hrefs), "the unsafe https URL is not a link")
need(("a", "href", "https://example.org/news/1") in s.hrefs, "an article's https URL is a link")
for payload in ["<script>document.title='PWNED-quote'</script>", "javascript:document.title='PWNED-url'",
                "x\"><img src=x onerror=\"document.title='PWNED-id'\">", "Russia<script>document.title='PWNED-name'</script>",
                "\" onerror=\"document.title='PWNED-attr'\"", "</textarea><script>document.title='PWNED-title'</script>",
                "A \" onerror=\"document.title='PWNED-link'", "https://example.org/a?b=\"><script>"]:
    need(payload in text, "shown as text: %s" % payload)
sys.exit(0 if ok else 1)
PY
echo "ok: sample rows, no console message, no request; hostile payloads shown as text, nothing ran"
