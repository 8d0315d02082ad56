// Answers queries from the static files of org.clausebook.search.SearchExport, with the scores Lucene's
// IndexSearcher gives (LanguageIndex.search): same analysis, same BM25 in float arithmetic, same tie-break.
// Runs in the browser and in Node (the parity test). File layout: docs/search-format.md.

import { Analyzer, fold, loadStemmer } from './analyzer.js';
import { avgFieldLength, fround, idf, normCache, score } from './bm25.js';
import { Reader, decodePostings, gunzip, parseBlock, parseFacets } from './format.js';
import { planQuery } from './plan.js';

/** The only file with a fixed name; everything it points to is immutable. */
export const ENTRY = 'search.json';

/** The format of search.json and of the manifest in index.bin this reader understands (Manifest.FORMAT). */
export const FORMAT = 3;

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
    // index.bin: the manifest and the facet table in one download (SearchExport.INDEX).
    const bytes = await gunzip(await load(path + 'index.bin'));
    const reader = new Reader(bytes);
    if (reader.u8() !== 1) throw new Error('unknown index.bin format');
    const length = reader.varint();
    const manifest = json(bytes.subarray(reader.pos, reader.pos + length));
    if (manifest.format !== FORMAT) throw new Error('unknown manifest format ' + manifest.format);
    const stem = await loadStemmer(manifest.analysis.stemmer);
    const index = new LanguageIndex(load, lang, path, manifest, stem);
    index.facetTable = Promise.resolve(parseFacets(bytes.subarray(reader.pos + length)));
    return index;
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
    this.blocks = new Map();
    this.records = new Map();
    this.facetTable = null;
    // Doc id → language of its text, for the fallback documents (untranslated items, source text) only.
    this.fallbacks = new Map();
    for (const [textLang, docs] of Object.entries(manifest.fallbacks)) {
      for (const doc of docs) this.fallbacks.set(doc, textLang);
    }
    const keys = manifest.blocks;
    const lastAtMost = this.lastAtMost = key => {
      let lo = 0;
      let hi = keys.length; // first index with keys[i] > key
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keys[mid] <= key) lo = mid + 1;
        else hi = mid;
      }
      return Math.max(0, lo - 1);
    };
    // The term dictionary as plan.js reads it (TermDictionary on the Lucene side).
    this.dict = {
      blocks: (lo, hi) => keys.length === 0 ? 0 : lastAtMost(hi) - lastAtMost(lo) + 1,
      range: async (lo, hi) => {
        if (keys.length === 0 || lo > hi) return [];
        const out = [];
        for (let i = lastAtMost(lo); i <= lastAtMost(hi); i++) {
          for (const e of (await this.block(i)).entries) if (e.key >= lo && e.key <= hi) out.push(e);
        }
        return out;
      },
      get: async term => {
        if (keys.length === 0) return null;
        return (await this.block(lastAtMost(fold(term)))).byTerm.get(term) || null;
      },
    };
  }

  /** The language a doc's text is written in: the index's own, or the source language of a fallback document. */
  textLang(doc) {
    return this.fallbacks.get(doc) || this.lang;
  }

  /**
   * The blocks a query still has to download before its exact, folded and completed words can be looked up
   * (empty: it can be answered at once, typo candidates aside).
   */
  missingBlocks(text) {
    const rules = this.manifest.expansion;
    const wanted = new Set();
    const add = (lo, hi, cap) => {
      const n = this.dict.blocks(lo, hi);
      if (n > cap) return;
      for (let i = 0; i < n; i++) wanted.add(this.lastAtMost(lo) + i);
    };
    const cut = this.analyzer.cut(text);
    for (const t of this.analyzer.tokens(cut)) {
      const raw = fold(this.analyzer.raw(cut.slice(t.start, t.end)));
      add(fold(t.term), fold(t.term), 1);
      add(raw, raw, 1);
      if (t.end === cut.length || cut[t.end] === '*') add(raw, raw + '\uffff', rules.prefixBlocks);
    }
    return [...wanted].filter(n => !this.blocks.get(n) || this.blocks.get(n).pending);
  }

  block(n) {
    let entry = this.blocks.get(n);
    if (!entry) {
      const promise = this.load(`${this.path}blocks/${n}.bin`).then(gunzip).then(bytes => {
        const entries = parseBlock(bytes);
        return { entries, byTerm: new Map(entries.map(e => [e.term, e])) };
      });
      entry = { pending: true, promise };
      this.blocks.set(n, entry);
      promise.then(() => { entry.pending = false; }, () => this.blocks.delete(n));
    }
    return entry.promise;
  }

  async postings(term) {
    const entry = await this.dict.get(term);
    return entry ? decodePostings(entry, this.fields.length) : null;
  }

  /** Adds the BM25 score of term (boost factor × field boost, rounded once) per field to scores (doc → double). */
  addTermScores(byField, factor, scores) {
    if (!byField) return;
    byField.forEach((p, fieldNo) => {
      if (!p) return;
      const field = this.fields[fieldNo];
      const weight = fround(fround(factor * field.boost) * idf(p.docs.length, field.docCount));
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i];
        scores.set(doc, (scores.get(doc) || 0) + score(weight, p.freqs[i], field.cache[p.norms[i]]));
      }
    });
  }

  /**
   * Every matching document with its score, best first, ties by doc id: the order of Lucene's TopScoreDocCollector.
   * count equals IndexSearcher.count for the same query. Each hit has the language of its text (textLang).
   * correction: the query with misspelt words replaced ("Showing results for …"), or null.
   * With { fallbacks: false } ("all languages") fallback documents are left out of hits and count; the scores of
   * the rest are unchanged (the statistics are the index's).
   */
  async search(text, { fallbacks = true } = {}) {
    const plan = await planQuery(text, this.analyzer, this.manifest.expansion, this.manifest.synonyms, this.dict);
    const sums = new Map();
    const flatTerms = [...plan.flat.keys()];
    const flatPostings = await Promise.all(flatTerms.map(term => this.postings(term)));
    flatTerms.forEach((term, t) => this.addTermScores(flatPostings[t], plan.flat.get(term), sums));
    for (const group of plan.groups) {
      const best = new Map();
      for (const alternative of group.alternatives) {
        const counts = new Map();
        for (const term of alternative.terms) counts.set(term, (counts.get(term) || 0) + 1);
        const altScores = new Map();
        for (const [term, n] of counts) {
          this.addTermScores(await this.postings(term), alternative.weight * group.count * n, altScores);
        }
        for (const [doc, sum] of altScores) {
          const s = fround(sum);
          if (!best.has(doc) || s > best.get(doc)) best.set(doc, s);
        }
      }
      for (const [doc, s] of best) sums.set(doc, (sums.get(doc) || 0) + s);
    }
    const matched = [...sums.keys()];
    const kept = fallbacks ? matched : matched.filter(doc => !this.fallbacks.has(doc));
    const hits = kept.map(doc => ({ lang: this.lang, textLang: this.textLang(doc), doc, score: fround(sums.get(doc)) }));
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const terms = new Set(plan.flat.keys());
    for (const group of plan.groups) for (const a of group.alternatives) a.terms.forEach(t => terms.add(t));
    return { hits, count: hits.length, correction: plan.correction, terms };
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
      throw new Error('facet table missing');
    }
    return this.facetTable;
  }

  /** Ordinal → { group, term }, in the order of the manifest's facet groups. */
  facetTerms() {
    return this.manifest.facets.flatMap(group => group.terms.map(term => ({ group: group.id, term })));
  }
}
