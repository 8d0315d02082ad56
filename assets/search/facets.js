// Facets of the search page: which facet terms each hit has, filtering, drill-sideways counts, and the panel of
// checkboxes (one fieldset per group, built once and updated in place so keyboard focus is never lost).

/** Attaches to every hit its facet terms (group id → Set of terms), from its language's facet table. */
export function attachFacets(hits, tablesByLang, termsByLang) {
  for (const hit of hits) {
    const terms = termsByLang.get(hit.lang);
    const byGroup = new Map();
    for (const ordinal of tablesByLang.get(hit.lang)[hit.doc]) {
      const { group, term } = terms[ordinal];
      if (!byGroup.has(group)) byGroup.set(group, new Set());
      byGroup.get(group).add(term);
    }
    hit.facets = byGroup;
  }
}

/** Whether a hit has, in every filtered group except skip, at least one selected term. */
export function passes(hit, filters, skip = null) {
  for (const [group, selected] of filters) {
    if (group === skip || selected.size === 0) continue;
    const own = hit.facets.get(group);
    if (!own || ![...selected].some(term => own.has(term))) return false;
  }
  return true;
}

/** Per group and term, how many hits would remain with that term, keeping the other groups' filters. */
export function countFacets(hits, filters, groups) {
  const counts = new Map(groups.map(g => [g.id, new Map(g.terms.map(t => [t, 0]))]));
  for (const hit of hits) {
    for (const group of groups) {
      if (!passes(hit, filters, group.id)) continue;
      const own = hit.facets.get(group.id);
      if (!own) continue;
      const groupCounts = counts.get(group.id);
      for (const term of own) if (groupCounts.has(term)) groupCounts.set(term, groupCounts.get(term) + 1);
    }
  }
  return counts;
}

/** The checkbox panel. onChange(group, term, checked) is called when the user ticks or unticks a term. */
export class FacetPanel {
  constructor(panel, container, clearButton, groups, labels, onChange) {
    this.panel = panel;
    this.clearButton = clearButton;
    this.groups = groups;
    this.items = new Map();
    this.fieldsets = new Map();
    for (const group of groups) {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = group.id === 'kind' ? labels.get('kind') : labels.get('taxonomy.' + group.id) || group.id;
      const list = document.createElement('ul');
      for (const term of group.terms) {
        const key = group.id === 'kind' ? 'section.' + term : `term.${group.id}.${term}`;
        const item = document.createElement('li');
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = group.id;
        box.value = term;
        box.addEventListener('change', () => onChange(group.id, term, box.checked));
        const name = document.createElement('span');
        name.textContent = labels.get(key) || term;
        const count = document.createElement('span');
        count.className = 'count';
        name.append(count);
        label.append(box, name);
        item.append(label);
        list.append(item);
        this.items.set(group.id + '\u0000' + term, { item, box, count });
      }
      fieldset.append(legend, list);
      container.append(fieldset);
      this.fieldsets.set(group.id, fieldset);
    }
  }

  /** Shows the counts; hides terms with none (unless ticked or focused) and groups with no term left. */
  update(counts, filters, visible) {
    let anyGroup = false;
    for (const group of this.groups) {
      let anyTerm = false;
      for (const term of group.terms) {
        const { item, box, count } = this.items.get(group.id + '\u0000' + term);
        const n = counts.get(group.id).get(term);
        box.checked = filters.get(group.id)?.has(term) || false;
        count.textContent = `(${n})`;
        item.hidden = n === 0 && !box.checked && document.activeElement !== box;
        anyTerm ||= !item.hidden;
      }
      this.fieldsets.get(group.id).hidden = !anyTerm;
      anyGroup ||= anyTerm;
    }
    const filtered = [...filters.values()].some(s => s.size > 0);
    this.panel.hidden = !visible || !anyGroup;
    this.clearButton.hidden = !filtered;
  }
}
