// Pairs of vectors whose cosine similarity reaches a threshold, compared exactly: all pairs, or,
// beyond EXACT_UP_TO vectors, the candidates an approximate search (the LSH of
// `samenwerken/embeddings`, carried by the embeddings an app passes) proposes.

/** @internal A pair of vector indices (a < b) and their cosine. */
export interface SimilarPair {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * @internal An approximate search: calls `check(i, j)` for the candidate pairs of the unit rows
 * `x` (n × dims); `found` holds the pairs found so far (key a · n + b).
 */
export type ApproximatePairs = (
  x: Float32Array,
  n: number,
  dims: number,
  threshold: number,
  check: (i: number, j: number) => void,
  found: Map<number, number>,
) => void;

/** Up to this many vectors, every pair is compared. */
export const EXACT_UP_TO = 3000;

/**
 * @internal Where embeddings made by `embeddingGroups` (`samenwerken/embeddings`) carry their
 * approximate search: a registered symbol, the same in every bundle of the package.
 */
export const APPROXIMATE: unique symbol = Symbol.for("samenwerken.approximatePairs");

/** @internal Each vector scaled to length 1 (a zero vector stays zero), row after row. */
export function unitRows(vectors: readonly ArrayLike<number>[], dims: number): Float32Array {
  const out = new Float32Array(vectors.length * dims);
  vectors.forEach((v, i) => {
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += (v[k] as number) * (v[k] as number);
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < dims; k++) out[i * dims + k] = (v[k] as number) * s;
  });
  return out;
}

/** @internal The dot product of rows `i` and `j`. */
export function dot(x: Float32Array, i: number, j: number, dims: number): number {
  let s = 0;
  const a = i * dims;
  const b = j * dims;
  for (let k = 0; k < dims; k++) s += (x[a + k] as number) * (x[b + k] as number);
  return s;
}

/**
 * @internal Every pair of vectors (of different groups, when `groupOf` is given) with cosine
 * similarity ≥ `threshold`, sorted by `a`, then `b`. Exact up to {@link EXACT_UP_TO} vectors,
 * and beyond when no `approximate` search is given; else approximate (seeded, so deterministic).
 */
export function similarPairs(
  vectors: readonly ArrayLike<number>[],
  threshold: number,
  groupOf?: (i: number) => number,
  approximate?: ApproximatePairs,
): SimilarPair[] {
  const n = vectors.length;
  if (n < 2) return [];
  const dims = (vectors[0] as ArrayLike<number>).length;
  const x = unitRows(vectors, dims);
  const same = (i: number, j: number): boolean =>
    groupOf !== undefined && groupOf(i) === groupOf(j);
  const found = new Map<number, number>();
  const check = (i: number, j: number): void => {
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const key = a * n + b;
    if (found.has(key) || same(a, b)) return;
    const s = dot(x, a, b, dims);
    if (s >= threshold) found.set(key, s);
  };
  if (n > EXACT_UP_TO && approximate !== undefined)
    approximate(x, n, dims, threshold, check, found);
  else for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) check(i, j);
  const out: SimilarPair[] = [];
  for (const [key, similarity] of found) {
    const a = Math.floor(key / n);
    out.push({ a, b: key - a * n, similarity });
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}
