// Lucene 9.12's BM25Similarity in 32-bit float arithmetic: every operation rounded with Math.fround, in the order
// Java evaluates it, so scores are bit-identical to IndexSearcher's. See docs/search-format.md, "Scoring".

const f = Math.fround;

/** SmallFloat.byte4ToInt: the field length a one-byte norm stands for. */
export function byte4ToInt(b) {
  const NUM_FREE_VALUES = 255 - 231; // SmallFloat: 255 - longToInt4(Integer.MAX_VALUE)
  const i = b & 0xff;
  if (i < NUM_FREE_VALUES) return i;
  const v = i - NUM_FREE_VALUES;
  const bits = v & 0x07;
  const shift = (v >>> 3) - 1;
  const decoded = shift === -1 ? bits : (bits | 0x08) * 2 ** shift;
  return NUM_FREE_VALUES + decoded;
}

const LENGTH_TABLE = Float32Array.from({ length: 256 }, (_, i) => byte4ToInt(i));

/** BM25Similarity.avgFieldLength: (float) (sumTotalTermFreq / (double) docCount). */
export function avgFieldLength(sumTotalTermFreq, docCount) {
  return f(sumTotalTermFreq / docCount);
}

/** BM25Similarity.idf: (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D)). */
export function idf(docFreq, docCount) {
  return f(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
}

/** The scorer's cache: cache[norm] = 1f / (k1 * ((1 - b) + b * LENGTH_TABLE[norm] / avgdl)). */
export function normCache(k1, b, avgdl) {
  const cache = new Float32Array(256);
  const oneMinusB = f(1 - b);
  for (let i = 0; i < 256; i++) {
    cache[i] = f(1 / f(k1 * f(oneMinusB + f(f(b * LENGTH_TABLE[i]) / avgdl))));
  }
  return cache;
}

/** BM25Scorer.score: weight - weight / (1f + freq * normInverse), weight = boost * idf. */
export function score(weight, freq, normInverse) {
  return f(weight - f(weight / f(1 + f(freq * normInverse))));
}

export { f as fround };
