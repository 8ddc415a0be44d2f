// Expands a demarche JSON-LD file to N-Quads with jsonld.js (no network: the context is inline)
// and checks that the quads say who demands what of whom and who rejects it.
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

const DM = 'urn:demarche:vocab:';
const NAME = 'https://schema.org/name';

async function main() {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  // Refuse any remote context: everything must be inline.
  const documentLoader = (url) => { throw new Error('remote context requested: ' + url); };
  const nquads = await jsonld.toRDF(doc, {format: 'application/n-quads', documentLoader});
  const quads = nquads.trim().split('\n');
  const triples = quads.map((q) => q.match(/^(\S+) (\S+) (.*) \.$/)).filter(Boolean);
  const names = new Map();
  for (const [, s, p, o] of triples) if (p === `<${NAME}>`) names.set(s, JSON.parse(o.replace(/\^\^.*$|@[a-z-]+$/, '')));
  const rel = (pred) => triples.filter(([, , p]) => p === `<${DM}${pred}>`)
      .map(([, s, , o]) => `${names.get(s)} -> ${names.get(o)}`);
  const demands = rel('demands'), of = rel('addressedTo'), rejects = rel('rejects');
  const expect = [
    [demands, 'Russia -> NATO refusal to expand to the east'],
    [demands, 'Russia -> legally enforceable security guarantees'],
    [demands, 'United States -> unilateral concessions'],
    [of, 'NATO refusal to expand to the east -> NATO'],
    [of, 'unilateral concessions -> Russia'],
    [rejects, 'United States -> NATO refusal to expand to the east'],
    [rejects, 'Russia -> unilateral concessions'],
  ];
  let failed = 0;
  for (const [list, want] of expect) {
    if (!list.includes(want)) {
      console.error(`missing in N-Quads: ${want}`);
      failed++;
    }
  }
  const evidence = triples.filter(([, , p]) => p === `<${DM}rule>`).length;
  const sentences = triples.filter(([, , p]) => p === `<${DM}text>`).length;
  if (evidence === 0 || sentences === 0) { console.error('no evidence annotations (dm:rule) or dm:text sentences in the N-Quads'); failed++; }
  console.log(`${quads.length} quads; ${demands.length} demands, ${of.length} addressedTo, ` +
              `${rejects.length} rejects, ${evidence} evidence annotations on ${sentences} sentences`);
  process.exit(failed ? 1 : 0);
}
main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
