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

/**
 * @internal A candidate before ranking: partners and belangen as ascending indices (= id
 * order), with what the ranking reads (score, themes, concepts). Its {@link Intersection}, with
 * its ids and members, is made only when it is read (listed or chosen for the plan), once.
 */
export class Candidate {
  private made: Intersection | undefined;
  constructor(
    private readonly ctx: Context,
    readonly themes: readonly string[],
    /** The shared concepts, or `undefined` when intersections list no concepts and members. */
    readonly concepts: readonly string[] | undefined,
    readonly partners: readonly number[],
    readonly belangen: readonly number[],
    private readonly joinsOf: ((belang: number) => readonly Join[]) | undefined,
    private readonly mask: number,
    /** The rank score (see {@link Intersection.score}). */
    readonly score: number,
  ) {}

  /** The intersection, made on first reading. */
  get intersection(): Intersection {
    this.made ??= this.make();
    return this.made;
  }

  private make(): Intersection {
    const { ctx, joinsOf, mask } = this;
    const belangIds = this.belangen.map((i) => ctx.ids[i] as string);
    const members: IntersectionMember[] | undefined =
      joinsOf === undefined
        ? undefined
        : this.belangen.map((i, k) => ({
            belangId: belangIds[k] as string,
            partnerId: (ctx.belangen[i] as Belang).partnerId,
            joins: joinsOf(i),
          }));
    return {
      themes: this.themes,
      // Listed only when asked for (concepts or embeddings): otherwise as without them.
      ...(members === undefined ? {} : { concepts: this.concepts ?? NO_KEYS, members }),
      partnerIds: this.partners.map((p) => ctx.partnerIds[p] as string),
      belangIds,
      niveaus: NIVEAUS.filter((_, k) => (mask & (1 << k)) !== 0),
      brillen: BRILLEN.filter((_, k) => (mask & (1 << (3 + k))) !== 0),
      score: this.score,
    };
  }
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
  for (const i of belangen) {
    mask |= ctx.masks[i] as number;
    weight += ctx.weights[i] as number;
  }
  let niveaus = 0;
  for (let k = 0; k < NIVEAUS.length; k++) if ((mask & (1 << k)) !== 0) niveaus++;
  let brillen = 0;
  for (let k = 0; k < BRILLEN.length; k++) if ((mask & (1 << (3 + k))) !== 0) brillen++;
  const span = (niveaus / 3 + brillen / 4) / 2;
  const meanWeight = belangen.length === 0 ? 0 : weight / belangen.length / MAX_WEIGHT;
  const score = partners.length + (2 * span + meanWeight) / 3;
  return new Candidate(
    ctx,
    themes,
    joinsOf === undefined ? undefined : concepts,
    partners,
    belangen,
    joinsOf,
    mask,
    score,
  );
}
