import { instantOf, type Reactie } from "../model/reactie";
import type { Samenwerking } from "../model/samenwerking";
import { type StanceCounts, type Support, supportInterval } from "./consensus";

/** Support for a target as it stood at one moment. */
export interface SupportPoint {
  /** The moment: the `at` of the reactions that moved it. */
  readonly at: string;
  /** The reactions that counted at that moment (the latest per partner up to then). */
  readonly counts: StanceCounts;
  /** Support at that moment (Jeffreys posterior, 90% interval). */
  readonly support: Support;
}

/** How support for a target moved over time. */
export interface SupportTrend {
  /** The voorstel or standpunt. */
  readonly targetId: string;
  /** One point per distinct moment at which a dated reaction to the target was given. */
  readonly points: readonly SupportPoint[];
  /**
   * `"converging"` when the partners moved towards one side (support moved away from ½ by more
   * than the threshold between the first and the last point), `"diverging"` when they moved
   * apart (towards ½), `"stable"` otherwise or with fewer than two points.
   */
  readonly trend: "converging" | "diverging" | "stable";
}

/** Options of {@link supportOverTime}. */
export interface SupportOverTimeOptions {
  /** Smallest change in the distance of support from ½ that counts as a trend; 0.1 by default. */
  readonly threshold?: number;
}

/** Converging, diverging or stable, from the first and the last point. */
function trendOf(
  points: readonly { readonly support: Support }[],
  threshold: number,
): SupportTrend["trend"] {
  if (points.length < 2) return "stable";
  const first = Math.abs((points[0] as { support: Support }).support.mean - 0.5);
  const last = Math.abs((points[points.length - 1] as { support: Support }).support.mean - 0.5);
  if (last - first > threshold) return "converging";
  if (first - last > threshold) return "diverging";
  return "stable";
}

function checkThreshold(fn: string, options: SupportOverTimeOptions): number {
  const threshold = options.threshold ?? 0.1;
  if (!(threshold >= 0 && threshold <= 0.5))
    throw new RangeError(`${fn}: options.threshold must be in [0, 0.5], got ${threshold}`);
  return threshold;
}

/**
 * Support per proposal over time, by the `at` of the reactions: the support after each moment a
 * partner reacted, and whether the partners are converging, diverging or stable.
 *
 * @param s - A validated collaboration.
 * @param options - See {@link SupportOverTimeOptions}.
 * @returns One {@link SupportTrend} per voorstel, then per standpunt, that has dated reactions,
 *   in document order.
 * @throws RangeError when `threshold` is not in [0, 0.5].
 *
 * @remarks
 * Reactions without `at` are left out: they cannot be placed in time. A later reaction of a
 * partner replaces their earlier one from its moment on. The input is not mutated.
 *
 * @example
 * ```ts
 * const [first] = supportOverTime(exampleSamenwerking());
 * first.targetId //=> "v-telefoon"
 * first.trend //=> "converging"
 * ```
 */
export function supportOverTime(
  s: Samenwerking,
  options: SupportOverTimeOptions = {},
): SupportTrend[] {
  const threshold = checkThreshold("supportOverTime", options);
  const dated = new Map<string, { r: Reactie; t: number; i: number }[]>();
  (s.reacties ?? []).forEach((r, i) => {
    if (r.at === undefined) return;
    const list = dated.get(r.targetId) ?? [];
    list.push({ r, t: instantOf(r.at), i });
    dated.set(r.targetId, list);
  });
  const order = [...(s.voorstellen ?? []).map((v) => v.id), ...s.standpunten.map((sp) => sp.id)];
  const out: SupportTrend[] = [];
  for (const targetId of order) {
    const list = dated.get(targetId);
    if (!list) continue;
    list.sort((a, b) => a.t - b.t || a.i - b.i);
    const current = new Map<string, Reactie["stance"]>();
    const points: SupportPoint[] = [];
    for (let k = 0; k < list.length; k++) {
      const { r, t } = list[k] as { r: Reactie; t: number };
      current.set(r.partnerId, r.stance);
      if (k + 1 < list.length && (list[k + 1] as { t: number }).t === t) continue;
      const counts = { eens: 0, oneens: 0, pas: 0 };
      for (const st of current.values()) counts[st]++;
      points.push({
        at: r.at as string,
        counts,
        support: supportInterval(counts.eens, counts.oneens),
      });
    }
    out.push({ targetId, points, trend: trendOf(points, threshold) });
  }
  return out;
}

