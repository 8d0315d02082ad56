// Query expansion, step for step as org.clausebook.search.QueryPlan: a query's words become plain terms (flat) and
// groups of weighted alternatives (synonyms, folded spellings, completions of the last word, typo candidates).
// Rules and weights come from the manifest (expansion, synonyms). Format: docs/search-format.md, "Query expansion".

import { fold, words } from './analyzer.js';

const EXACT = 1.0;
const TOP = '\uffff';

/**
 * The plan of a query. dict = { get(term), range(lo, hi), blocks(lo, hi) } over the language's term blocks
 * (get and range are async: they may download a block). Returns { flat: Map term → count, groups, correction }.
 */
export async function planQuery(typed, analyzer, rules, synonyms, dict) {
  const text = analyzer.cut(typed);
  const all = [];
  const kept = [];
  for (const { start, end } of words(text, analyzer.maxWordLength)) {
    const word = text.slice(start, end).replaceAll('\u2019', "'");
    const w = { text: word, raw: analyzer.raw(word), term: analyzer.term(word), prefix: end === text.length || text[end] === '*' };
    all.push(w);
    if (w.term !== null) kept.push(w);
  }
  const flat = new Map();
  const grouped = new Map();
  for (let i = 0; i < kept.length;) {
    let group = null;
    let matched = null;
    for (const g of synonyms) {
      for (const member of g.members) {
        if ((matched === null || member.length > matched.length) && matches(kept, i, member)) {
          group = g;
          matched = member;
        }
      }
    }
    const alternatives = [];
    if (group !== null) {
      for (const member of group.members) {
        alternatives.push({ terms: member, weight: member === matched ? EXACT : group.weight });
      }
      i += matched.length;
    } else {
      const w = kept[i++];
      w.correction = await expand(w, analyzer, dict, rules, alternatives);
    }
    if (alternatives.length === 1 && alternatives[0].terms.length === 1 && alternatives[0].weight === EXACT) {
      const term = alternatives[0].terms[0];
      flat.set(term, (flat.get(term) || 0) + 1);
    } else {
      const key = JSON.stringify(alternatives);
      const seen = grouped.get(key);
      if (seen) seen.count++;
      else grouped.set(key, { alternatives, count: 1 });
    }
  }
  const correction = all.some(w => w.correction) ? all.map(w => w.correction || w.text).join(' ') : null;
  return { flat, groups: [...grouped.values()], correction };
}

function matches(words, from, member) {
  if (from + member.length > words.length) return false;
  return member.every((term, k) => words[from + k].term === term);
}

/** A word's alternatives (QueryPlan.expand); returns the word to show instead, or null. */
async function expand(w, analyzer, dict, rules, out) {
  const seen = new Set([w.term]);
  out.push({ terms: [w.term], weight: EXACT });
  const exact = await dict.get(w.term);
  let df = exact ? exact.df : 0;
  const keys = [fold(w.term)];
  const foldedTerm = analyzer.term(fold(w.raw));
  if (foldedTerm !== null && !keys.includes(fold(foldedTerm))) keys.push(fold(foldedTerm));
  for (const key of keys) {
    for (const e of await dict.range(key, key)) {
      if (!seen.has(e.term)) {
        seen.add(e.term);
        out.push({ terms: [e.term], weight: rules.fold });
        df += e.df;
      }
    }
  }
  let completed = false;
  const p = fold(w.raw);
  if (w.prefix && p.length >= rules.prefixMin && dict.blocks(p, p + TOP) <= rules.prefixBlocks) {
    const candidates = (await dict.range(p, p + TOP)).filter(e => e.key.startsWith(p) && !seen.has(e.term));
    candidates.sort((a, b) => b.df - a.df);
    for (const e of candidates.slice(0, rules.prefixTerms)) {
      seen.add(e.term);
      out.push({ terms: [e.term], weight: rules.prefix });
      completed = true;
    }
  }
  const q = fold(w.term);
  if (completed || df > rules.fuzzyMaxDf || q.length < rules.fuzzyMin) return null;
  const maxEdits = q.length >= rules.fuzzyLong ? 2 : 1;
  for (let shared = 1; shared <= 3 && shared < q.length; shared++) {
    const lo = q.slice(0, shared);
    if (dict.blocks(lo, lo + TOP) > rules.fuzzyBlocks) continue;
    const candidates = [];
    for (const e of await dict.range(lo, lo + TOP)) {
      if (e.key.startsWith(lo) && !seen.has(e.term)) {
        const d = osa(q, e.key, maxEdits);
        if (d <= maxEdits) candidates.push({ e, d });
      }
    }
    candidates.sort((a, b) => a.d - b.d || b.e.df - a.e.df);
    let best = null;
    for (const { e } of candidates.slice(0, rules.fuzzyTerms)) {
      out.push({ terms: [e.term], weight: rules.fuzzy });
      if (best === null) best = e.surface;
    }
    return df === 0 ? best : null;
  }
  return null;
}

/** EditDistance.osa: Levenshtein with adjacent transpositions over UTF-16 units, capped at max + 1. */
export function osa(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) => new Int32Array(b.length + 1).fill(0).map((v, j) => i === 0 ? j : v));
  for (let i = 0; i <= a.length; i++) d[i][0] = i;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return Math.min(d[a.length][b.length], max + 1);
}
