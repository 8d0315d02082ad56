// "Add to tender pack": the button on item pages (rendered hidden by templates/office.ftlh) and the buttons this
// script adds to listing entries and search results (matched to items by the address of their title link).
// A toggle: aria-pressed says whether the item is in the pack; a live region announces each change.

import { loadPack, toggle, inPack } from './store.js';

const homeLink = document.querySelector('.site-title');

/** Runs only where there is something to add: an item page, a listing or the search page. */
if (homeLink && document.querySelector('.pack-add, main .entry, #search-results')) {
  start(homeLink.getAttribute('href')).catch(() => { /* no index, no buttons: the page works as before */ });
}

async function start(home) {
  const response = await fetch(home + 'pack/items.json');
  if (!response.ok) return;
  const index = await response.json();
  const byPath = new Map(index.items.map(item => [pathKey(item.page), item]));
  const s = index.strings;
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);

  const announce = text => {
    status.textContent = '';
    setTimeout(() => { status.textContent = text; }, 50);
  };
  const refresh = () => {
    const pack = loadPack();
    for (const button of document.querySelectorAll('button.pack-add')) {
      button.setAttribute('aria-pressed', String(inPack(pack, button.dataset.packId)));
    }
  };
  const wire = (button, title) => {
    if (button.dataset.packWired) return;
    button.dataset.packWired = '1';
    button.hidden = false;
    button.addEventListener('click', () => {
      const added = toggle(button.dataset.packId, button.dataset.packVersion);
      refresh();
      announce((added ? s.pack_added : s.pack_removed).replace('{0}', title));
    });
  };
  const decorate = root => {
    for (const entry of root.querySelectorAll('.entry')) {
      const link = entry.querySelector('.entry-title a');
      const item = link && byPath.get(pathKey(new URL(link.href, location.href).pathname));
      if (!item || entry.querySelector('button.pack-add')) continue;
      const row = document.createElement('p');
      row.className = 'entry-pack';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'pack-add pack-add-small';
      button.dataset.packId = item.id;
      button.dataset.packVersion = item.version;
      button.textContent = s.add;
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ': ' + link.textContent;
      button.append(hidden);
      row.append(button);
      entry.append(row);
      wire(button, link.textContent);
    }
    refresh();
  };

  const heading = document.querySelector('main h1');
  for (const button of document.querySelectorAll('button.pack-add')) wire(button, heading ? heading.textContent.trim() : button.dataset.packId);
  decorate(document.querySelector('main') || document);
  const results = document.getElementById('search-results');
  if (results) new MutationObserver(() => decorate(results)).observe(results, { childList: true });
  window.addEventListener('storage', refresh);
  refresh();
}

/** The part of an item address that is the same in every language: /<section>/<id>/ without /<lang>. */
function pathKey(path) {
  return path.split('/').filter(Boolean).slice(-2).join('/');
}
