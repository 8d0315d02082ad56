// Fallback harness: runs queries with the browser's search code (assets/search/engine.js) against an exported site,
// in "this language" ({ fallbacks: true }) or "all languages" ({ fallbacks: false }) mode, and prints every hit with
// its record. Used by org.clausebook.search.FallbackSearchTest through ProcessBuilder.
// Usage: node fallback.mjs ASSETS_SEARCH_DIR SITE_DIR < queries.json   ([{ "lang", "q", "fallbacks" }, …])
import { openSite, readStdinJson } from './harness.mjs';

const [assets, site] = process.argv.slice(2);
const searchSite = await openSite(assets, site);
const queries = await readStdinJson();
const out = [];
for (const { lang, q, fallbacks } of queries) {
  const index = await searchSite.index(lang);
  const { hits, count } = await index.search(q, { fallbacks });
  const records = [];
  for (const hit of hits) {
    const record = await index.record(hit.doc);
    records.push({ hitLang: hit.lang, hitTextLang: hit.textLang, ...record });
  }
  out.push({ lang, q, count, hits: records });
}
process.stdout.write(JSON.stringify(out));
