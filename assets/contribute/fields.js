// Form fields generated from the content schema (the part form.json carries: org.clausebook.render.ContributeData),
// with the rules validate applies: required, enum, pattern (with a plain-language hint), length, year range,
// minItems, and the placeholders validate refuses. Each field is { el, value(), check(errors, active), reset() }.
// Labels and help come from the page's strings (field_<path>, help_<path>); all text is set with textContent.

let counter = 0;

/** A field for {@code schema} under {@code path} (e.g. organisation.country); {@code ctx} has strings, labels, hooks. */
export function field(ctx, path, schema, required) {
  const type = schema.type || (schema.enum ? 'string' : 'object');
  if (type === 'array' && schema.items && schema.items.type === 'object') return list(ctx, path, schema, required);
  if (type === 'array' && schema.items && schema.items.enum) return checkboxes(ctx, path, schema, required);
  if (type === 'object') return group(ctx, path, schema, required);
  return scalar(ctx, path, schema, required);
}

export function text(ctx, key, ...args) {
  let t = ctx.s[key] ?? key;
  args.forEach((a, i) => { t = t.replace(`{${i}}`, a); });
  return t;
}

function key(path) {
  return path.replace(/\./g, '_');
}

function el(tag, attrs = {}, content) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  if (content !== undefined) e.textContent = content;
  return e;
}

/** The hint and error paragraphs of a field, and the aria-describedby that names them. */
function describe(ctx, path, id, control, wrapper, before, hintOverride) {
  const hintText = hintOverride ?? ctx.s['help_' + key(path)];
  const ids = [];
  if (hintText) {
    const hint = el('p', { class: 'cf-hint', id: id + '-hint' }, hintText);
    wrapper.insertBefore(hint, before);
    ids.push(hint.id);
  }
  const error = el('p', { class: 'cf-error', id: id + '-error', hidden: true });
  wrapper.insertBefore(error, before);
  const set = () => {
    const all = ids.concat(error.hidden ? [] : [error.id]);
    if (all.length) control.setAttribute('aria-describedby', all.join(' '));
    else control.removeAttribute('aria-describedby');
  };
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  return {
    show(message) {
      error.textContent = '';
      error.append(el('span', { class: 'visually-hidden' }, text(ctx, 'error_prefix') + ' '), message);
      error.hidden = false;
      wrapper.classList.add('cf-invalid');
      if (control.matches('input, select, textarea')) control.setAttribute('aria-invalid', 'true');
      set();
    },
    clear() {
      error.hidden = true;
      error.textContent = '';
      wrapper.classList.remove('cf-invalid');
      control.removeAttribute('aria-invalid');
      set();
    },
  };
}

/** The message for a value that does not match a pattern, in plain language. */
function patternMessage(ctx, pattern) {
  if (pattern === '^[A-Z]{2}$') return text(ctx, 'err_country');
  if (pattern.startsWith('^https://')) return text(ctx, 'err_url');
  if (pattern === '^[a-z]{2}$') return text(ctx, 'err_lang');
  if (pattern.includes('[a-z0-9]+(-')) return text(ctx, 'err_id');
  if (pattern.includes('[0-9]{4}')) return text(ctx, 'err_date');
  return text(ctx, 'err_pattern');
}