/** Support for a target among the reactions given while one revision of the ambition was current. */
export interface RevisionSupportPoint {
  /** The revision of the ambition. */
  readonly revision: number;
  /** When the revision was made (its `at`). */
  readonly at: string;
  /** The reactions given while it was current (the latest per partner in that period). */
  readonly counts: StanceCounts;
  /** Support among those reactions (Jeffreys posterior, 90% interval). */
  readonly support: Support;
}

/** How support for a target moved across the revisions of the shared ambition. */
export interface RevisionSupportTrend {
  /** The voorstel or standpunt. */
  readonly targetId: string;
  /** One point per dated revision during which the target received reactions, oldest first. */
  readonly points: readonly RevisionSupportPoint[];
  /** As in {@link SupportTrend}: from the first and the last point. */
  readonly trend: "converging" | "diverging" | "stable";
}

/**
 * Support per proposal across the revisions of the shared ambition: for each revision, the
 * support among the reactions given while that revision was current, and whether the partners
 * are converging, diverging or stable as the ambition is rewritten.
 *
 * @param s - A validated collaboration.
 * @param options - See {@link SupportOverTimeOptions}.
 * @returns One {@link RevisionSupportTrend} per voorstel, then per standpunt, that received
 *   dated reactions while a dated revision was current, in document order; none when there is
 *   no ambition or none of its revisions carries an `at`.
 * @throws RangeError when `threshold` is not in [0, 0.5].
 *
 * @remarks
 * A revision is current from its `at` (set with `createAmbition` or `reviseAmbition`) until the
 * `at` of the next dated revision; undated revisions cannot be placed in time and are skipped,
 * so their period belongs to the dated revision before them. A reaction counts for the revision
 * current at its `at` (a reaction at the very moment of a revision counts for the new one);
 * reactions without `at`, or before the first dated revision, are left out. Within one
 * revision a partner's latest reaction counts. Unlike {@link supportOverTime}, earlier
 * reactions do not carry over into the next revision: each point shows how the partners reacted
 * to the ambition as it then stood. The input is not mutated.
 *
 * @example
 * ```ts
 * const [telefoon] = supportPerRevision(exampleSamenwerking());
 * telefoon.targetId //=> "v-telefoon"
 * telefoon.points.map((p) => p.revision) //=> [1, 2, 3]
 * telefoon.points[0].counts //=> { eens: 1, oneens: 1, pas: 0 }
 * telefoon.trend //=> "converging"
 * ```
 */
export function supportPerRevision(
  s: Samenwerking,
  options: SupportOverTimeOptions = {},
): RevisionSupportTrend[] {
  const threshold = checkThreshold("supportPerRevision", options);
  const revisions = (s.ambition?.history ?? [])
    .filter((h) => h.at !== undefined)
    .map((h) => ({ revision: h.revision, at: h.at as string, t: instantOf(h.at as string) }));
  if (revisions.length === 0) return [];
  // Per target, per revision index: the latest stance per partner in that period.
  const byTarget = new Map<
    string,
    Map<number, Map<string, { stance: Reactie["stance"]; t: number }>>
  >();
  for (const r of s.reacties ?? []) {
    if (r.at === undefined) continue;
    const t = instantOf(r.at);
    // The last dated revision made at or before t.
    let lo = 0;
    let hi = revisions.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((revisions[mid] as { t: number }).t <= t) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) continue;
    const perRevision = byTarget.get(r.targetId) ?? new Map();
    byTarget.set(r.targetId, perRevision);
    const partners = perRevision.get(k) ?? new Map();
    perRevision.set(k, partners);
    const prev = partners.get(r.partnerId);
    if (prev === undefined || t >= prev.t) partners.set(r.partnerId, { stance: r.stance, t });
  }
  const order = [...(s.voorstellen ?? []).map((v) => v.id), ...s.standpunten.map((sp) => sp.id)];
  const out: RevisionSupportTrend[] = [];
  for (const targetId of order) {
    const perRevision = byTarget.get(targetId);
    if (!perRevision) continue;
    const points: RevisionSupportPoint[] = [...perRevision.keys()]
      .sort((a, b) => a - b)
      .map((k) => {
        const counts = { eens: 0, oneens: 0, pas: 0 };
        for (const { stance } of (
          perRevision.get(k) as Map<string, { stance: Reactie["stance"] }>
        ).values())
          counts[stance]++;
        const { revision, at } = revisions[k] as { revision: number; at: string };
        return { revision, at, counts, support: supportInterval(counts.eens, counts.oneens) };
      });
    out.push({ targetId, points, trend: trendOf(points, threshold) });
  }
  return out;
}
