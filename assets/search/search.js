// The search page (templates/search.ftlh): results as you type, from the static index in search/ (engine.js).
// Query, scope and facets live in the URL. Strings come from the page's data- attributes and #search-app's
// hidden label list; nothing is fetched from anywhere but the site itself.

import { SearchSite } from './engine.js';
import { FacetPanel, attachFacets, countFacets, passes } from './facets.js';
import { readState, writeState } from './state.js';
import { countText, resultItem } from './view.js';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 150; // a query that needs a download waits for a pause in typing; cached ones run at once
const LOADING_DELAY_MS = 300; // "Searching…" only when an answer takes noticeably long
const ANNOUNCE_DELAY_MS = 700; // screen readers hear the count once typing has settled

const app = document.getElementById('search-app');
if (app) {
  start(app);
}

async function start(app) {
  await loadStylesheet(app.dataset.css);
  const root = new URL('../../../', import.meta.url); // assets/v-…/search/ → site root
  const site = new SearchSite(async (path, options = {}) => {
    const response = await fetch(new URL(path, root), options.revalidate ? { cache: 'no-cache' } : {});
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  });
  const page = new SearchPage(app, site);
  page.listen();
  await page.open();
}

function loadStylesheet(href) {
  return new Promise(resolve => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
    document.head.append(link);
  });
}

/** The page's controller. listen() makes the form usable at once; open() loads the index and runs the URL's query. */
class SearchPage {
  constructor(app, site) {
    this.app = app;
    this.site = site;
    this.lang = app.dataset.lang;
    this.strings = app.dataset;
    this.labels = new Map([...app.querySelectorAll('#search-labels [data-key]')].map(e => [e.dataset.key, e.textContent]));
    this.form = app.querySelector('#search-form');
    this.input = app.querySelector('#search-query');
    this.count = app.querySelector('#search-count');
    this.correction = app.querySelector('#search-correction');
    this.results = app.querySelector('#search-results');
    this.more = app.querySelector('#search-more');
    this.status = app.querySelector('#search-status');
    this.searches = 0; // a newer search makes older ones stop where they are
    this.renders = 0; // likewise for rendering (records arrive asynchronously)
    this.current = null;
    this.shown = PAGE_SIZE;
    this.ready = null;
  }

  listen() {
    const initial = new URLSearchParams(location.search);
    this.input.value = initial.get('q') || '';
    this.form.querySelector(`input[name=scope][value=${initial.get('scope') === 'all' ? 'all' : 'this'}]`).checked = true;
    this.form.addEventListener('submit', event => {
      event.preventDefault();
      this.search(true);
    });
    this.input.addEventListener('input', () => this.search(false));
    for (const radio of this.form.querySelectorAll('input[name=scope]')) {
      radio.addEventListener('change', () => this.search(true));
    }
    this.more.addEventListener('click', () => this.showMore());
    this.app.querySelector('#search-clear').addEventListener('click', () => {
      this.state.filters.clear();
      this.refresh(true);
      this.input.focus();
    });
    this.form.hidden = false;
  }

  /** Loads this language's manifest (facet groups) and facet table, then answers whatever is in the box. */
  async open() {
    this.ready = this.site.index(this.lang).then(home => {
      home.facets().catch(() => {});
      this.groups = home.manifest.facets;
      this.groupIds = this.groups.map(g => g.id);
      this.state = readState(location.search, this.groups);
      this.panel = new FacetPanel(this.app.querySelector('#search-facets'), this.app.querySelector('#search-facet-groups'),
        this.app.querySelector('#search-clear'), this.groups, this.labels, (group, term, on) => this.toggle(group, term, on));
    });
    try {
      await this.ready;
    } catch (error) {
      this.showError(error);
      return;
    }
    await this.search(true);
  }