/** What validate refuses in a value (placeholders; in Markdown, a level-one heading), or null. */
export function refused(ctx, path, value, markdown) {
  const p = ctx.placeholders;
  if (new RegExp(`\\b${p.word}\\b`).test(value)) return text(ctx, 'err_placeholder', p.word);
  if (path.endsWith('country') && value === p.country) return text(ctx, 'err_placeholder', p.country);
  if (value === p.url) return text(ctx, 'err_placeholder', p.url);
  if (markdown) {
    const line = value.split('\n').findIndex(l => /^ {0,3}#(\s|$)/.test(l));
    if (line >= 0) return text(ctx, 'err_heading', line + 1);
  }
  return null;
}

/** A text box, a number or a choice. */
export function scalar(ctx, path, schema, required, options = {}) {
  const id = 'cf-' + key(path) + '-' + (++counter);
  const wrapper = el('div', { class: 'cf-field' });
  const label = el('label', { for: id }, options.label ?? text(ctx, 'field_' + key(path)));
  wrapper.append(label);
  let control;
  const markdown = options.markdown || ['tender_text', 'verification', 'note', 'summary'].includes(path.split('.').pop());
  if (schema.enum) {
    control = el('select', { id, name: path });
    control.append(el('option', { value: '' }, text(ctx, 'choose')));
    for (const v of schema.enum) control.append(el('option', { value: v }, ctx.enumLabel(path, v)));
  } else if (markdown) {
    control = el('textarea', { id, name: path, rows: options.rows ?? 4 });
  } else {
    control = el('input', { id, name: path, type: 'text', autocomplete: 'off', spellcheck: schema.pattern ? 'false' : null,
      inputmode: schema.type === 'integer' ? 'numeric' : null, autocapitalize: schema.pattern === '^[A-Z]{2}$' ? 'characters' : null });
  }
  if (required) control.setAttribute('aria-required', 'true');
  wrapper.append(control);
  const messages = describe(ctx, path, id, control, wrapper, control, options.hint);
  const read = () => control.value.trim();
  const f = {
    el: wrapper, control, id, label: label.textContent,
    value() {
      const v = read();
      if (v === '') return undefined;
      return schema.type === 'integer' && /^\d+$/.test(v) ? Number(v) : v;
    },
    problem(active) {
      const v = read();
      if (v === '') return required && active ? text(ctx, schema.enum ? 'err_choose' : 'err_required') : null;
      if (schema.enum && !schema.enum.includes(v)) return text(ctx, 'err_choose');
      if (schema.type === 'integer') {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < (schema.minimum ?? -Infinity) || n > (schema.maximum ?? Infinity)) {
          return text(ctx, 'err_number', schema.minimum ?? '', schema.maximum ?? '');
        }
        return null;
      }
      const length = [...v].length;
      if (schema.minLength && length < schema.minLength) return text(ctx, 'err_min_length', schema.minLength);
      if (schema.maxLength && length > schema.maxLength) return text(ctx, 'err_max_length', schema.maxLength);
      const no = refused(ctx, path, v, markdown);
      if (no) return no;
      if (schema.pattern && !new RegExp(schema.pattern, 'u').test(v)) return patternMessage(ctx, schema.pattern);
      return options.extra ? options.extra(v) : null;
    },
    check(errors, active = true) {
      const problem = f.problem(active);
      if (problem) {
        messages.show(problem);
        errors.push({ id, label: label.textContent, message: problem });
      } else {
        messages.clear();
      }
    },
  };
  // Once a field shows an error, it is checked again as the reader corrects it.
  control.addEventListener(schema.enum ? 'change' : 'input', () => { if (wrapper.classList.contains('cf-invalid')) f.check([]); });
  return f;
}

/** A list of terms, as checkboxes. */
function checkboxes(ctx, path, schema, required) {
  const id = 'cf-' + key(path) + '-' + (++counter);
  const set = el('fieldset', { class: 'cf-group', id });
  set.append(el('legend', {}, text(ctx, 'field_' + key(path))));
  const boxes = schema.items.enum.map((v, i) => {
    const p = el('p', { class: 'cf-choice' });
    const box = el('input', { type: 'checkbox', id: `${id}-${i}`, value: v, name: path });
    p.append(box, ' ', el('label', { for: box.id }, ctx.enumLabel(path, v)));
    set.append(p);
    return box;
  });
  const messages = describe(ctx, path, id, set, set, set.children[1]);
  const f = {
    el: set, id: boxes[0].id,
    value: () => { const v = boxes.filter(b => b.checked).map(b => b.value); return v.length ? v : undefined; },
    check(errors, active = true) {
      const n = boxes.filter(b => b.checked).length;
      const min = schema.minItems ?? (required ? 1 : 0);
      if (active && n < min) {
        const message = text(ctx, 'err_min_items', min);
        messages.show(message);
        errors.push({ id: boxes[0].id, label: text(ctx, 'field_' + key(path)), message });
      } else {
        messages.clear();
      }
    },
  };
  return f;
}

