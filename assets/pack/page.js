// The tender pack page (/<lang>/pack/, templates/pack.ftlh): the chosen items grouped by procurement stage, moved
// with buttons, removed, and downloaded in the chosen language as one .docx, .md or .txt. ?items=id@version,…
// (the share link) replaces the stored pack with the one in the link. All text nodes are set with textContent.

import { loadPack, savePack, itemsParam, parseItems } from './store.js';
import { packDocx, packOdt, packMarkdown, packText, isoDate } from './documents.js';

const app = document.getElementById('pack-app');
const $ = id => document.getElementById(id);
const indexes = new Map();

if (app) {
  main().catch(() => {
    $('pack-loading').hidden = true;
    show($('pack-status'), app.dataset.failed || 'The tender pack could not be loaded.');
  });
}

/** One language's pack index (items.json), fetched once. */
function index(url) {
  if (!indexes.has(url)) indexes.set(url, fetch(url).then(r => { if (!r.ok) throw new Error(url); return r.json(); }));
  return indexes.get(url);
}

async function main() {
  $('pack-loading').hidden = false;
  const page = await index(app.dataset.index);
  const s = page.strings;
  app.dataset.failed = s.pack_failed;
  const byId = new Map(page.items.map(i => [i.id, i]));
  const stageOrder = page.stages.map(st => st.term);
  let pack = loadPack();
  const shared = new URLSearchParams(location.search).get('items');
  if (shared !== null) {
    pack.items = parseItems(shared).filter((item, i, all) => all.findIndex(o => o.id === item.id) === i);
    savePack(pack);
  }
  if (!page.languages.some(l => l.lang === pack.lang)) pack.lang = app.dataset.lang;
  const select = $('pack-lang');
  select.value = pack.lang;

  /** The primary stage of an item: its first stage in the configured order, or '' (shown under "Other"). */
  const stageOf = entry => {
    const item = byId.get(entry.id);
    const stages = item ? stageOrder.filter(st => item.stages.includes(st)) : [];
    return stages.length ? stages[0] : '';
  };
  /** The pack in the order it is shown and downloaded: by stage, then in the order the reader chose. */
  const ordered = () => {
    const rank = st => (st === '' ? stageOrder.length : stageOrder.indexOf(st));
    return pack.items.map((e, i) => ({ e, i })).sort((a, b) => rank(stageOf(a.e)) - rank(stageOf(b.e)) || a.i - b.i).map(x => x.e);
  };
  const announce = text => show($('pack-status'), text);
  const titleOf = entry => (byId.get(entry.id) ? byId.get(entry.id).title : entry.id);

  const change = (items, message, focus) => {
    pack.items = items;
    savePack(pack);
    render(focus);
    if (message) announce(message);
  };

  function render(focus) {
    const items = ordered();
    pack.items = items;
    $('pack-count').textContent = s.pack_count.replace('{0}', String(items.length));
    $('pack-empty').hidden = items.length > 0;
    for (const b of document.querySelectorAll('.pack-actions button:not(#pack-clear)')) b.disabled = items.length === 0;
    $('pack-clear').hidden = items.length === 0;
    const groups = $('pack-groups');
    groups.replaceChildren();
    for (const stage of [...stageOrder, '']) {
      const members = items.filter(e => stageOf(e) === stage);
      if (!members.length) continue;
      const section = document.createElement('section');
      section.className = 'pack-group';
      const h2 = document.createElement('h2');
      h2.textContent = stage === '' ? s.pack_other_stage : page.stages.find(st => st.term === stage).label;
      const list = document.createElement('ol');
      list.className = 'pack-list';
      members.forEach((entry, i) => list.append(row(entry, i, members.length)));
      section.append(h2, list);
      groups.append(section);
    }
    renderPrint().catch(() => {});
    const link = $('pack-share');
    const url = new URL(link.getAttribute('href').split('?')[0] + (items.length ? '?items=' + itemsParam(items) : ''), location.href);
    link.href = url.href;
    link.textContent = url.href;
    if (focus) {
      const target = document.querySelector(`[data-id="${focus.id}"][data-action="${focus.action}"]:not(:disabled)`)
        || document.querySelector(`[data-id="${focus.id}"] button:not(:disabled)`) || document.querySelector('#pack-groups button') || $('pack-count');
      if (target === $('pack-count')) target.tabIndex = -1;
      target.focus();
    }
  }

  function row(entry, position, count) {
    const item = byId.get(entry.id);
    const li = document.createElement('li');
    li.className = 'pack-item';
    li.dataset.id = entry.id;
    const title = document.createElement('p');
    title.className = 'pack-item-title';
    if (item) {
      const a = document.createElement('a');
      a.href = item.page;
      a.textContent = item.title;
      title.append(a);
    } else {
      title.textContent = entry.id;
    }
    const meta = document.createElement('p');
    meta.className = 'pack-item-meta';
    const code = document.createElement('code');
    code.textContent = `${entry.id}@${entry.version}`;
    meta.append(code);
    if (item) meta.append(` · ${item.kind}` + (item.ambition ? ` · ${item.ambition}` : ''));
    li.append(title, meta);
    if (!item || !item.parts[entry.version]) {
      li.append(notice(s.pack_unknown.replace('{0}', `${entry.id}@${entry.version}`)));
    } else if (item.version !== entry.version) {
      const p = notice(s.pack_newer.replace('{0}', item.version) + ' ');
      const a = document.createElement('a');
      a.href = item.page;
      a.textContent = item.title;
      p.append(a);
      li.append(p);
    }
    const buttons = document.createElement('p');
    buttons.className = 'pack-item-buttons';
    buttons.append(button(s.pack_up, 'up', entry, position === 0), ' ', button(s.pack_down, 'down', entry, position === count - 1),
      ' ', button(s.pack_remove, 'remove', entry, false));
    li.append(buttons);
    return li;
  }

  function button(label, action, entry, disabled) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'pack-' + action;
    b.dataset.action = action;
    b.dataset.id = entry.id;
    b.disabled = disabled;
    b.textContent = label;
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ': ' + titleOf(entry);
    b.append(hidden);
    return b;
  }

  $('pack-groups').addEventListener('click', event => {
    const b = event.target.closest('button[data-action]');
    if (!b) return;
    const items = ordered();
    const at = items.findIndex(e => e.id === b.dataset.id);
    const entry = items[at];
    if (b.dataset.action === 'remove') {
      const next = items[at + 1] && stageOf(items[at + 1]) === stageOf(entry) ? items[at + 1] : items[at - 1];
      change(items.filter(e => e.id !== entry.id), s.pack_removed.replace('{0}', titleOf(entry)), next ? { id: next.id, action: 'remove' } : null);
      return;
    }
    const step = b.dataset.action === 'up' ? -1 : 1;
    const other = items[at + step];
    if (!other || stageOf(other) !== stageOf(entry)) return;
    [items[at], items[at + step]] = [other, entry];
    const group = items.filter(e => stageOf(e) === stageOf(entry));
    change(items, s.pack_moved.replace('{0}', titleOf(entry)).replace('{1}', String(group.indexOf(entry) + 1)),
      { id: entry.id, action: b.dataset.action });
  });

  select.addEventListener('change', () => {
    pack.lang = select.value;
    savePack(pack);
    announce(s.pack_language_changed.replace('{0}', select.selectedOptions[0].textContent));
    renderPrint().catch(() => {});
  });

  $('pack-clear').addEventListener('click', () => change([], s.pack_cleared, null));

  for (const id of ['pack-docx', 'pack-odt', 'pack-md', 'pack-txt']) {
    $(id).addEventListener('click', () => download($(id).dataset.ext).catch(() => announce(s.pack_failed)));
  }

  /** The pack's items in the document language: that language's index, the items it has, and their parts. */
  async function documents() {
    const language = page.languages.find(l => l.lang === pack.lang) || page.languages.find(l => l.lang === app.dataset.lang);
    const docs = await index(language.index);
    const docItems = new Map(docs.items.map(i => [i.id, i]));
    const chosen = ordered().filter(e => docItems.has(e.id) && docItems.get(e.id).parts[e.version]);
    const parts = await Promise.all(chosen.map(e => index(new URL(docItems.get(e.id).parts[e.version], location.href).href)));
    return { language, docs, chosen, parts };
  }

  /** The printed pack (shown only in print, assets/site.css): each item's tender text and verification, one per page. */
  let printing = 0;
  async function renderPrint() {
    const token = ++printing;
    const { language, docs, parts } = await documents();
    if (token !== printing) return;
    const out = $('pack-print');
    out.lang = language.lang;
    out.replaceChildren();
    for (const part of parts) {
      const section = document.createElement('section');
      section.className = 'pack-print-item';
      const h2 = document.createElement('h2');
      h2.textContent = part.title;
      h2.lang = part.textLang;
      const meta = document.createElement('p');
      meta.className = 'block-meta';
      meta.textContent = `${part.id}@${part.version} · ${part.permalink}`;
      section.append(h2, meta, block(docs.strings.tender, part.tenderHtml, part.textLang, 'tender'));
      if (part.verificationHtml) section.append(block(docs.strings.verification, part.verificationHtml, part.textLang, 'verification'));
      out.append(section);
    }
  }

  async function download(ext) {
    const { language, docs, chosen, parts } = await documents();
    const d = docs.strings;
    const stageLabel = entry => {
      const st = stageOf(entry);
      return st === '' ? d.pack_other_stage : docs.stages.find(x => x.term === st).label;
    };
    const content = {
      title: d.pack_title, lang: language.lang, date: new Date(), parts, docx: docs.docx, odt: docs.odt,
      headers: [d.id, d.version, d.pack_title_col, d.stage, d.ambition, d.permalink],
      rows: parts.map((p, i) => [p.id, p.version, p.title, stageLabel(chosen[i]), p.ambition, p.permalink]),
    };
    const blob = ext === 'docx' ? packDocx(content) : ext === 'odt' ? packOdt(content)
      : new Blob([ext === 'md' ? packMarkdown(content) : packText(content)], { type: ext === 'md' ? 'text/markdown' : 'text/plain' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `tender-pack-${language.lang}-${isoDate(content.date)}.${ext}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  }

  window.addEventListener('storage', () => {
    pack = loadPack();
    if (!page.languages.some(l => l.lang === pack.lang)) pack.lang = app.dataset.lang;
    select.value = pack.lang;
    render(null);
  });

  $('pack-loading').hidden = true;
  $('pack-ui').hidden = false;
  render(null);
}

/** A bordered text block of the printed pack; html is the build's rendering of the item's Markdown (escaped). */
function block(heading, html, lang, kind) {
  const div = document.createElement('div');
  div.className = 'block ' + kind;
  const h3 = document.createElement('h3');
  h3.textContent = heading;
  const text = document.createElement('div');
  text.className = 'block-text prose';
  text.lang = lang;
  const template = document.createElement('template');
  template.innerHTML = html;
  text.append(template.content);
  div.append(h3, text);
  return div;
}

function notice(text) {
  const p = document.createElement('p');
  p.className = 'notice pack-notice';
  p.textContent = text;
  return p;
}

/** Sets a live region's text afresh, so a repeated message is announced again. */
function show(region, text) {
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}
