// How one result and the result count look. DOM APIs and textContent only: record text is data, never markup.

import { highlighted } from './highlight.js';

/** "12 results", "1 result" or the no-results advice, from the page's strings (data- attributes of #search-app). */
export function countText(n, strings) {
  if (n === 0) return strings.noResults;
  if (n === 1) return strings.resultOne;
  return strings.results.replace('{0}', String(n));
}

/**
 * One result as a list item: linked title and snippet with the query's words marked, kind and version, and the
 * language when it is not the page's. match = { analyzer, terms } of the hit's language.
 */
export function resultItem(record, match, pageLang, labels, strings) {
  const item = document.createElement('li');
  item.className = 'entry';
  const foreign = record.lang !== pageLang;
  const heading = document.createElement('h3');
  heading.className = 'entry-title';
  const link = document.createElement('a');
  link.href = record.url;
  link.append(highlighted(record.title, match.analyzer, match.terms));
  if (foreign) link.lang = record.lang;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'entry-meta';
  const parts = [labels.get('kind.' + record.kind) || record.kind, `${strings.version} ${record.version}`];
  parts.forEach((text, i) => {
    if (i > 0) meta.append(' · ');
    const span = document.createElement('span');
    span.textContent = text;
    meta.append(span);
  });
  if (foreign) {
    meta.append(' · ');
    const language = document.createElement('span');
    language.className = 'search-lang';
    language.lang = record.lang;
    language.textContent = labels.get('language.' + record.lang) || record.lang;
    meta.append(language);
  }

  const snippet = document.createElement('p');
  snippet.className = 'search-snippet';
  if (foreign) snippet.lang = record.lang;
  snippet.append(highlighted(record.snippet, match.analyzer, match.terms));
  item.append(heading, meta, snippet);
  return item;
}
