/** Disjoint sets over 0..n-1, with path compression; the smaller index is always the root. */
export interface UnionFind {
  /** The root of `i`'s set: its smallest member. */
  find(i: number): number;
  /** Joins the sets of `a` and `b`. */
  union(a: number, b: number): void;
  /**
   * The sets, each in ascending order, in the order of their smallest member; members that
   * `keep` refuses are left out (and a set left empty is left out).
   */
  components(keep?: (i: number) => boolean): number[][];
}

/** Disjoint sets over `n` elements. The result does not depend on the order of unions. */
export function unionFind(n: number): UnionFind {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    let c = i;
    while (parent[c] !== r) {
      const next = parent[c] as number;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      // The smaller index becomes the root: the sets do not depend on call order.
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
    components(keep) {
      const byRoot = new Map<number, number[]>();
      for (let i = 0; i < n; i++) {
        if (keep !== undefined && !keep(i)) continue;
        const r = find(i);
        const list = byRoot.get(r);
        if (list === undefined) byRoot.set(r, [i]);
        else list.push(i);
      }
      return [...byRoot.values()];
    },
  };
}
