// The Markdown file the contribution form makes: YAML front matter in the order the library's own files use,
// then the body. Strings are written plain only when YAML cannot read them as anything else (a number, a date,
// yes/no, a key); otherwise double-quoted (JSON escapes are valid YAML), or as a literal block when they span lines.

const RESERVED = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
const PLAIN = /^\p{L}[\p{L}\p{N} ,.()'’\-–&/]*$/u;

/** A scalar as YAML. */
export function scalar(value, indent) {
  if (typeof value === 'number') return String(value);
  const text = String(value);
  if (text.includes('\n') && !/^\s/.test(text)) {
    const pad = ' '.repeat(indent + 2);
    return '|-\n' + text.split('\n').map(line => (line === '' ? '' : pad + line)).join('\n');
  }
  if (PLAIN.test(text) && !RESERVED.test(text) && !/\s$/.test(text)) return text;
  return JSON.stringify(text).replace(/\u2028/g, '\\L').replace(/\u2029/g, '\\P');
}

/** One key and its value (string, number, list or map) at {@code indent} spaces. Empty values are left out. */
export function entry(key, value, indent = 0) {
  const pad = ' '.repeat(indent);
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return '';
  if (Array.isArray(value)) {
    if (value.every(v => typeof v !== 'object')) {
      const items = value.map(v => scalar(v, indent));
      if (items.every(i => !i.includes('\n'))) return `${pad}${key}: [${items.join(', ')}]\n`;
    }
    return `${pad}${key}:\n` + value.map(v => listItem(v, indent + 2)).join('');
  }
  if (typeof value === 'object') {
    return `${pad}${key}:\n` + Object.entries(value).map(([k, v]) => entry(k, v, indent + 2)).join('');
  }
  return `${pad}${key}: ${scalar(value, indent)}\n`;
}

function listItem(value, indent) {
  const pad = ' '.repeat(indent);
  if (typeof value !== 'object') return `${pad}- ${scalar(value, indent)}\n`;
  const lines = Object.entries(value).map(([k, v]) => entry(k, v, indent + 2)).join('');
  return pad + '- ' + lines.slice(indent + 2);
}

/** The whole file: front matter between --- lines, a blank line, the body. */
export function markdownFile(frontMatter, body) {
  const header = Object.entries(frontMatter).map(([k, v]) => entry(k, v)).join('');
  return `---\n${header}---\n${body.replace(/\s+$/, '')}\n`;
}

/** Today in the reader's time zone, YYYY-MM-DD. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