  /** Runs the query in the box. Without immediate, a query that must download term blocks waits for a typing pause. */
  async search(immediate) {
    const generation = ++this.searches;
    if (!this.ready) return;
    try {
      await this.ready;
    } catch (error) {
      return;
    }
    if (generation !== this.searches) return;
    this.state.q = this.input.value;
    this.state.scope = this.form.querySelector('input[name=scope]:checked').value;
    this.writeUrl();
    const text = this.state.q;
    if (text.trim() === '') {
      this.current = null;
      this.render();
      return;
    }
    let loading = null;
    try {
      const langs = this.state.scope === 'all' ? await this.site.languages() : [this.lang];
      const indexes = await Promise.all(langs.map(l => this.site.index(l)));
      if (generation !== this.searches) return;
      const needsDownload = indexes.some(index => index.missingBlocks(text).length > 0);
      if (needsDownload && !immediate) {
        await new Promise(resolve => setTimeout(resolve, TYPING_PAUSE_MS));
        if (generation !== this.searches) return;
      }
      loading = setTimeout(() => this.showCount(this.strings.loading), LOADING_DELAY_MS);
      const [answers, tables] = await Promise.all([
        // "All languages" shows each item once per language it is written in: fallback documents are left out.
        Promise.all(indexes.map(index => index.search(text, { fallbacks: this.state.scope !== 'all' }))),
        Promise.all(indexes.map(index => index.facets())),
      ]);
      if (generation !== this.searches) return;
      const order = new Map(langs.map((l, i) => [l, i]));
      const hits = answers.flatMap(a => a.hits);
      hits.sort((a, b) => b.score - a.score || order.get(a.lang) - order.get(b.lang) || a.doc - b.doc);
      attachFacets(hits, new Map(langs.map((l, i) => [l, tables[i]])),
        new Map(indexes.map(index => [index.lang, index.facetTerms()])));
      const byLang = new Map(indexes.map((index, i) => [index.lang, {
        index, analyzer: index.analyzer, terms: answers[i].terms,
      }]));
      // "Showing results for …": the page language's correction (typo tolerance found its words).
      const home = answers[langs.indexOf(this.lang)] || answers[0];
      this.current = { text, hits, byLang, correction: home.correction };
      this.shown = PAGE_SIZE;
      await this.render();
    } catch (error) {
      if (generation === this.searches) this.showError(error);
    } finally {
      clearTimeout(loading);
    }
  }

  toggle(group, term, on) {
    const selected = this.state.filters.get(group) || new Set();
    if (on) selected.add(term);
    else selected.delete(term);
    if (selected.size > 0) this.state.filters.set(group, selected);
    else this.state.filters.delete(group);
    this.refresh(true);
  }

  /** Re-renders the current hits after a filter change; no new search is needed. */
  refresh(announce) {
    this.writeUrl();
    this.shown = PAGE_SIZE;
    this.render(announce);
  }

  async showMore() {
    const first = this.shown;
    this.shown += PAGE_SIZE;
    await this.render(false);
    this.results.children[first]?.querySelector('a')?.focus();
  }

  async render(announce = true) {
    const generation = ++this.renders;
    if (!this.current) {
      this.results.replaceChildren();
      delete this.results.dataset.query;
      this.count.hidden = true;
      this.more.hidden = true;
      this.showCorrection(null);
      this.panel.update(countFacets([], this.state.filters, this.groups), this.state.filters, false);
      this.announce('');
      return;
    }
    const { hits, byLang } = this.current;
    const filtered = hits.filter(hit => passes(hit, this.state.filters));
    const page = filtered.slice(0, this.shown);
    const records = await Promise.all(page.map(hit => byLang.get(hit.lang).index.record(hit.doc)));
    if (generation !== this.renders) return;
    this.results.replaceChildren(...records.map((record, i) =>
      resultItem(record, byLang.get(page[i].lang), this.lang, this.labels, this.strings)));
    this.results.dataset.query = this.current.text;
    this.showCorrection(this.current.correction);
    const text = countText(filtered.length, this.strings);
    this.showCount(text);
    this.more.hidden = filtered.length <= this.shown;
    this.panel.update(countFacets(hits, this.state.filters, this.groups), this.state.filters, true);
    if (announce) this.announce(text);
  }

  /** "Showing results for <em>battery</em>" above the results, or nothing. Text only, never markup. */
  showCorrection(correction) {
    if (!this.correction) return;
    if (!correction) {
      this.correction.hidden = true;
      this.correction.replaceChildren();
      return;
    }
    const [before, after = ''] = this.strings.showingFor.split('{0}');
    const word = document.createElement('em');
    word.textContent = correction;
    this.correction.replaceChildren(before, word, after);
    this.correction.hidden = false;
  }

  showCount(text) {
    this.count.classList.remove('search-error');
    this.count.textContent = text;
    this.count.hidden = false;
  }

  showError(error) {
    console.error(error);
    this.showCount(this.strings.error);
    this.count.classList.add('search-error');
    this.announce(this.strings.error);
  }

  /** Puts text in the polite live region once the user has paused; a new text replaces a pending one. */
  announce(text) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => { this.status.textContent = text; }, ANNOUNCE_DELAY_MS);
  }

  writeUrl() {
    const query = writeState(this.state, this.groupIds);
    if (query !== location.search) history.replaceState(null, '', location.pathname + query + location.hash);
  }
}
