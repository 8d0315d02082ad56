// The search as a URL, so it can be shared: ?q=…&scope=all&kind=criteria&stages=award&stages=selection.
// Facet parameters are named after the facet groups of the manifest; the form's GET semantics are the same.

/**
 * Reads q, scope and the selected facet terms (group id → Set of terms) from a query string. Only the terms of
 * the manifest's groups are kept: an unknown value in a shared or hand-made URL filters nothing.
 */
export function readState(search, groups) {
  const params = new URLSearchParams(search);
  const filters = new Map();
  for (const group of groups) {
    const terms = params.getAll(group.id).filter(term => group.terms.includes(term));
    if (terms.length > 0) filters.set(group.id, new Set(terms));
  }
  return { q: params.get('q') || '', scope: params.get('scope') === 'all' ? 'all' : 'this', filters };
}

/** The query string of a state: empty parts are left out, facet groups in manifest order, terms sorted. */
export function writeState(state, groupIds) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.scope === 'all') params.set('scope', 'all');
  for (const id of groupIds) {
    for (const term of [...(state.filters.get(id) || [])].sort()) params.append(id, term);
  }
  const text = params.toString();
  return text ? '?' + text : '';
}
