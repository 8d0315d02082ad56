// Stemmer-agreement harness: analyses words with the browser's chain (assets/search/analyzer.js) and stems them
// with the vendored stemmer alone. Used by org.clausebook.search.StemmerAgreementTest through ProcessBuilder.
// Usage: node analyze.mjs ASSETS_SEARCH_DIR < {"analysis": {…manifest analysis…}, "words": ["…"]}
// Prints {"terms": [[…], …], "stems": ["…", …], "spans": [[[start, end, term], …], …]}
// (stems: stemmer(lowerCase(word)) without the rest of the chain; spans: the kept words' offsets in each input).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readStdinJson } from './harness.mjs';

const [assets] = process.argv.slice(2);
const { Analyzer, loadStemmer, lowerCase } = await import(pathToFileURL(join(assets, 'analyzer.js')).href);
const { analysis, words } = await readStdinJson();
const stem = await loadStemmer(analysis.stemmer);
const analyzer = new Analyzer(analysis, stem);
process.stdout.write(JSON.stringify({
  terms: words.map(w => analyzer.tokens(w).map(t => t.term)),
  stems: words.map(w => stem(lowerCase(w))),
  spans: words.map(w => analyzer.tokens(w).map(t => [t.start, t.end, t.term])),
}));
