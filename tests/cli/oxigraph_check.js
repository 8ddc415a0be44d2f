// Puts each question both as a demarche pattern (demarche query --json over graph.jsonl) and
// as SPARQL (Oxigraph over graph.jsonld) and compares the rows as sets of canonical keys.
// oxigraph_check.js BINARY GRAPH_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const {execFileSync} = require('child_process');
const oxigraph = require('oxigraph');

const [bin, dir] = process.argv.slice(2);
const PREFIXES = `PREFIX dm: <urn:demarche:vocab:>
PREFIX schema: <https://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
`;
// Vocabulary term -> demarche relation name (the names `query` prints for ?relation cells).
const RELATIONS = {demands: 'demands', addressedTo: 'demands-of', rejects: 'rejects', hostedIn: 'hosted-in',
  participatesIn: 'participates-in', represents: 'represents', proposes: 'proposes'};
const ENTITY = 'urn:demarche:';
const VOCAB = 'urn:demarche:vocab:';

const QUESTIONS = [
  {what: 'states demanding of NATO what somebody rejects',
    pattern: '?who:State demands ?d . ?d demands-of NATO . ?x rejects ?d',
    sparql: `SELECT ?who ?d ?x WHERE { ?who a schema:Country ; dm:demands ?d .
             ?d dm:addressedTo <urn:demarche:org:nato> . ?x dm:rejects ?d }`},
  {what: 'who demands what of whom',
    pattern: '?maker demands ?d . ?d demands-of ?of',
    sparql: 'SELECT ?maker ?d ?of WHERE { ?maker dm:demands ?d . ?d dm:addressedTo ?of }'},
  {what: 'persons, the state they represent, and where that state met',
    pattern: '?p:Person represents ?s . ?s participates-in ?m . ?m hosted-in ?c',
    sparql: `SELECT ?p ?s ?m ?c WHERE { ?p a schema:Person ; dm:represents ?s .
             ?s dm:participatesIn ?m . ?m dm:hostedIn ?c }`},
  {what: 'every relation into a meeting',
    pattern: '?a ?r ?m:Meeting',
    sparql: `SELECT ?a ?r ?m WHERE { ?m a schema:Event . ?a ?r ?m .
             FILTER(STRSTARTS(STR(?r), "${VOCAB}") && ?r != dm:maker) }`},
  {what: 'actors who both demand and reject something',
    pattern: '?x demands ?d . ?x rejects ?e',
    sparql: 'SELECT ?x ?d ?e WHERE { ?x dm:demands ?d . ?x dm:rejects ?e }'},
  {what: 'demands the United States rejects, by name',
    pattern: '"United States" rejects ?d . ?maker:State demands ?d',
    sparql: 'SELECT ?d ?maker WHERE { <urn:demarche:state:USA> dm:rejects ?d . ?maker a schema:Country ; dm:demands ?d }'},
];

function keyOf(iri) {
  if (iri.startsWith(VOCAB)) return RELATIONS[iri.slice(VOCAB.length)] || iri;
  if (iri.startsWith(ENTITY)) return decodeURIComponent(iri.slice(ENTITY.length));
  return iri;
}

const store = new oxigraph.Store();
store.load(fs.readFileSync(path.join(dir, 'graph.jsonld'), 'utf8'), {format: 'application/ld+json'});
let failed = 0;
for (const q of QUESTIONS) {
  const out = execFileSync(bin, ['query', path.join(dir, 'graph.jsonl'), q.pattern, '--json'], {encoding: 'utf8'});
  const answer = JSON.parse(out);
  const ours = answer.rows.map((row) => answer.columns.map((c) => {
    const cell = row[c];
    return cell && typeof cell === 'object' ? cell.key : cell;
  }).join(' | ')).sort();
  const theirs = [...new Set(store.query(PREFIXES + q.sparql).map((b) => answer.columns.map((c) => keyOf(b.get(c).value))
      .join(' | ')))].sort();
  const same = ours.length === theirs.length && ours.every((r, i) => r === theirs[i]);
  console.log(`${same ? 'same' : 'DIFFERENT'}: ${q.what}: ${ours.length} rows from demarche, ${theirs.length} from Oxigraph`);
  if (!same) {
    failed++;
    console.log('  demarche only:', ours.filter((r) => !theirs.includes(r)).slice(0, 5));
    console.log('  Oxigraph only:', theirs.filter((r) => !ours.includes(r)).slice(0, 5));
  }
  if (ours.length === 0 && !process.env.ALLOW_EMPTY) { console.log('  (no rows: the question tests nothing)'); failed++; }
}
process.exit(failed ? 1 : 0);
