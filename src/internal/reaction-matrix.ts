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
  // Latest reaction per (target, partner) cell.
  const cell = new Map<number, number>();
  for (let i = 0; i < reacties.length; i++) {
    const r = reacties[i] as Reactie;
    const key = (tIndex.get(r.targetId) as number) * P + (pIndex.get(r.partnerId) as number);
    const cur = cell.get(key);
    if (cur !== undefined) {
      const prev = reacties[cur] as Reactie;
      if (prev.at !== undefined && r.at !== undefined && instantOf(r.at) < instantOf(prev.at))
        continue;
    }
    cell.set(key, i);
  }
  const keys = Float64Array.from(cell.keys()).sort();
  const n = keys.length;
  const partner = new Int32Array(n);
  const target = new Int32Array(n);
  const value = new Int8Array(n);
  const source = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const key = keys[e] as number;
    const src = cell.get(key) as number;
    target[e] = Math.floor(key / P);
    partner[e] = key - (target[e] as number) * P;
    value[e] = VALUE[(reacties[src] as Reactie).stance];
    source[e] = src;
  }
  return { partnerIds, targetIds, partner, target, value, source };
}
