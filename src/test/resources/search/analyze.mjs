// Stemmer-agreement harness: analyses words with the browser's chain (assets/search/analyzer.js) and stems them
// with the vendored stemmer alone. Used by org.clausebook.search.StemmerAgreementTest through ProcessBuilder.
// Usage: node analyze.mjs ASSETS_SEARCH_DIR < {"analysis": {…manifest analysis…}, "words": ["…"]}
// Prints {"terms": [[…], …], "stems": ["…", …], "spans": [[[start, end, term], …], …]}
// (stems: stemmer(lowerCase(word)) without the rest of the chain; spans: the kept words' offsets in each input).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [assets] = process.argv.slice(2);
const { Analyzer, loadStemmer, lowerCase } = await import(pathToFileURL(join(assets, 'analyzer.js')).href);
let input = '';
process.stdin.setEncoding('utf8'); // decode across chunk boundaries: a chunk may end inside a character
for await (const chunk of process.stdin) input += chunk;
const { analysis, words } = JSON.parse(input);
const stem = await loadStemmer(analysis.stemmer);
const analyzer = new Analyzer(analysis, stem);
process.stdout.write(JSON.stringify({
  terms: words.map(w => analyzer.tokens(w).map(t => t.term)),
  stems: words.map(w => stem(lowerCase(w))),
  spans: words.map(w => analyzer.tokens(w).map(t => [t.start, t.end, t.term])),
}));
