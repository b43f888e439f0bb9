// Random-hyperplane LSH (Charikar 2002) for the pairs of many vectors whose cosine similarity
// reaches a threshold: every candidate is checked exactly and every group found is completed
// exactly, so no pair is invented and few are missed. Only `embeddingGroups` of
// `samenwerken/embeddings` brings it into an app; without it, all pairs are compared.

import { seededRandom } from "../internal/random";
import { unionFind } from "../internal/union-find";
import { type ApproximatePairs, similarPairs as pairs, type SimilarPair } from "./similar-pairs";

export type { SimilarPair } from "./similar-pairs";

/** Bits of the signature (two 32-bit words), tables and bits per table. */
const BITS = 64;
const TABLES = 32;
/** Bits per table: log2(n) minus this, so a bucket holds a few unrelated vectors. */
const PER_TABLE_LESS = 2;
/** Groups found by LSH up to this size are completed by comparing all their pairs. */
const COMPLETE_UP_TO = 400;

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * @internal Every pair of vectors (of different groups, when `groupOf` is given) with cosine
 * similarity ≥ `threshold`, sorted by `a`, then `b`: exact up to 3,000 vectors, beyond by LSH.
 */
export function similarPairs(
  vectors: readonly ArrayLike<number>[],
  threshold: number,
  groupOf?: (i: number) => number,
): SimilarPair[] {
  return pairs(vectors, threshold, groupOf, lsh);
}

/** @internal The LSH search, for {@link similarPairs} of `./similar-pairs`. */
export const lsh: ApproximatePairs = (x, n, dims, threshold, check, found) => {
  const rand = seededRandom(0x5eed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const planes = new Float32Array(BITS * dims);
  for (let k = 0; k < planes.length; k++) planes[k] = gauss();
  // 64-bit signatures: the side of each hyperplane.
  const sig = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const row = i * dims;
    let lo = 0;
    let hi = 0;
    for (let p = 0; p < BITS; p++) {
      const plane = p * dims;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let k = 0;
      for (; k + 3 < dims; k += 4) {
        s0 += (x[row + k] as number) * (planes[plane + k] as number);
        s1 += (x[row + k + 1] as number) * (planes[plane + k + 1] as number);
        s2 += (x[row + k + 2] as number) * (planes[plane + k + 2] as number);
        s3 += (x[row + k + 3] as number) * (planes[plane + k + 3] as number);
      }
      for (; k < dims; k++) s0 += (x[row + k] as number) * (planes[plane + k] as number);
      if (s0 + s1 + s2 + s3 >= 0) {
        if (p < 32) lo |= 1 << p;
        else hi |= 1 << (p - 32);
      }
    }
    sig[2 * i] = lo >>> 0;
    sig[2 * i + 1] = hi >>> 0;
  }
  // Bits per table: buckets hold about a handful of unrelated vectors.
  const perTable = Math.max(8, Math.min(20, Math.ceil(Math.log2(n)) - PER_TABLE_LESS));
  // Hamming prefilter: far more differing bits than the threshold's angle allows.
  const angle = Math.acos(Math.max(-1, Math.min(1, threshold))) / Math.PI;
  const maxHamming = Math.ceil(BITS * angle + 3 * Math.sqrt(BITS * angle * (1 - angle)) + 2);
  const bit = (i: number, p: number): number =>
    p < 32 ? ((sig[2 * i] as number) >>> p) & 1 : ((sig[2 * i + 1] as number) >>> (p - 32)) & 1;
  const keys = new Float64Array(n);
  const order = new Int32Array(n);
  for (let t = 0; t < TABLES; t++) {
    const chosen: number[] = [];
    while (chosen.length < perTable) {
      const p = Math.floor(rand() * BITS);
      if (!chosen.includes(p)) chosen.push(p);
    }
    for (let i = 0; i < n; i++) {
      let key = 0;
      for (const p of chosen) key = key * 2 + bit(i, p);
      keys[i] = key;
      order[i] = i;
    }
    // Sort by key (the index breaks ties): keys fit 20 bits, so key · n + index is exact.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (keys[i] as number) * n + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % n;
    for (let s = 0; s < n; ) {
      let e = s + 1;
      while (e < n && keys[order[e] as number] === keys[order[s] as number]) e++;
      for (let u = s; u < e; u++) {
        const i = order[u] as number;
        for (let v = u + 1; v < e; v++) {
          const j = order[v] as number;
          const h =
            popcount(((sig[2 * i] as number) ^ (sig[2 * j] as number)) >>> 0) +
            popcount(((sig[2 * i + 1] as number) ^ (sig[2 * j + 1] as number)) >>> 0);
          if (h <= maxHamming) check(i, j);
        }
      }
      s = e;
    }
  }
  // Complete the groups found: a pair LSH missed inside a group is compared exactly.
  const sets = unionFind(n);
  for (const key of found.keys()) {
    const a = Math.floor(key / n);
    sets.union(a, key - a * n);
  }
  for (const members of sets.components()) {
    if (members.length < 3 || members.length > COMPLETE_UP_TO) continue;
    for (let u = 0; u < members.length; u++) {
      for (let v = u + 1; v < members.length; v++)
        check(members[u] as number, members[v] as number);
    }
  }
};
