// The analysis chain of a search language, step for step as org.clausebook.search.SearchAnalyzer does it in Lucene:
// words (Words.java) → lowercase per code point → elision → stopwords → stem overrides → Snowball stemmer.
// The chain's data (stopwords, articles, overrides, stemmer name) comes from the language's manifest.
// Format and rules: docs/search-format.md, "Analysis".

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const ASCII = /^[\x00-\x7f]*$/;

/** Letters, marks and numbers (Unicode L, M, N), as Words.isWordChar. */
export function isWordChar(cp) {
  return cp >= 0 && WORD_CHAR.test(String.fromCodePoint(cp));
}

function isApostrophe(cp) {
  return cp === 0x27 || cp === 0x2019;
}

/** The words of text as [start, end) UTF-16 offsets, as Words.next: apostrophes inside words, long words dropped. */
export function words(text, maxLength) {
  const out = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.codePointAt(i))) i += text.codePointAt(i) > 0xffff ? 2 : 1;
    if (i >= n) break;
    const start = i;
    while (i < n) {
      const cp = text.codePointAt(i);
      if (isWordChar(cp)) i += cp > 0xffff ? 2 : 1;
      else if (isApostrophe(cp) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) i += 1;
      else break;
    }
    if (i - start <= maxLength) out.push({ start, end: i });
  }
  return out;
}

/** Java's Character.toLowerCase per code point: simple case mapping, no context (no final sigma), no locale. */
export function lowerCase(word) {
  if (ASCII.test(word)) return word.toLowerCase();
  let out = '';
  for (const ch of word) {
    out += ch === '\u0130' ? 'i' : ch.toLowerCase();
  }
  return out;
}

const MARK = /^\p{Mn}$/u;
const FOLDED = { 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'þ': 'th', 'ı': 'i' };

/** Fold.fold: NFD, nonspacing marks dropped, a few letters that do not decompose mapped ("malmö" → "malmo"). */
export function fold(term) {
  let out = '';
  for (const ch of term.normalize('NFD')) {
    if (MARK.test(ch)) continue;
    out += FOLDED[ch] ?? ch;
  }
  return out;
}

/** One language's chain. stem(word) is the Snowball stemmer of the manifest's analysis.stemmer. */
export class Analyzer {
  constructor(analysis, stem) {
    this.maxWordLength = analysis.maxWordLength;
    this.maxQueryLength = analysis.maxQueryLength;
    this.stopwords = new Set(analysis.stopwords);
    this.elision = new Set(analysis.elision);
    this.overrides = new Map(Object.entries(analysis.stemOverrides));
    this.stem = stem;
  }

  /** A word lowercased, a French article before an apostrophe removed (QueryPlan.raw). */
  raw(word) {
    let t = lowerCase(word.replaceAll('\u2019', "'"));
    if (this.elision.size > 0) {
      const apostrophe = t.indexOf("'");
      if (apostrophe >= 0 && this.elision.has(t.slice(0, apostrophe))) t = t.slice(apostrophe + 1);
    }
    return t;
  }

  /** The term of one word, or null when it is a stopword. */
  term(word) {
    const t = this.raw(word);
    if (this.stopwords.has(t)) return null;
    const fixed = this.overrides.get(t);
    return fixed !== undefined ? fixed : this.stem(t);
  }

  /** Every kept word of text with its term and offsets, in order. */
  tokens(text) {
    const out = [];
    for (const { start, end } of words(text, this.maxWordLength)) {
      const term = this.term(text.slice(start, end));
      if (term !== null) out.push({ term, start, end });
    }
    return out;
  }

  /** A query cut to maxQueryLength UTF-16 units without splitting a surrogate pair (SearchQuery.cut). */
  cut(text) {
    if (text.length <= this.maxQueryLength) return text;
    const code = text.charCodeAt(this.maxQueryLength - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? this.maxQueryLength - 1 : this.maxQueryLength);
  }

  /** The terms of a query, cut to maxQueryLength as SearchQuery.cut does. */
  queryTerms(text) {
    return this.tokens(this.cut(text)).map(t => t.term);
  }
}

/** Loads the vendored Snowball stemmer named by a manifest ("english", "dutch" …). */
export async function loadStemmer(algorithm) {
  if (!/^[a-z]+$/.test(algorithm)) throw new Error('bad stemmer name ' + algorithm);
  const module = await import(`./stemmers/${algorithm}.js`);
  return module.stemmer;
}
