// The contribution form (/<lang>/contribute/new/, templates/contribute.ftlh). Fetches form.json (the content
// schema's portrait and translation fields, the items, the strings: org.clausebook.render.ContributeData), builds
// the fields, checks them on submit with the rules validate applies (errors inline and in a summary that takes
// focus), and writes content/<section>/<id>/<lang>.md: shown, downloadable, and, when the site names a
// repository, opened in GitHub's "new file" page. Nothing leaves the browser unless the reader follows that link.

import { field, scalar, text } from './fields.js';
import { markdownFile, today } from './file.js';

const app = document.getElementById('cf-app');
const $ = id => document.getElementById(id);

if (app) {
  $('cf-loading').hidden = false;
  fetch(app.dataset.src).then(r => { if (!r.ok) throw new Error(r.status); return r.json(); }).then(start).catch(() => {
    $('cf-loading').hidden = true;
    announce(app.dataset.failed || 'The form could not be loaded.', true);
  });
}

function announce(message, visible) {
  const status = $('cf-status');
  status.textContent = '';
  setTimeout(() => { status.textContent = message; }, 50);
  if (visible) {
    const p = document.createElement('p');
    p.className = 'notice';
    p.textContent = message;
    app.prepend(p);
  }
}

function start(data) {
  const s = data.strings;
  const byId = new Map(data.items.map(i => [i.id, i]));
  const ctx = {
    s,
    placeholders: data.placeholders,
    enumLabel(path, value) {
      if (path === 'uses.id') return byId.has(value) ? `${byId.get(value).title} (${value})` : value;
      const labels = data.enumLabels[path] || data.enumLabels[path.split('.').pop()] || {};
      return labels[value] || value;
    },
    // A use names the item's current version, which the reader does not type.
    complete(path, entry) {
      return path === 'uses' && entry.id && byId.has(entry.id) ? { id: entry.id, version: byId.get(entry.id).version, ...(entry.note ? { note: entry.note } : {}) } : entry;
    },
  };
  app.dataset.failed = s.failed;
  $('cf-loading').hidden = true;
  const form = $('cf-form');
  const holder = $('cf-fields');
  let current = null;

  const portrait = () => {
    const langField = choice(ctx, 'portrait_lang', data.languages.map(l => [l.lang, l.name]), data.lang);
    const idField = scalar(ctx, 'id', { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 }, true, {
      label: s.id, hint: s.id_help, extra: v => (byId.has(v) ? s.id_taken : null) });
    const schema = data.schema.portraits;
    const fields = Object.entries(schema.properties).map(([name, sch]) => [name, field(ctx, name, sch, schema.required.includes(name))]);
    const body = document.createElement('fieldset');
    body.className = 'cf-group';
    const legend = document.createElement('legend');
    legend.textContent = s.body_legend;
    body.append(legend);
    const sections = ['heading_who', 'heading_approach', 'heading_followup', 'heading_lessons'].map(h => {
      const f = scalar(ctx, 'body.' + h, { type: 'string' }, false, { label: s[h], markdown: true, rows: 6 });
      body.append(f.el);
      return [h, f];
    });
    const help = document.createElement('p');
    help.className = 'cf-hint';
    help.textContent = s.help_markdown;
    body.insertBefore(help, sections[0][1].el);
    const all = [langField, idField, ...fields.map(([, f]) => f), ...sections.map(([, f]) => f)];
    return {
      nodes: [langField.el, idField.el, ...fields.map(([, f]) => f.el), body],
      check: errors => all.forEach(f => f.check(errors)),
      file() {
        const lang = langField.control.value;
        const strings = data.fileStrings[lang];
        const date = today();
        const v = Object.fromEntries(fields.map(([n, f]) => [n, f.value()]));
        const front = { title: v.title, summary: v.summary, version: '1.0', date, status: 'published', organisation: v.organisation,
          themes: v.themes, uses: v.uses, sources: v.sources, changes: [{ version: '1.0', date, note: strings.first_version }] };
        const text = sections.map(([h, f]) => `## ${strings[h]}\n\n${f.value() ?? ''}`.trim()).join('\n\n');
        return { path: `content/portraits/${idField.value()}/${lang}.md`, lang, text: markdownFile(front, text) };
      },
    };
  };

  const translation = () => {
    const itemField = choice(ctx, 'item', [], '');
    const select = itemField.control;
    select.options[0].textContent = s.item_choose;
    const sectionOrder = ['criteria', 'clauses', 'practices', 'portraits'];
    for (const section of sectionOrder) {
      const group = document.createElement('optgroup');
      group.label = data.enumLabels.section[section] || section;
      data.items.filter(i => i.section === section).forEach(i => {
        const o = document.createElement('option');
        o.value = i.id;
        o.textContent = `${i.title} (${i.id})`;
        group.append(o);
      });
      if (group.children.length) select.append(group);
    }
    const intoField = choice(ctx, 'into', [], '');
    const schema = data.schema.translation;
    // The portrait's help for title and summary does not fit a translation: the originals show what to write.
    const tctx = { ...ctx, s: { ...s, help_title: undefined, help_summary: undefined } };
    const fields = Object.entries(schema.properties).map(([name, sch]) => [name, field(tctx, name, sch, schema.required.includes(name))]);
    const bodyField = scalar(ctx, 'body', { type: 'string' }, false, { label: s.field_body, markdown: true, rows: 12 });
    const itemOnly = ['tender_text', 'verification'];
    const refresh = () => {
      const item = byId.get(select.value);
      const open = item ? data.languages.filter(l => !item.languages.includes(l.lang)) : data.languages;
      const keep = intoField.control.value;
      intoField.setOptions(open.map(l => [l.lang, l.name]), open.some(l => l.lang === keep) ? keep : '');
      intoField.control.disabled = item !== undefined && open.length === 0;
      for (const [name, f] of fields) f.el.hidden = itemOnly.includes(name) && !(item && ['criteria', 'clauses'].includes(item.section));
    };
    select.addEventListener('change', refresh);
    refresh();
    const visible = () => [itemField, intoField, ...fields.filter(([, f]) => !f.el.hidden).map(([, f]) => f), bodyField];
    return {
      nodes: [itemField.el, intoField.el, ...fields.map(([, f]) => f.el), bodyField.el],
      check(errors) {
        const item = byId.get(select.value);
        visible().forEach(f => f.check(errors));
        if (item && intoField.control.disabled) errors.push({ id: intoField.id, label: s.into, message: s.into_none });
      },
      file() {
        const item = byId.get(select.value);
        const lang = intoField.control.value;
        const v = Object.fromEntries(fields.filter(([, f]) => !f.el.hidden).map(([n, f]) => [n, f.value()]));
        const front = { translation_of: item.version, title: v.title, summary: v.summary, date: today(), status: 'published',
          tender_text: v.tender_text, verification: v.verification };
        return { path: `content/${item.section}/${item.id}/${lang}.md`, lang, text: markdownFile(front, bodyField.value() ?? '') };
      },
    };
  };

  const show = kind => {
    current = kind === 'translation' ? translation() : portrait();
    holder.textContent = '';
    current.nodes.forEach(n => holder.append(n));
    $('cf-summary').hidden = true;
    $('cf-result').hidden = true;
  };
  for (const radio of form.querySelectorAll('input[name="kind"]')) radio.addEventListener('change', () => show(radio.value));
  show(form.querySelector('input[name="kind"]:checked').value);
  form.hidden = false;

  form.addEventListener('submit', event => {
    event.preventDefault();
    const errors = [];
    current.check(errors);
    const summary = $('cf-summary');
    const list = $('cf-summary-list');
    list.textContent = '';
    if (errors.length) {
      for (const e of errors) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = '#' + e.id;
        a.textContent = `${e.label}: ${e.message}`;
        a.addEventListener('click', ev => {
          ev.preventDefault();
          const target = $(e.id);
          target.scrollIntoView({ block: 'center' });
          target.focus();
        });
        li.append(a);
        list.append(li);
      }
      summary.hidden = false;
      $('cf-result').hidden = true;
      summary.focus();
      return;
    }
    summary.hidden = true;
    result(current.file(), data, s);
  });
}

