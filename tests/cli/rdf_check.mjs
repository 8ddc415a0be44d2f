// The RDF exports judged by real RDF programs. rdf_check.mjs BINARY GRAPH_DIR SHAPES_TTL
//  1. jsonld.js expands graph.jsonld to N-Quads: the same triples as demarche's graph.nq
//     (graph names dropped) and graph.ttl, compared as sets of RDF terms by Oxigraph.
//     graph.nq holds the compact provenance model: one default graph, each triple once.
//  2. Oxigraph loads graph.jsonld and graph.nq; SPARQL "who demands what of whom" gives the
//     same rows as `demarche demands --json`.
//  3. rdf-validate-shacl: graph.ttl conforms to data/ontology/shapes.ttl; a broken copy not.
import fs from 'fs';
import path from 'path';
import {execFileSync} from 'child_process';
import {createRequire} from 'module';
const require = createRequire(process.env.NODE_PATH + '/');
const jsonld = require('jsonld');
const oxigraph = require('oxigraph');
const N3 = require('n3');
const {default: SHACLValidator} = await import(path.join(process.env.NODE_PATH, 'rdf-validate-shacl/index.js'));
const {default: rdfDataset} = await import(path.join(process.env.NODE_PATH, '@rdfjs/dataset/index.js'));

const [bin, dir, shapesPath] = process.argv.slice(2);
const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');
let failed = 0;
const check = (ok, what) => { console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`); if (!ok) failed++; };

function triples(text, format) {
  const store = new oxigraph.Store();
  store.load(text, {format});
  return new Set(store.match().map((q) => `${q.subject} ${q.predicate} ${q.object}`));
}
function same(a, b, what) {
  const onlyA = [...a].filter((t) => !b.has(t)), onlyB = [...b].filter((t) => !a.has(t));
  check(onlyA.length === 0 && onlyB.length === 0, `${what}: ${a.size} and ${b.size} triples`);
  for (const t of onlyA.slice(0, 3)) console.log('   only in the first:', t.slice(0, 300));
  for (const t of onlyB.slice(0, 3)) console.log('   only in the second:', t.slice(0, 300));
}

// 1. Three serialisations, one set of triples.
const doc = JSON.parse(read('graph.jsonld'));
const documentLoader = (url) => { throw new Error('remote context requested: ' + url); };
const expanded = await jsonld.toRDF(doc, {format: 'application/n-quads', documentLoader});
const ours = triples(read('graph.nq'), 'application/n-quads');
same(triples(expanded, 'application/n-quads'), ours, 'jsonld.js N-Quads of graph.jsonld = graph.nq');
same(triples(read('graph.ttl'), 'text/turtle'), ours, 'graph.ttl = graph.nq');
same(triples(read('graph.jsonld'), 'application/ld+json'), ours, 'Oxigraph reading graph.jsonld = graph.nq');
const nq = new oxigraph.Store();
nq.load(read('graph.nq'), {format: 'application/n-quads'});
// The compact model (export/rdf.h): one default graph, each triple once (no line twice),
// each sentence once with its text, every annotation targeting a sentence of a document.
const graphs = new Set(nq.match().map((q) => q.graph.termType));
const nqLines = read('graph.nq').split('\n').filter((l) => l).length;
check(graphs.size === 1 && graphs.has('DefaultGraph') && nqLines === nq.size,
      `graph.nq: everything in the default graph, each of its ${nq.size} triples on one line (${nqLines} lines; graphs: ${[...graphs]})`);
const count = (q) => Number(nq.query(q)[0].get('n').value);
const P = 'PREFIX dm: <urn:demarche:vocab:> PREFIX oa: <http://www.w3.org/ns/oa#> ';
const sentences = count(P + 'SELECT (COUNT(?s) AS ?n) WHERE { ?s a dm:Sentence }');
const texts = count(P + 'SELECT (COUNT(?t) AS ?n) WHERE { ?s a dm:Sentence ; dm:text ?t }');
const targets = count(P + 'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?a a oa:Annotation ; oa:hasTarget ?s }');
const orphans = count(P + `SELECT (COUNT(?a) AS ?n) WHERE { ?a a oa:Annotation .
    FILTER NOT EXISTS { ?a oa:hasTarget/dm:document/a dm:Document } }`);
check(sentences > 0 && texts === sentences && targets === sentences && orphans === 0,
      `each sentence once with its text (${sentences}), all targeted; every annotation reaches a document (${orphans} do not)`);

// 2. Who demands what of whom, three ways.
const QUERY = `PREFIX dm: <urn:demarche:vocab:>
SELECT DISTINCT ?maker ?demand ?of WHERE { ?maker dm:demands ?demand . OPTIONAL { ?demand dm:addressedTo ?of } }`;
const key = (t) => (t ? decodeURIComponent(t.value.slice('urn:demarche:'.length)) : '');
const rows = (store, options) => store.query(QUERY, options)
    .map((b) => [key(b.get('maker')), key(b.get('demand')), key(b.get('of'))].join(' | ')).sort();
const ld = new oxigraph.Store();
ld.load(read('graph.jsonld'), {format: 'application/ld+json'});
const answer = JSON.parse(execFileSync(bin, ['demands', path.join(dir, 'graph.jsonl'), '--json'], {encoding: 'utf8'}));
const mine = answer.rows.map((r) => [r.maker.key, r.demand.key, r.of ? r.of.key : ''].join(' | ')).sort();
const fromLd = rows(ld), fromNq = rows(nq);
check(JSON.stringify(fromLd) === JSON.stringify(mine), `SPARQL over graph.jsonld = demarche demands (${mine.length} rows)`);
check(JSON.stringify(fromNq) === JSON.stringify(mine), `SPARQL over graph.nq = demarche demands`);
if (process.env.SHOW_QUERY) { console.log(QUERY); for (const r of fromNq) console.log('  ' + r); }
// Every statement's CAMEO codes (dm:cameo) are those of its relationship in graph.jsonl.
const CAMEO = `PREFIX dm: <urn:demarche:vocab:>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o (GROUP_CONCAT(?code; separator=";") AS ?codes) WHERE {
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dm:cameo ?code } GROUP BY ?s ?p ?o`;
const term = (t) => t.value.startsWith('urn:demarche:vocab:') ? t.value.slice(19) : key(t);
const coded = (store, options) => store.query(CAMEO, options)
    .map((b) => [term(b.get('s')), term(b.get('p')), term(b.get('o')), b.get('codes').value.split(';').sort().join(';')].join(' | ')).sort();
const TERMS = {DEMANDS: 'demands', DEMANDS_OF: 'addressedTo', REJECTS: 'rejects', HOSTED_IN: 'hostedIn',
               PARTICIPATES_IN: 'participatesIn', REPRESENTS: 'represents', PROPOSES: 'proposes'};
const lines = read('graph.jsonl').split('\n').filter((l) => l).map((l) => JSON.parse(l));
const wanted = lines.filter((l) => l.type === 'relationship' && l.properties.cameo)
    .map((l) => [l.start.id, TERMS[l.label], l.end.id, l.properties.cameo].join(' | ')).sort();
const cameoLd = coded(ld), cameoNq = coded(nq);
check(wanted.length > 0 && JSON.stringify(cameoLd) === JSON.stringify(wanted),
      `SPARQL dm:cameo over graph.jsonld = cameo in graph.jsonl (${wanted.length} edges)`);
check(JSON.stringify(cameoNq) === JSON.stringify(wanted), `SPARQL dm:cameo over graph.nq = cameo in graph.jsonl`);

// 3. SHACL.
const parse = (text, format) => {
  const ds = rdfDataset.dataset();
  for (const q of new N3.Parser({format}).parse(text)) ds.add(q);
  return ds;
};
const shapes = parse(fs.readFileSync(shapesPath, 'utf8'), 'text/turtle');
const validator = new SHACLValidator(shapes);
const good = await validator.validate(parse(read('graph.ttl'), 'text/turtle'));
check(good.conforms, `graph.ttl conforms to shapes.ttl`);
for (const r of good.results.slice(0, 5)) console.log('   ', r.focusNode?.value, r.path?.value, r.message.map((m) => m.value).join(' '));
// Broken: a demand whose maker is a city, an actor without a key, a bad ISO code, a bad
// CAMEO code on a statement.
const broken = read('graph.ttl') + `
<urn:demarche:demand:x> a dm:Demand ; schema:name "x" ; dm:key "demand:x" .
<urn:demarche:city:geneva-che> dm:demands <urn:demarche:demand:x> .
<urn:demarche:state:XX> a schema:Country ; schema:name "Nowhere" ; dm:iso3 "xx1" .
<urn:demarche:statement:x> a rdf:Statement ; rdf:subject <urn:demarche:state:RUS> ; rdf:predicate dm:demands ;
    rdf:object <urn:demarche:demand:x> ; dm:cameo "10a" .
`;
const bad = await new SHACLValidator(shapes).validate(parse(broken, 'text/turtle'));
check(!bad.conforms && bad.results.length >= 4, `a broken export is rejected (${bad.results.length} violations)`);
check(bad.results.some((r) => r.path?.value === 'urn:demarche:vocab:cameo'), `a bad CAMEO code is a violation`);
process.exit(failed ? 1 : 0);
