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
  const threshold = options.threshold ?? 0.1;
  if (!(threshold >= 0 && threshold <= 0.5))
    throw new RangeError(
      `supportOverTime: options.threshold must be in [0, 0.5], got ${threshold}`,
    );
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
    let trend: SupportTrend["trend"] = "stable";
    if (points.length >= 2) {
      const first = Math.abs((points[0] as SupportPoint).support.mean - 0.5);
      const last = Math.abs((points[points.length - 1] as SupportPoint).support.mean - 0.5);
      if (last - first > threshold) trend = "converging";
      else if (first - last > threshold) trend = "diverging";
    }
    out.push({ targetId, points, trend });
  }
  return out;
}
