import { instantOf, type Reactie } from "../model/reactie";
import { compareStrings } from "./json";

/**
 * The reactions that count (latest per partner and target), as a sparse matrix of integer
 * indices: partners and targets sorted by id, one entry per reacting pair.
 */
export interface ReactionMatrix {
  /** Partner ids, sorted. */
  readonly partnerIds: readonly string[];
  /** Target ids, sorted. */
  readonly targetIds: readonly string[];
  /** Per entry: index into `partnerIds`. */
  readonly partner: Int32Array;
  /** Per entry: index into `targetIds`. */
  readonly target: Int32Array;
  /** Per entry: 1 eens, -1 oneens, 0 pas. */
  readonly value: Int8Array;
  /** Per entry: index of the reaction in the input list. */
  readonly source: Int32Array;
}

const VALUE = { eens: 1, oneens: -1, pas: 0 } as const;

function indexIds(ids: Iterable<string>): [string[], Map<string, number>] {
  const sorted = [...new Set(ids)].sort(compareStrings);
  return [sorted, new Map(sorted.map((id, i) => [id, i]))];
}

/** Builds the matrix of the reactions that count; extra ids may be added to the axes. */
export function reactionMatrix(
  reacties: readonly Reactie[],
  extra: { readonly partnerIds?: Iterable<string>; readonly targetIds?: Iterable<string> } = {},
): ReactionMatrix {
  const pIds = new Set<string>(extra.partnerIds ?? []);
  const tIds = new Set<string>(extra.targetIds ?? []);
  for (const r of reacties) {
    pIds.add(r.partnerId);
    tIds.add(r.targetId);
  }
  const [partnerIds, pIndex] = indexIds(pIds);
  const [targetIds, tIndex] = indexIds(tIds);
  const P = partnerIds.length;
  const T = targetIds.length;
  const m = reacties.length;
  const pOf = new Int32Array(m);
  const tOf = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const r = reacties[i] as Reactie;
    pOf[i] = pIndex.get(r.partnerId) as number;
    tOf[i] = tIndex.get(r.targetId) as number;
  }
  // The reactions in (target, partner, input) order: two stable counting sorts, linear in m.
  const byPartner = countingSort(identity(m), pOf, P);
  const order = countingSort(byPartner, tOf, T);
  // Per (target, partner) cell the latest reaction: a later one replaces an earlier one unless
  // both are dated and it is dated before.
  const chosen: number[] = [];
  for (let a = 0; a < m; ) {
    let best = order[a] as number;
    let b = a + 1;
    for (; b < m; b++) {
      const i = order[b] as number;
      if (tOf[i] !== tOf[best] || pOf[i] !== pOf[best]) break;
      const prev = reacties[best] as Reactie;
      const r = reacties[i] as Reactie;
      if (prev.at !== undefined && r.at !== undefined && instantOf(r.at) < instantOf(prev.at)) {
        continue;
      }
      best = i;
    }
    chosen.push(best);
    a = b;
  }
  const n = chosen.length;
  const partner = new Int32Array(n);
  const target = new Int32Array(n);
  const value = new Int8Array(n);
  const source = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const src = chosen[e] as number;
    target[e] = tOf[src] as number;
    partner[e] = pOf[src] as number;
    value[e] = VALUE[(reacties[src] as Reactie).stance];
    source[e] = src;
  }
  return { partnerIds, targetIds, partner, target, value, source };
}

function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Stable counting sort of `items` by `keyOf[item]` in [0, size). */
function countingSort(items: Int32Array, keyOf: Int32Array, size: number): Int32Array {
  const start = new Int32Array(size + 1);
  for (let k = 0; k < items.length; k++) {
    const key = keyOf[items[k] as number] as number;
    start[key + 1] = (start[key + 1] as number) + 1;
  }
  for (let key = 0; key < size; key++)
    start[key + 1] = (start[key + 1] as number) + (start[key] as number);
  const out = new Int32Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as number;
    const key = keyOf[item] as number;
    out[start[key] as number] = item;
    start[key] = (start[key] as number) + 1;
  }
  return out;
}
