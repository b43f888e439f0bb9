// What win-win's matchers share (the plain ones of ./win-win and the concept one of
// ./win-win-concepts, which a vocabulary carries): one run's numbering and a candidate's score.

import { type Belang, MAX_WEIGHT } from "../model/belang";
import { BRILLEN } from "../model/bril";
import { NIVEAUS } from "../model/niveau";
import type { Intersection, IntersectionMember, Join } from "./win-win";

/** @internal The belangen (sorted by id) and partners (sorted by id) of one run, numbered. */
export interface Context {
  readonly belangen: readonly Belang[];
  /** Their ids, in the same order. */
  readonly ids: readonly string[];
  /** Per belang (in id order): its position in `samenwerking.belangen`. */
  readonly order: readonly number[];
  readonly partnerIds: readonly string[];
  readonly partnerIndex: ReadonlyMap<string, number>;
  /** Per belang: bits 0–2 its level, bits 3–6 its lenses (own `bril`, else the partner's). */
  readonly masks: Uint8Array;
  /** Per belang: its weight (1 when absent). */
  readonly weights: Float64Array;
}

/** @internal No keys. */
export const NO_KEYS: readonly string[] = [];

/** @internal A candidate before ranking: partners and belangen as ascending indices (= id order). */
export interface Candidate {
  readonly intersection: Intersection;
  readonly partners: readonly number[];
  readonly belangen: readonly number[];
}

/** @internal Ascending, without duplicates. */
export function uniqueSorted(values: readonly number[]): number[] {
  const sorted = Int32Array.from(values).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] as number;
    if (i === 0 || v !== sorted[i - 1]) out.push(v);
  }
  return out;
}

/** @internal Keys that join the same partners, with the belangen that carry them. */
export interface PartnerGroup {
  /** Ascending partner indices. */
  readonly partners: readonly number[];
  /** The keys (a word theme, a concept), in the order they were given. */
  readonly keys: readonly string[];
  /** The belangen of all its keys: ascending, without duplicates. */
  readonly belangen: readonly number[];
}

/**
 * @internal Groups keys by the set of partners whose belangen carry them: one group per
 * partner set of at least `minPartners` partners, in order of first appearance. Each key's
 * belangen must be ascending (pushed in id order, once per belang).
 */
export function groupByPartners(
  byKey: ReadonlyMap<
    string,
    { readonly belangen: readonly number[]; readonly partners: readonly number[] }
  >,
  minPartners: number,
): PartnerGroup[] {
  const groups = new Map<
    string,
    { partners: number[]; keys: string[]; belangen: (readonly number[])[] }
  >();
  for (const [key, e] of byKey) {
    if (e.belangen.length < minPartners) continue;
    const partners = uniqueSorted(e.partners);
    if (partners.length < minPartners) continue;
    const id = partners.join(",");
    const g = groups.get(id);
    if (g === undefined) groups.set(id, { partners, keys: [key], belangen: [e.belangen] });
    else {
      g.keys.push(key);
      g.belangen.push(e.belangen);
    }
  }
  return [...groups.values()].map((g) => ({
    partners: g.partners,
    keys: g.keys,
    // One key: its belangen are ascending already.
    belangen:
      g.belangen.length === 1 ? (g.belangen[0] as number[]) : uniqueSorted(g.belangen.flat()),
  }));
}

/** @internal A candidate of the given belangen (indices in id order), scored. */
export function makeCandidate(
  ctx: Context,
  themes: readonly string[],
  concepts: readonly string[],
  partners: readonly number[],
  belangen: readonly number[],
  joinsOf: ((belang: number) => readonly Join[]) | undefined,
): Candidate {
  let mask = 0;
  let weight = 0;
  const belangIds: string[] = [];
  const members: IntersectionMember[] = [];
  for (const i of belangen) {
    const belangId = ctx.ids[i] as string;
    belangIds.push(belangId);
    if (joinsOf !== undefined) {
      members.push({
        belangId,
        partnerId: (ctx.belangen[i] as Belang).partnerId,
        joins: joinsOf(i),
      });
    }
    mask |= ctx.masks[i] as number;
    weight += ctx.weights[i] as number;
  }
  const niveaus = NIVEAUS.filter((_, k) => (mask & (1 << k)) !== 0);
  const brillen = BRILLEN.filter((_, k) => (mask & (1 << (3 + k))) !== 0);
  const span = (niveaus.length / 3 + brillen.length / 4) / 2;
  const meanWeight = belangen.length === 0 ? 0 : weight / belangen.length / MAX_WEIGHT;
  const score = partners.length + (2 * span + meanWeight) / 3;
  return {
    intersection: {
      themes,
      // Listed only when asked for (concepts or embeddings): otherwise as without them.
      ...(joinsOf === undefined ? {} : { concepts, members }),
      partnerIds: partners.map((p) => ctx.partnerIds[p] as string),
      belangIds,
      niveaus,
      brillen,
      score,
    },
    partners,
    belangen,
  };
}