/** An object: its fields in a fieldset. */
function group(ctx, path, schema, required, legend) {
  const set = el('fieldset', { class: legend !== undefined ? 'cf-group cf-entry' : 'cf-group' });
  set.append(el('legend', {}, legend ?? text(ctx, 'field_' + key(path))));
  const req = schema.required || [];
  const children = Object.entries(schema.properties || {}).filter(([, s]) => !s['x-auto'])
    .map(([name, s]) => [name, field(ctx, path + '.' + name, s, req.includes(name))]);
  children.forEach(([, c]) => set.append(c.el));
  const f = {
    el: set, children,
    value() {
      const out = {};
      for (const [name, c] of children) { const v = c.value(); if (v !== undefined) out[name] = v; }
      return Object.keys(out).length ? out : undefined;
    },
    check(errors, active = true) {
      const on = active && (required || f.value() !== undefined);
      children.forEach(([, c]) => c.check(errors, on));
    },
  };
  return f;
}

/** A list of objects (sources, figures, uses): entries with Remove, and Add another. */
function list(ctx, path, schema, required) {
  const id = 'cf-' + key(path) + '-' + (++counter);
  const name = path.split('.').pop();
  const set = el('fieldset', { class: 'cf-group', id });
  const title = text(ctx, 'field_' + key(path));
  set.append(el('legend', {}, title));
  const holder = el('div');
  const add = el('button', { type: 'button', class: 'cf-add', id: id + '-add' }, text(ctx, 'add_another'));
  add.append(el('span', { class: 'visually-hidden' }, ': ' + title));
  set.append(holder, el('p', {}, ''));
  set.lastChild.append(add);
  const messages = describe(ctx, path, id, set, set, holder);
  const min = schema.minItems ?? (required ? 1 : 0);
  const entries = [];
  const relabel = () => entries.forEach((e, i) => {
    e.group.el.querySelector('legend').textContent = text(ctx, 'entry', title, i + 1);
    e.remove.lastChild.textContent = ': ' + text(ctx, 'entry', title, i + 1);
    e.remove.hidden = entries.length <= Math.max(min, 1) && i === 0;
  });
  const addEntry = focus => {
    const g = group(ctx, name, schema.items, false, '');
    const remove = el('button', { type: 'button', class: 'cf-remove' }, text(ctx, 'remove'));
    remove.append(el('span', { class: 'visually-hidden' }, ''));
    const row = el('p');
    row.append(remove);
    g.el.append(row);
    const e = { group: g, remove };
    remove.addEventListener('click', () => {
      entries.splice(entries.indexOf(e), 1);
      g.el.remove();
      relabel();
      add.focus();
    });
    entries.push(e);
    holder.append(g.el);
    relabel();
    if (focus) g.el.querySelector('input, select, textarea').focus();
    if (ctx.onEntry) ctx.onEntry(path, g);
  };
  add.addEventListener('click', () => addEntry(true));
  for (let i = 0; i < min; i++) addEntry(false);
  return {
    el: set, id,
    value() {
      const v = entries.map(e => e.group.value()).filter(x => x !== undefined);
      return v.length ? v.map(x => (ctx.complete ? ctx.complete(path, x) : x)) : undefined;
    },
    check(errors, active = true) {
      entries.forEach((e, i) => e.group.check(errors, active && (i < min || e.group.value() !== undefined)));
      const n = entries.filter(e => e.group.value() !== undefined).length;
      if (active && n < min && entries.length === 0) {
        const message = text(ctx, 'err_min_items', min);
        messages.show(message);
        errors.push({ id: add.id, label: title, message });
      } else {
        messages.clear();
      }
    },
  };
}
