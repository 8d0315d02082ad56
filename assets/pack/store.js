// The tender pack as the browser keeps it: localStorage 'clausebook-pack' = { items: [{ id, version }], lang }.
// No server, no account. Every change is written at once and announced to other tabs by the storage event.

const KEY = 'clausebook-pack';

/** The pack; an empty one if nothing is stored or storage is blocked. */
export function loadPack() {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) || '{}');
    const items = Array.isArray(raw.items) ? raw.items.filter(valid).map(i => ({ id: i.id, version: i.version })) : [];
    return { items, lang: typeof raw.lang === 'string' ? raw.lang : '' };
  } catch (e) {
    return { items: [], lang: '' };
  }
}

export function savePack(pack) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ items: pack.items, lang: pack.lang }));
  } catch (e) {
    // Storage full or blocked (private mode on some browsers): the pack lives as long as the page.
  }
}

export function inPack(pack, id) {
  return pack.items.some(i => i.id === id);
}

/** Adds an item (once) at the end, or removes it; returns whether it is now in the pack. */
export function toggle(id, version) {
  const pack = loadPack();
  const added = !inPack(pack, id);
  pack.items = added ? [...pack.items, { id, version }] : pack.items.filter(i => i.id !== id);
  savePack(pack);
  return added;
}

/** "id@version,id@version", the items parameter of a shared pack link. */
export function itemsParam(items) {
  return items.map(i => `${i.id}@${i.version}`).join(',');
}

/** The items of a shared link's parameter; unreadable entries are left out. */
export function parseItems(param) {
  return param.split(',').map(s => s.trim()).filter(Boolean).map(s => {
    const at = s.lastIndexOf('@');
    return at > 0 ? { id: s.slice(0, at), version: s.slice(at + 1) } : { id: s, version: '' };
  }).filter(valid);
}

function valid(i) {
  return i && typeof i.id === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(i.id)
    && typeof i.version === 'string' && /^[0-9A-Za-z.\-]{0,20}$/.test(i.version);
}
