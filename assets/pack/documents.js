// The tender pack's files, put together from the parts the build wrote for each item (<id>-<version>.<lang>.pack.json,
// see org.clausebook.office.Downloads): one .docx or .odt (a contents table, then each item on a new page), .md or .txt.
// The Word styles and list definitions come from the pack index (org.clausebook.office.OoxmlParts), so the pack
// numbers lists exactly as the single downloads do; each list gets its own w:num, as OoxmlParts.num does.

import { zip } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ODT_TYPE = 'application/vnd.oasis.opendocument.text';

/**
 * pack: { title, lang, date (Date), headers: [6 labels], rows: [[id, version, title, stage, ambition, url]],
 *         parts: [pack part JSON], docx: { styles, abstractNums } }
 */
export function packDocx(pack) {
  const nums = [];
  let body = paragraph('Title', pack.title) + paragraph('Caption', isoDate(pack.date));
  body += table(pack.headers, pack.rows);
  for (const part of pack.parts) {
    const offset = nums.length;
    part.lists.forEach(([ordered, start]) => nums.push(num(nums.length + 1, ordered === 1, start)));
    body += '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
      + part.docx.replace(/<w:numId w:val="(\d+)"\/>/g, (m, id) => `<w:numId w:val="${offset + Number(id)}"/>`);
  }
  const document = `${XML}<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body}`
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"'
    + ' w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>';
  const files = [
    { name: '[Content_Types].xml', text: contentTypes() },
    { name: '_rels/.rels', text: rels([['officeDocument', REL + '/officeDocument', 'word/document.xml'],
      ['core', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml']]) },
    { name: 'docProps/core.xml', text: core(pack) },
    { name: 'word/_rels/document.xml.rels', text: rels([['styles', REL + '/styles', 'styles.xml'], ['numbering', REL + '/numbering', 'numbering.xml']]) },
    { name: 'word/document.xml', text: document },
    { name: 'word/numbering.xml', text: `${XML}<w:numbering xmlns:w="${W}">${pack.docx.abstractNums}${nums.join('')}</w:numbering>` },
    { name: 'word/styles.xml', text: pack.docx.styles },
  ];
  return zip(files, pack.date, DOCX_TYPE);
}

/** The pack as OpenDocument text: the frame of the pack index (org.clausebook.office.OdtWriter.packFrame) around the parts. */
export function packOdt(pack) {
  const cell = (text, bold) => '<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Small">'
    + (bold ? `<text:span text:style-name="TB">${escape(text)}</text:span>` : escape(text)) + '</text:p></table:table-cell>';
  let body = `<text:p text:style-name="Title">${escape(pack.title)}</text:p><text:p text:style-name="Caption">${isoDate(pack.date)}</text:p>`
    + '<table:table table:name="contents">' + [1, 2, 3, 4, 5, 6].map(i => `<table:table-column table:style-name="Col${i}"/>`).join('')
    + '<table:table-header-rows><table:table-row>'
    + pack.headers.map(h => cell(h, true)).join('') + '</table:table-row></table:table-header-rows>'
    + pack.rows.map(r => '<table:table-row>' + r.map(c => cell(c, false)).join('') + '</table:table-row>').join('') + '</table:table>';
  for (const part of pack.parts) body += '<text:p text:style-name="PB"/>' + part.odt;
  const meta = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    + ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
    + `<office:meta><meta:generator>Clausebook</meta:generator><dc:title>${escape(pack.title)}</dc:title>`
    + `<dc:language>${escape(pack.lang)}</dc:language><meta:creation-date>${isoDate(pack.date)}T00:00:00</meta:creation-date>`
    + '</office:meta></office:document-meta>';
  return zip([
    { name: 'mimetype', text: ODT_TYPE },
    { name: 'META-INF/manifest.xml', text: pack.odt.manifest },
    { name: 'meta.xml', text: meta },
    { name: 'styles.xml', text: pack.odt.styles },
    { name: 'content.xml', text: pack.odt.contentStart + body + pack.odt.contentEnd },
  ], pack.date, ODT_TYPE);
}

/** The pack as Markdown: a title, the contents as a list, then each item's Markdown download. */
export function packMarkdown(pack) {
  const lines = [`# ${pack.title}`, '', isoDate(pack.date), ''];
  pack.rows.forEach(r => lines.push(`- ${r[2]} (${r[0]}@${r[1]}, ${r[3]}) <${r[5]}>`));
  return lines.join('\n') + '\n\n' + pack.parts.map(p => p.md.replace(/^# /, '## ').replace(/\n## /g, '\n### ')).join('\n---\n\n');
}

/** The pack as plain text. */
export function packText(pack) {
  const lines = [pack.title, '='.repeat(Math.min(72, pack.title.length)), '', isoDate(pack.date), ''];
  pack.rows.forEach((r, i) => lines.push(`${i + 1}. ${r[2]} (${r[0]}@${r[1]}, ${r[3]}) ${r[5]}`));
  return lines.join('\n') + '\n\n' + pack.parts.map(p => p.txt).join('\n\n' + '*'.repeat(72) + '\n\n');
}

function num(id, ordered, start) {
  let out = `<w:num w:numId="${id}"><w:abstractNumId w:val="${ordered ? 0 : 1}"/>`;
  for (let i = 0; i < 3; i++) out += `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="${i === 0 ? start : 1}"/></w:lvlOverride>`;
  return out + '</w:num>';
}

function paragraph(style, text) {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(text, false)}</w:p>`;
}

function run(text, bold, small) {
  const props = (bold ? '<w:b/>' : '') + (small ? '<w:sz w:val="18"/><w:szCs w:val="18"/>' : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** Column widths of the contents table in twentieths of a point (17 cm in all). */
const WIDTHS = [1757, 850, 2608, 1531, 1587, 1305];

function table(headers, rows) {
  const border = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map(side => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const cell = (text, i, bold) => `<w:tc><w:tcPr><w:tcW w:w="${WIDTHS[i]}" w:type="dxa"/></w:tcPr><w:p>${run(text, bold, true)}</w:p></w:tc>`;
  let out = `<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:tblBorders>${border}</w:tblBorders>`
    + '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>' + WIDTHS.map(w => `<w:gridCol w:w="${w}"/>`).join('') + '</w:tblGrid>';
  out += '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + headers.map((h, i) => cell(h, i, true)).join('') + '</w:tr>';
  for (const row of rows) out += '<w:tr><w:trPr><w:cantSplit/></w:trPr>' + row.map((c, i) => cell(c, i, false)).join('') + '</w:tr>';
  return out + '</w:tbl><w:p/>';
}

function contentTypes() {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + `<Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/>`
    + `<Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/>`
    + `<Override PartName="/word/numbering.xml" ContentType="${main}.numbering+xml"/>`
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';
}

function rels(list) {
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') + '</Relationships>';
}

function core(pack) {
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"`
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    + ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escape(pack.title)}</dc:title><dc:creator>Clausebook</dc:creator><dc:language>${escape(pack.lang)}</dc:language>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${isoDate(pack.date)}T00:00:00Z</dcterms:created></cp:coreProperties>`;
}

export function isoDate(date) {
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function escape(text) {
  return String(text).replace(/[<>&"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c])
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
