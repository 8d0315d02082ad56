// Answers queries from the static files of org.clausebook.search.SearchExport, with the scores Lucene's
// IndexSearcher gives (LanguageIndex.search): same analysis, same BM25 in float arithmetic, same tie-break.
// Runs in the browser and in Node (the parity test). File layout: docs/search-format.md.

import { Analyzer, loadStemmer } from './analyzer.js';
import { avgFieldLength, fround, idf, normCache, score } from './bm25.js';
import { decodePostings, fnv1a, gunzip, parseFacets, parseShard } from './format.js';

/** The only file with a fixed name; everything it points to is immutable. */
export const ENTRY = 'search.json';

/** The format of search.json and manifest.json this reader understands (Manifest.FORMAT). */
export const FORMAT = 2;

/**
 * A site's search files. load(path, { revalidate }) returns the bytes of a path relative to the site root;
 * revalidate is set only for the entry file.
 */
export class SearchSite {
  constructor(load) {
    this.load = load;
    this.entryPromise = null;
    this.indexes = new Map();
  }

  async entry() {
    if (!this.entryPromise) {
      this.entryPromise = this.load(ENTRY, { revalidate: true }).then(json).then(entry => {
        if (entry.format !== FORMAT) throw new Error('unknown search format ' + entry.format);
        return entry;
      });
      this.entryPromise.catch(() => { this.entryPromise = null; });
    }
    return this.entryPromise;
  }

  /** The languages with an index, in site order. */
  async languages() {
    return (await this.entry()).languages.map(l => l.lang);
  }

  /** The index of one language (opened once). */
  index(lang) {
    if (!this.indexes.has(lang)) {
      const opening = this.entry().then(entry => {
        const language = entry.languages.find(l => l.lang === lang);
        if (!language) throw new Error('no search index for ' + lang);
        return LanguageIndex.open(this.load, lang, language.path);
      });
      opening.catch(() => this.indexes.delete(lang));
      this.indexes.set(lang, opening);
    }
    return this.indexes.get(lang);
  }
}

function json(bytes) {
  return JSON.parse(new TextDecoder().decode(bytes));
}

export class LanguageIndex {
  static async open(load, lang, path) {
    const manifest = json(await load(path + 'manifest.json'));
    if (manifest.format !== FORMAT) throw new Error('unknown manifest format ' + manifest.format);
    const stem = await loadStemmer(manifest.analysis.stemmer);
    return new LanguageIndex(load, lang, path, manifest, stem);
  }

  constructor(load, lang, path, manifest, stem) {
    this.load = load;
    this.lang = lang;
    this.path = path;
    this.manifest = manifest;
    this.analyzer = new Analyzer(manifest.analysis, stem);
    const k1 = fround(manifest.bm25.k1);
    const b = fround(manifest.bm25.b);
    this.fields = manifest.fields.map(field => ({
      name: field.name,
      boost: fround(field.boost),
      docCount: field.docCount,
      cache: field.docCount > 0 ? normCache(k1, b, avgFieldLength(field.sumTotalTermFreq, field.docCount)) : null,
    }));
    this.shards = new Map();
    this.records = new Map();
    this.facetTable = null;
    // Doc id → language of its text, for the fallback documents (untranslated items, source text) only.
    this.fallbacks = new Map();
    for (const [textLang, docs] of Object.entries(manifest.fallbacks)) {
      for (const doc of docs) this.fallbacks.set(doc, textLang);
    }
  }

  /** The language a doc's text is written in: the index's own, or the source language of a fallback document. */
  textLang(doc) {
    return this.fallbacks.get(doc) || this.lang;
  }

  shardOf(term) {
    return fnv1a(term) % this.manifest.shards;
  }

  /** The shards a query still has to download (empty: it can be answered at once). */
  missingShards(text) {
    const missing = new Set();
    for (const term of this.analyzer.queryTerms(text)) {
      const shard = this.shardOf(term);
      const loaded = this.shards.get(shard);
      if (!loaded || loaded.pending) missing.add(shard);
    }
    return [...missing];
  }

  shard(n) {
    let entry = this.shards.get(n);
    if (!entry) {
      const promise = this.load(`${this.path}shards/${n}.bin`).then(gunzip).then(parseShard);
      entry = { pending: true, promise };
      this.shards.set(n, entry);
      promise.then(() => { entry.pending = false; }, () => this.shards.delete(n));
    }
    return entry.promise;
  }

  async postings(term) {
    const terms = await this.shard(this.shardOf(term));
    const entry = terms.get(term);
    return entry ? decodePostings(entry, this.fields.length) : null;
  }

  /**
   * Every matching document with its score, best first, ties by doc id: the order of Lucene's TopScoreDocCollector.
   * count equals IndexSearcher.count for the same query. Each hit has the language of its text (textLang).
   * With { fallbacks: false } ("all languages") fallback documents are left out of hits and count; the scores of
   * the rest are unchanged (the statistics are the index's).
   */
  async search(text, { fallbacks = true } = {}) {
    const counts = new Map();
    for (const term of this.analyzer.queryTerms(text)) counts.set(term, (counts.get(term) || 0) + 1);
    const terms = [...counts.keys()];
    const postings = await Promise.all(terms.map(term => this.postings(term)));
    const sums = new Float64Array(this.manifest.docs);
    const seen = new Uint8Array(this.manifest.docs);
    const matched = [];
    terms.forEach((term, t) => {
      const byField = postings[t];
      if (!byField) return;
      byField.forEach((p, fieldNo) => {
        if (!p) return;
        const field = this.fields[fieldNo];
        const boost = fround(counts.get(term) * field.boost);
        const weight = fround(boost * idf(p.docs.length, field.docCount));
        for (let i = 0; i < p.docs.length; i++) {
          const doc = p.docs[i];
          if (seen[doc] === 0) {
            seen[doc] = 1;
            matched.push(doc);
          }
          sums[doc] += score(weight, p.freqs[i], field.cache[p.norms[i]]);
        }
      });
    });
    const kept = fallbacks ? matched : matched.filter(doc => !this.fallbacks.has(doc));
    const hits = kept.map(doc => ({ lang: this.lang, textLang: this.textLang(doc), doc, score: fround(sums[doc]) }));
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { hits, count: hits.length };
  }

  /** The result record of a doc: id, lang, textLang, kind, title, url, version, snippet. */
  record(doc) {
    if (!this.records.has(doc)) {
      const promise = this.load(`${this.path}records/${doc}.json`).then(json);
      promise.catch(() => this.records.delete(doc));
      this.records.set(doc, promise);
    }
    return this.records.get(doc);
  }

  /** Per doc id, the facet ordinals (see facetTerms for what they stand for). */
  facets() {
    if (!this.facetTable) {
      this.facetTable = this.load(this.path + 'facets.bin').then(gunzip).then(parseFacets);
      this.facetTable.catch(() => { this.facetTable = null; });
    }
    return this.facetTable;
  }

  /** Ordinal → { group, term }, in the order of the manifest's facet groups. */
  facetTerms() {
    return this.manifest.facets.flatMap(group => group.terms.map(term => ({ group: group.id, term })));
  }
}
