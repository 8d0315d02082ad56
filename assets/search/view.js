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
 * language of the text when it is not the page's. match = { analyzer, terms } of the hit's index. A result from
 * another language's index names that language; a fallback of this language's index (an untranslated item, shown
 * in its source language) says "Text in <language>". Title and snippet then carry the text's lang (WCAG 3.1.2).
 */
export function resultItem(record, match, pageLang, labels, strings) {
  const item = document.createElement('li');
  item.className = 'entry';
  const textLang = record.textLang || record.lang;
  const foreign = textLang !== pageLang;
  const heading = document.createElement('h3');
  heading.className = 'entry-title';
  const link = document.createElement('a');
  link.href = record.url;
  link.append(highlighted(record.title, match.analyzer, match.terms));
  if (foreign) link.lang = textLang;
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
    meta.append(' · ', record.lang === pageLang ? fallbackTag(textLang, labels, strings) : languageTag(textLang, labels));
  }

  const snippet = document.createElement('p');
  snippet.className = 'search-snippet';
  if (foreign) snippet.lang = textLang;
  snippet.append(highlighted(record.snippet, match.analyzer, match.terms));
  item.append(heading, meta, snippet);
  return item;
}

/** The name of a language, in that language (as the page's language switcher names it), marked with its lang. */
function languageName(lang, labels) {
  const name = document.createElement('span');
  name.lang = lang;
  name.textContent = labels.get('language.' + lang) || lang;
  return name;
}

/** The tag of a result from another language's index: that language's name. */
function languageTag(lang, labels) {
  const tag = languageName(lang, labels);
  tag.className = 'search-lang';
  return tag;
}

/** The tag of a fallback result: "Text in English", in the page's language but for the name. */
function fallbackTag(textLang, labels, strings) {
  const tag = document.createElement('span');
  tag.className = 'search-lang search-fallback';
  const [before, after = ''] = strings.textIn.split('{0}');
  tag.append(before, languageName(textLang, labels), after);
  return tag;
}
