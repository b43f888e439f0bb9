import { betaQuantile } from "../internal/beta";
import { compareStrings } from "../internal/json";
import { reactionMatrix } from "../internal/reaction-matrix";
import { BRILLEN } from "../model/bril";
import { NIVEAUS } from "../model/niveau";
import type { Partner } from "../model/partner";
import type { Samenwerking } from "../model/samenwerking";
import { opinionGroups } from "./opinion-groups";

/** Support for a target: the share of `eens` among `eens` and `oneens`, with its uncertainty. */
export interface Support {
  /** Posterior mean under a Jeffreys prior: (eens + ½) / (eens + oneens + 1). */
  readonly mean: number;
  /** Lower end of the equal-tailed interval (90% unless asked otherwise). */
  readonly low: number;
  /** Upper end of the equal-tailed interval. */
  readonly high: number;
}

/** How often each stance was taken. */
export interface StanceCounts {
  /** Partners who agree. */
  readonly eens: number;
  /** Partners who disagree. */
  readonly oneens: number;
  /** Partners who passed. */
  readonly pas: number;
}

/**
 * Support as the posterior of the share of agreement under a Jeffreys prior,
 * Beta(eens + ½, oneens + ½): honest for small groups, where "4 of 5 agree" is far from
 * certain.
 *
 * @param eens - Number of partners who agree (≥ 0).
 * @param oneens - Number of partners who disagree (≥ 0).
 * @param options - `level`: the interval's probability, in (0, 1); 0.9 by default.
 * @returns The posterior mean and the equal-tailed interval. With no reactions: mean ½ and an
 *   interval spanning almost all of [0, 1].
 * @throws RangeError when a count is negative or not finite, or `level` is outside (0, 1).
 * @example
 * ```ts
 * const s = supportInterval(4, 1);
 * s.mean //=> 0.75
 * [s.low.toFixed(2), s.high.toFixed(2)] //=> ["0.44", "0.96"]
 * ```
 */
export function supportInterval(
  eens: number,
  oneens: number,
  options: { readonly level?: number } = {},
): Support {
  const level = options.level ?? 0.9;
  if (!(eens >= 0 && oneens >= 0 && Number.isFinite(eens) && Number.isFinite(oneens)))
    throw new RangeError(`supportInterval: counts must be finite and ≥ 0, got ${eens}, ${oneens}`);
  if (!(level > 0 && level < 1))
    throw new RangeError(`supportInterval: options.level must be in (0, 1), got ${level}`);
  const a = eens + 0.5;
  const b = oneens + 0.5;
  const tail = (1 - level) / 2;
  return { mean: a / (a + b), low: betaQuantile(tail, a, b), high: betaQuantile(1 - tail, a, b) };
}

/** How {@link consensus} groups partners: a named grouping or a function of the partner. */
export type GroupBy =
  | "bril"
  | "niveau"
  | "opinie"
  | ((partner: Partner) => string | readonly string[] | null | undefined);

/** Options of {@link consensus}. */
export interface ConsensusOptions {
  /**
   * How to group the partners: `"bril"` (by lens, the default), `"niveau"` (by the levels of
   * their belangen), `"opinie"` (by {@link opinionGroups}), or a function that returns a
   * partner's group name, several names, or nothing (the partner is then in no group).
   */
  readonly groupBy?: GroupBy;
  /** Probability of the support intervals, in (0, 1); 0.9 by default. */
  readonly level?: number;
  /** Seed of the opinion groups when `groupBy` is `"opinie"`; 1 by default. */
  readonly seed?: number;
}

/** Support of one group of partners for one target. */
export interface GroupSupport {
  /** The group's name: a lens, a level, an opinion group or a name the app gave. */
  readonly group: string;
  /** Every partner in the group, whether they reacted or not, sorted by id. */
  readonly partnerIds: readonly string[];
  /** How the group's reactions were split. */
  readonly counts: StanceCounts;
  /** The group's support (Jeffreys posterior; ½ when nobody in the group has reacted). */
  readonly support: Support;
}

/** Where the partners stand on one proposal or position. */
export interface TargetConsensus {
  /** The voorstel or standpunt. */
  readonly targetId: string;
  /** How the reactions that count were split. */
  readonly counts: StanceCounts;
  /** Partners who have not reacted to it yet, sorted by id. */
  readonly missing: readonly string[];
  /** Support among all partners who took a side. */
  readonly support: Support;
  /** Support per group, in the order of the groups. */
  readonly groups: readonly GroupSupport[];
  /**
   * Group-informed consensus: the product of the groups' mean support, taken to the power
   * 1 / (number of groups), in [0, 1]. One group that rejects the target pulls it down.
   */
  readonly groupConsensus: number;
}

