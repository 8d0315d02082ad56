// Text with the words that match the query wrapped in <mark>, built with DOM nodes only (never innerHTML).
// A word matches when the language's analyzer turns it into one of the query's terms, so "Garanties" is marked
// for the query "garantie" exactly when the index matched it.

export function highlighted(text, analyzer, terms) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const token of analyzer.tokens(text)) {
    if (!terms.has(token.term)) continue;
    if (token.start > at) fragment.append(document.createTextNode(text.slice(at, token.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(token.start, token.end);
    fragment.append(mark);
    at = token.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}