/** A labelled select of [value, label] pairs, with a "choose" option, that can be refilled. */
function choice(ctx, name, pairs, selected) {
  const f = scalar(ctx, name, { type: 'string', enum: pairs.map(p => p[0]) }, true, { label: ctx.s[name], hint: ctx.s[name + '_help'] ?? '' });
  f.setOptions = (list, value) => {
    const first = f.control.options[0];
    f.control.textContent = '';
    f.control.append(first);
    for (const [v, label] of list) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = label;
      f.control.append(o);
    }
    f.control.value = value;
    f.enumValues = list.map(p => p[0]);
  };
  f.setOptions(pairs, selected);
  // The options change with the item chosen: check against what the select offers now.
  const base = f.problem;
  f.problem = active => {
    const v = f.control.value;
    if (v === '') return active ? text(ctx, 'err_choose') : null;
    return [...f.control.options].some(o => o.value === v) ? null : base(active);
  };
  return f;
}

function result(file, data, s) {
  const section = $('cf-result');
  $('cf-output').value = file.text;
  const path = $('cf-path');
  path.textContent = '';
  const [before, after] = s.result_path.split('{0}');
  const code = document.createElement('code');
  code.textContent = file.path;
  path.append(before, code, after ?? '');
  const download = $('cf-download');
  download.onclick = () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }));
    a.download = `${file.lang}.md`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  };
  const github = $('cf-github');
  if (github && data.newFile) {
    github.href = `${data.newFile}?filename=${encodeURIComponent(file.path)}&value=${encodeURIComponent(file.text)}`;
  }
  section.hidden = false;
  $('cf-result-heading').focus();
  announce(s.ready);
}