/** The result of {@link consensus}. */
export interface ConsensusResult {
  /** One entry per voorstel (in document order), then per standpunt with reactions. */
  readonly targets: readonly TargetConsensus[];
  /** Targets supported (mean above ½) in every group, highest group consensus first. */
  readonly bridging: readonly string[];
  /** Cruxes: targets with support above ½ in one group and below ½ in another, widest gap first. */
  readonly divisive: readonly string[];
  /** The group names, in order. */
  readonly groupNames: readonly string[];
  /**
   * `"too-few-partners"` when `groupBy: "opinie"` was asked but the network is too small for
   * opinion groups: then all partners form one group, `"iedereen"`.
   */
  readonly note?: "too-few-partners";
}

interface Grouping {
  readonly names: string[];
  readonly members: string[][];
  readonly note?: "too-few-partners";
}

function groupPartners(s: Samenwerking, options: ConsensusOptions): Grouping {
  const groupBy = options.groupBy ?? "bril";
  const partners = [...s.partners].sort((a, b) => compareStrings(a.id, b.id));
  const collect = (names: readonly string[], of: (p: Partner) => Iterable<string>): Grouping => {
    const members = new Map<string, string[]>(names.map((n) => [n, []]));
    for (const p of partners)
      for (const g of new Set(of(p))) {
        let list = members.get(g);
        if (!list) {
          list = [];
          members.set(g, list);
        }
        list.push(p.id);
      }
    const kept = [...members].filter(([, ids]) => ids.length > 0);
    return { names: kept.map(([n]) => n), members: kept.map(([, ids]) => ids) };
  };
  if (groupBy === "bril") return collect(BRILLEN, (p) => p.brillen);
  if (groupBy === "niveau") {
    const levels = new Map<string, string[]>();
    for (const b of s.belangen) {
      const list = levels.get(b.partnerId) ?? [];
      list.push(b.niveau);
      levels.set(b.partnerId, list);
    }
    return collect(NIVEAUS, (p) => levels.get(p.id) ?? []);
  }
  if (groupBy === "opinie") {
    const og = opinionGroups(s.reacties ?? [], { seed: options.seed ?? 1 });
    if (og.status === "too-few-partners")
      return { names: ["iedereen"], members: [partners.map((p) => p.id)], note: og.status };
    const known = new Set(partners.map((p) => p.id));
    return {
      names: og.groups.map((g) => g.id),
      members: og.groups.map((g) => g.partnerIds.filter((id) => known.has(id))),
    };
  }
  if (typeof groupBy !== "function")
    throw new RangeError(
      `consensus: options.groupBy must be "bril", "niveau", "opinie" or a function, got ${String(groupBy)}`,
    );
  const of = (p: Partner): string[] => {
    const g = groupBy(p);
    if (g === null || g === undefined) return [];
    const list: unknown[] = typeof g === "string" ? [g] : Array.isArray(g) ? [...g] : [g];
    for (const name of list)
      if (typeof name !== "string")
        throw new RangeError(`consensus: options.groupBy must return strings, got ${String(name)}`);
    return list as string[];
  };
  const named = new Set<string>();
  for (const p of partners) for (const n of of(p)) named.add(n);
  return collect([...named].sort(compareStrings), of);
}

const ZERO: StanceCounts = { eens: 0, oneens: 0, pas: 0 };

/**
 * Where the partners stand on each proposal and position: counts, who has not spoken yet,
 * support with an honest interval, support per group, group-informed consensus, and which
 * targets bridge the groups or divide them.
 *
 * @param s - A validated collaboration.
 * @param options - See {@link ConsensusOptions}: the grouping (by lens by default), the
 *   interval's probability, the seed of opinion groups.
 * @returns A {@link ConsensusResult}.
 * @throws RangeError when `options.groupBy` or `options.level` is not valid.
 *
 * @remarks
 * Only the latest reaction of a partner to a target counts (see {@link latestReacties}), so the
 * result does not depend on the order of the reactions. A partner with several lenses (or
 * levels, or names returned by `groupBy`) counts in each of those groups. Groups without members
 * are left out. `bridging` is ordered by group consensus (highest first), `divisive` by the gap
 * between the most and the least supportive group (widest first); ties by id. The input is not
 * mutated.
 *
 * @example
 * ```ts
 * const c = consensus(exampleSamenwerking());
 * c.targets[0].targetId //=> "v-telefoon"
 * c.targets[0].counts //=> { eens: 6, oneens: 0, pas: 0 }
 * c.bridging[0] //=> "v-telefoon"
 * ```
 */
