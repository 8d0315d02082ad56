// Parity harness: runs queries with the browser's search code (assets/search/engine.js) against an exported site
// and prints the top hits with their float bits. Used by org.clausebook.search.ParityTest through ProcessBuilder.
// Usage: node parity.mjs ASSETS_SEARCH_DIR SITE_DIR < queries.json   ([{ "lang": "nl", "q": "…" }, …])
import { openSite, readStdinJson } from './harness.mjs';

const [assets, site] = process.argv.slice(2);
const searchSite = await openSite(assets, site);
const queries = await readStdinJson();
const bits = new DataView(new ArrayBuffer(4));
const out = [];
for (const { lang, q } of queries) {
  const index = await searchSite.index(lang);
  const { hits, count, correction } = await index.search(q);
  const top = [];
  for (const hit of hits.slice(0, 10)) {
    bits.setFloat32(0, hit.score);
    const record = await index.record(hit.doc);
    top.push({ id: record.id, doc: hit.doc, bits: bits.getUint32(0).toString(16).padStart(8, '0') });
  }
  out.push({ lang, q, count, correction, hits: top });
}
process.stdout.write(JSON.stringify(out));
