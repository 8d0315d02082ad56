// Readers of the binary search files written by org.clausebook.search (ShardWriter, DocumentTables).
// The byte layout is described once, in docs/search-format.md.

/** Gunzips the bytes of a .bin file; passes them through if the host already removed the gzip layer. */
export async function gunzip(bytes) {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Sequential reader of bytes and unsigned LEB128 varints. */
export class Reader {
  constructor(bytes, pos = 0) {
    this.bytes = bytes;
    this.pos = pos;
  }

  u8() {
    return this.bytes[this.pos++];
  }

  varint() {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
  }

  string() {
    const length = this.varint();
    const text = new TextDecoder().decode(this.bytes.subarray(this.pos, this.pos + length));
    this.pos += length;
    return text;
  }
}

/**
 * A term block (TermDictionary): its entries in dictionary order (folded form, then term), each with its folded
 * form (key), usual word (surface), document frequency and where its postings start and end.
 */
export function parseBlock(bytes) {
  const reader = new Reader(bytes);
  const format = reader.u8();
  if (format !== 2) throw new Error('unknown block format ' + format);
  const count = reader.varint();
  const entries = new Array(count);
  for (let i = 0; i < count; i++) {
    const term = reader.string();
    const flags = reader.u8();
    const key = (flags & 1) !== 0 ? reader.string() : term;
    let surface = term;
    if ((flags & 2) !== 0) {
      const common = reader.varint();
      surface = term.slice(0, common) + reader.string();
    }
    const df = reader.varint();
    const length = reader.varint();
    entries[i] = { term, key, surface, df, bytes, start: reader.pos, end: reader.pos + length };
    reader.pos += length;
  }
  return entries;
}

/** A term's postings per field (null where the field lacks the term): doc ids, frequencies and norm bytes. */
export function decodePostings(entry, fieldCount) {
  const reader = new Reader(entry.bytes, entry.start);
  const mask = reader.u8();
  const out = new Array(fieldCount).fill(null);
  for (let field = 0; field < fieldCount; field++) {
    if ((mask & (1 << field)) === 0) continue;
    const n = reader.varint();
    const docs = new Int32Array(n);
    const freqs = new Int32Array(n);
    const norms = new Uint8Array(n);
    let doc = 0;
    for (let i = 0; i < n; i++) {
      const v = reader.varint();
      doc += Math.floor(v / 2);
      docs[i] = doc;
      freqs[i] = v % 2 === 1 ? 1 : reader.varint();
      norms[i] = reader.u8();
    }
    out[field] = { docs, freqs, norms };
  }
  if (reader.pos !== entry.end) throw new Error('corrupt postings');
  return out;
}

/** The facet table: per doc id, the ordinals of its facet terms. */
export function parseFacets(bytes) {
  const reader = new Reader(bytes);
  const format = reader.u8();
  if (format !== 1) throw new Error('unknown facet table format ' + format);
  const docs = reader.varint();
  const out = new Array(docs);
  for (let d = 0; d < docs; d++) {
    const n = reader.varint();
    const ordinals = new Int32Array(n);
    for (let i = 0; i < n; i++) ordinals[i] = reader.varint();
    out[d] = ordinals;
  }
  return out;
}