export function consensus(s: Samenwerking, options: ConsensusOptions = {}): ConsensusResult {
  const level = options.level ?? 0.9;
  if (!(level > 0 && level < 1))
    throw new RangeError(`consensus: options.level must be in (0, 1), got ${level}`);
  const grouping = groupPartners(s, options);
  const voorstellen = s.voorstellen ?? [];
  const reacties = s.reacties ?? [];
  const targetOrder: string[] = voorstellen.map((v) => v.id);
  const reacted = new Set(reacties.map((r) => r.targetId));
  for (const sp of s.standpunten) if (reacted.has(sp.id)) targetOrder.push(sp.id);
  const partnerIds = s.partners.map((p) => p.id);
  const m = reactionMatrix(reacties, { partnerIds, targetIds: targetOrder });
  const P = m.partnerIds.length;
  const T = m.targetIds.length;
  const G = grouping.names.length;
  // Groups of each partner, by partner index.
  const pIndex = new Map(m.partnerIds.map((id, i) => [id, i]));
  const groupsOf: number[][] = Array.from({ length: P }, () => []);
  grouping.members.forEach((ids, g) => {
    for (const id of ids) groupsOf[pIndex.get(id) as number]?.push(g);
  });
  const counts = new Int32Array(T * 3);
  const gCounts = new Int32Array(T * G * 3);
  const slot = (v: number): number => (v === 1 ? 0 : v === -1 ? 1 : 2);
  for (let e = 0; e < m.value.length; e++) {
    const t = m.target[e] as number;
    const k = slot(m.value[e] as number);
    counts[t * 3 + k] = (counts[t * 3 + k] as number) + 1;
    for (const g of groupsOf[m.partner[e] as number] as number[]) {
      const i = (t * G + g) * 3 + k;
      gCounts[i] = (gCounts[i] as number) + 1;
    }
  }
  // Entries are sorted by target, then partner: the reacting partners of each target are a run.
  const runStart = new Int32Array(T + 1);
  for (let e = 0; e < m.target.length; e++)
    runStart[(m.target[e] as number) + 1] = (runStart[(m.target[e] as number) + 1] as number) + 1;
  for (let t = 0; t < T; t++)
    runStart[t + 1] = (runStart[t + 1] as number) + (runStart[t] as number);
  const cache = new Map<number, Support>();
  const supportOf = (a: number, d: number): Support => {
    const key = a * 1_048_576 + d;
    let sup = cache.get(key);
    if (!sup) {
      sup = supportInterval(a, d, { level });
      cache.set(key, sup);
    }
    return sup;
  };
  const members = grouping.members.map((ids) => Object.freeze([...ids]));
  const tIndex = new Map(m.targetIds.map((id, i) => [id, i]));
  const docPartners = new Set(partnerIds);
  const targets = targetOrder.map((targetId): TargetConsensus => {
    const t = tIndex.get(targetId) as number;
    const c = {
      eens: counts[t * 3] as number,
      oneens: counts[t * 3 + 1] as number,
      pas: counts[t * 3 + 2] as number,
    };
    const groups: GroupSupport[] = [];
    let logSum = 0;
    for (let g = 0; g < G; g++) {
      const i = (t * G + g) * 3;
      const gc: StanceCounts =
        gCounts[i] === 0 && gCounts[i + 1] === 0 && gCounts[i + 2] === 0
          ? ZERO
          : {
              eens: gCounts[i] as number,
              oneens: gCounts[i + 1] as number,
              pas: gCounts[i + 2] as number,
            };
      const sup = supportOf(gc.eens, gc.oneens);
      logSum += Math.log(sup.mean);
      groups.push({
        group: grouping.names[g] as string,
        partnerIds: members[g] as readonly string[],
        counts: gc,
        support: sup,
      });
    }
    let missing: string[] | undefined;
    const from = runStart[t] as number;
    const to = runStart[t + 1] as number;
    return {
      targetId,
      counts: c,
      get missing(): readonly string[] {
        if (missing === undefined) {
          missing = [];
          let e = from;
          for (let p = 0; p < P; p++) {
            if (e < to && m.partner[e] === p) {
              e++;
              continue;
            }
            const id = m.partnerIds[p] as string;
            if (docPartners.has(id)) missing.push(id);
          }
        }
        return missing;
      },
      support: supportOf(c.eens, c.oneens),
      groups,
      groupConsensus: G === 0 ? supportOf(c.eens, c.oneens).mean : Math.exp(logSum / G),
    };
  });
  const byId = (a: TargetConsensus, b: TargetConsensus): number =>
    compareStrings(a.targetId, b.targetId);
  const bridging = targets
    .filter((t) => t.groups.length > 0 && t.groups.every((g) => g.support.mean > 0.5))
    .sort((a, b) => b.groupConsensus - a.groupConsensus || byId(a, b))
    .map((t) => t.targetId);
  const gap = (t: TargetConsensus): number => {
    let hi = 0;
    let lo = 1;
    for (const g of t.groups) {
      hi = Math.max(hi, g.support.mean);
      lo = Math.min(lo, g.support.mean);
    }
    return hi > 0.5 && lo < 0.5 ? hi - lo : 0;
  };
  const divisive = targets
    .map((t) => [t, gap(t)] as const)
    .filter(([, g]) => g > 0)
    .sort((a, b) => b[1] - a[1] || byId(a[0], b[0]))
    .map(([t]) => t.targetId);
  return {
    targets,
    bridging,
    divisive,
    groupNames: [...grouping.names],
    ...(grouping.note ? { note: grouping.note } : {}),
  };
}
