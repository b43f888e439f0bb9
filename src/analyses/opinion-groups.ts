import { compareStrings } from "../internal/json";
import { seededRandom } from "../internal/random";
import { reactionMatrix } from "../internal/reaction-matrix";
import type { Reactie } from "../model/reactie";

/** Options of {@link opinionGroups}. */
export interface OpinionGroupsOptions {
  /** Seed of the random starts; the same seed gives the same groups. 1 by default. */
  readonly seed?: number;
  /** Fewest partners (with enough reactions) to form groups; 8 by default, at least 4. */
  readonly minPartners?: number;
  /**
   * Fewest reactions a partner needs to be placed; by default 7, or half the targets when there
   * are fewer than 14.
   */
  readonly minReactions?: number;
  /** Most groups to consider; 5 by default (at least 2). */
  readonly maxGroups?: number;
  /** Most statements listed per group as representative; 5 by default. */
  readonly maxRepresentative?: number;
}

/** A target that sets a group apart: the group reacts this way much more often than the rest. */
export interface RepresentativeTarget {
  /** The voorstel or standpunt. */
  readonly targetId: string;
  /** How the group reacts to it, more than the others do. */
  readonly stance: "eens" | "oneens";
  /** Smoothed share of the group's reactions with this stance: (n + 1) / (seen + 2). */
  readonly inGroup: number;
  /** The same share among the partners outside the group. */
  readonly outGroup: number;
  /** `inGroup / outGroup`: how much more typical the stance is for the group. */
  readonly ratio: number;
  /** Two-proportion z-score of the difference; listed only when at least 1.645 (p < 0.05). */
  readonly z: number;
}

/** One opinion group: partners who react alike. */
export interface OpinionGroup {
  /** `"A"`, `"B"`, …: the largest group first (ties: the group with the smallest partner id). */
  readonly id: string;
  /** The partners in the group, sorted by id. */
  readonly partnerIds: readonly string[];
  /** The targets that best represent the group, most representative first (ties by id). */
  readonly representative: readonly RepresentativeTarget[];
}

/** Where one partner lies on the two main axes of disagreement. */
export interface OpinionPosition {
  /** The partner. */
  readonly partnerId: string;
  /** First principal component. */
  readonly x: number;
  /** Second principal component. */
  readonly y: number;
  /** The partner's opinion group. */
  readonly group: string;
}

/** The result of {@link opinionGroups}. */
export interface OpinionGroups {
  /**
   * `"ok"`, or `"too-few-partners"` when fewer partners reacted enough than the method can
   * support: then no groups are invented and `groups` and `positions` are empty.
   */
  readonly status: "ok" | "too-few-partners";
  /** The groups, largest first. */
  readonly groups: readonly OpinionGroup[];
  /** Each placed partner on the first two principal components, sorted by partner id. */
  readonly positions: readonly OpinionPosition[];
  /**
   * Quality of the grouping: the mean silhouette in [-1, 1] (above 0.5 a clear structure, below
   * 0.25 hardly any); 0 when there are no groups.
   */
  readonly silhouette: number;
  /** Partners with too few reactions to place, sorted by id. */
  readonly unplaced: readonly string[];
  /** How many partners reacted enough to be placed. */
  readonly placed: number;
  /** The fewest placed partners needed for groups. */
  readonly minPartners: number;
}

const Z_95 = 1.6448536269514722;
/** Points used to score a grouping by silhouette; larger sets are sampled (seeded). */
const SILHOUETTE_SAMPLE = 1500;

function kMeans(
  xs: Float64Array,
  ys: Float64Array,
  k: number,
  rand: () => number,
): { labels: Int32Array; inertia: number } {
  const n = xs.length;
  const cx = new Float64Array(k);
  const cy = new Float64Array(k);
  // k-means++ start
  const d2 = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    cx[c] = xs[pick] as number;
    cy[c] = ys[pick] as number;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dx = (xs[i] as number) - (cx[c] as number);
      const dy = (ys[i] as number) - (cy[c] as number);
      const d = dx * dx + dy * dy;
      if (d < (d2[i] as number)) d2[i] = d;
      total += d2[i] as number;
    }
    let r = rand() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= d2[i] as number;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const labels = new Int32Array(n);
  const sx = new Float64Array(k);
  const sy = new Float64Array(k);
  const cnt = new Int32Array(k);
  let inertia = 0;
  for (let iter = 0; iter < 100; iter++) {
    let changed = false;
    inertia = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Number.POSITIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const dx = (xs[i] as number) - (cx[c] as number);
        const dy = (ys[i] as number) - (cy[c] as number);
        const d = dx * dx + dy * dy;
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      if (labels[i] !== best || iter === 0) {
        changed ||= labels[i] !== best;
        labels[i] = best;
      }
      inertia += bestD;
    }
    if (!changed && iter > 0) break;
    sx.fill(0);
    sy.fill(0);
    cnt.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i] as number;
      sx[c] = (sx[c] as number) + (xs[i] as number);
      sy[c] = (sy[c] as number) + (ys[i] as number);
      cnt[c] = (cnt[c] as number) + 1;
    }
    for (let c = 0; c < k; c++)
      if ((cnt[c] as number) > 0) {
        cx[c] = (sx[c] as number) / (cnt[c] as number);
        cy[c] = (sy[c] as number) / (cnt[c] as number);
      }
  }
  return { labels, inertia };
}

function silhouette(
  xs: Float64Array,
  ys: Float64Array,
  labels: Int32Array,
  k: number,
  sample: Int32Array,
): number {
  const sums = new Float64Array(k);
  const counts = new Int32Array(k);
  for (const i of sample) counts[labels[i] as number] = (counts[labels[i] as number] as number) + 1;
  let total = 0;
  for (const i of sample) {
    sums.fill(0);
    for (const j of sample) {
      const dx = (xs[i] as number) - (xs[j] as number);
      const dy = (ys[i] as number) - (ys[j] as number);
      sums[labels[j] as number] =
        (sums[labels[j] as number] as number) + Math.sqrt(dx * dx + dy * dy);
    }
    const own = labels[i] as number;
    const ownCount = counts[own] as number;
    if (ownCount <= 1) continue;
    const a = (sums[own] as number) / (ownCount - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++)
      if (c !== own && (counts[c] as number) > 0)
        b = Math.min(b, (sums[c] as number) / (counts[c] as number));
    const m = Math.max(a, b);
    total += m > 0 ? (b - a) / m : 0;
  }
  return total / sample.length;
}

/**
 * Opinion groups: partners who react alike, found from their reactions alone, with the targets
 * that set each group apart and a measure of how clear the grouping is.
 *
 * @param reacties - Reactions (a plain list; only the latest per partner and target counts).
 * @param options - See {@link OpinionGroupsOptions}: the seed, and when a network is large
 *   enough.
 * @returns An {@link OpinionGroups}; with fewer placed partners than `minPartners`, status
 *   `"too-few-partners"` and no groups.
 * @throws RangeError when an option is out of range.
 *
 * @remarks
 * The method, after Pol.is: reactions become a partner × target matrix (eens 1, oneens −1,
 * pas 0); a missing reaction is read as the target's mean reaction. Its two main axes of
 * disagreement are found by principal component analysis (power iteration on the sparse
 * matrix), and each partner's position is scaled up by √(targets / reactions) so that partners
 * who reacted to little are not pulled to the centre. k-means (k-means++ starts, seeded) groups
 * the positions for 2 to `maxGroups` groups, and the number with the best mean silhouette wins.
 * A target represents a group when the group takes a stance on it more often than the rest
 * (smoothed shares, ratio above 1, one-sided two-proportion z-test at 5%). Deterministic for a
 * given seed; the input is not mutated.
 *
 * @example
 * ```ts
 * const g = opinionGroups(exampleSamenwerking().reacties ?? []);
 * g.status //=> "too-few-partners"
 * ```
 */
export function opinionGroups(
  reacties: readonly Reactie[],
  options: OpinionGroupsOptions = {},
): OpinionGroups {
  const seed = options.seed ?? 1;
  const minPartners = options.minPartners ?? 8;
  const maxGroups = options.maxGroups ?? 5;
  const maxRep = options.maxRepresentative ?? 5;
  if (!Number.isInteger(minPartners) || minPartners < 4)
    throw new RangeError(
      `opinionGroups: options.minPartners must be an integer ≥ 4, got ${minPartners}`,
    );
  if (!Number.isInteger(maxGroups) || maxGroups < 2)
    throw new RangeError(
      `opinionGroups: options.maxGroups must be an integer ≥ 2, got ${maxGroups}`,
    );
  if (!Number.isFinite(seed))
    throw new RangeError(`opinionGroups: options.seed must be a number, got ${seed}`);
  const m = reactionMatrix(reacties);
  const T = m.targetIds.length;
  const minReactions = options.minReactions ?? Math.max(1, Math.min(7, Math.ceil(T / 2)));
  const P = m.partnerIds.length;
  const n = new Int32Array(P);
  for (let e = 0; e < m.partner.length; e++)
    n[m.partner[e] as number] = (n[m.partner[e] as number] as number) + 1;
  const placedIdx: number[] = [];
  const unplaced: string[] = [];
  for (let p = 0; p < P; p++) {
    if ((n[p] as number) >= minReactions) placedIdx.push(p);
    else unplaced.push(m.partnerIds[p] as string);
  }
  const N = placedIdx.length;
  const empty = (): OpinionGroups => ({
    status: "too-few-partners",
    groups: [],
    positions: [],
    silhouette: 0,
    unplaced: [...m.partnerIds],
    placed: N,
    minPartners,
  });
  if (N < minPartners || T < 2) return empty();
  const row = new Int32Array(P).fill(-1);
  placedIdx.forEach((p, r) => {
    row[p] = r;
  });
  // Entries of placed partners, centred by the column means.
  const colSum = new Float64Array(T);
  const colCnt = new Int32Array(T);
  for (let e = 0; e < m.partner.length; e++) {
    if ((row[m.partner[e] as number] as number) < 0) continue;
    const t = m.target[e] as number;
    colSum[t] = (colSum[t] as number) + (m.value[e] as number);
    colCnt[t] = (colCnt[t] as number) + 1;
  }
  const ents: number[] = [];
  for (let e = 0; e < m.partner.length; e++)
    if ((row[m.partner[e] as number] as number) >= 0) ents.push(e);
  const E = ents.length;
  const er = new Int32Array(E);
  const et = new Int32Array(E);
  const ev = new Float64Array(E);
  ents.forEach((e, i) => {
    const t = m.target[e] as number;
    er[i] = row[m.partner[e] as number] as number;
    et[i] = t;
    ev[i] = (m.value[e] as number) - (colSum[t] as number) / Math.max(1, colCnt[t] as number);
  });
  // Top two right singular vectors by subspace iteration on Zᵀ Z.
  const rand = seededRandom(seed);
  const comps: Float64Array[] = [];
  const u = new Float64Array(N);
  for (let c = 0; c < 2; c++) {
    let v = new Float64Array(T);
    for (let t = 0; t < T; t++) v[t] = rand() - 0.5;
    for (let iter = 0; iter < 200; iter++) {
      u.fill(0);
      for (let i = 0; i < E; i++)
        u[er[i] as number] =
          (u[er[i] as number] as number) + (ev[i] as number) * (v[et[i] as number] as number);
      const w = new Float64Array(T);
      for (let i = 0; i < E; i++)
        w[et[i] as number] =
          (w[et[i] as number] as number) + (ev[i] as number) * (u[er[i] as number] as number);
      for (const prev of comps) {
        let dot = 0;
        for (let t = 0; t < T; t++) dot += (w[t] as number) * (prev[t] as number);
        for (let t = 0; t < T; t++) w[t] = (w[t] as number) - dot * (prev[t] as number);
      }
      let norm = 0;
      for (let t = 0; t < T; t++) norm += (w[t] as number) ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) break;
      let diff = 0;
      for (let t = 0; t < T; t++) {
        const x = (w[t] as number) / norm;
        diff += (x - (v[t] as number)) ** 2;
        w[t] = x;
      }
      v = w;
      if (diff < 1e-12) break;
    }
    // Sign convention: the largest loading is positive, so the picture does not flip.
    let big = 0;
    for (let t = 0; t < T; t++) if (Math.abs(v[t] as number) > Math.abs(v[big] as number)) big = t;
    if ((v[big] as number) < 0) for (let t = 0; t < T; t++) v[t] = -(v[t] as number);
    comps.push(v);
  }
  const xs = new Float64Array(N);
  const ys = new Float64Array(N);
  const v0 = comps[0] as Float64Array;
  const v1 = comps[1] as Float64Array;
  for (let i = 0; i < E; i++) {
    const r = er[i] as number;
    xs[r] = (xs[r] as number) + (ev[i] as number) * (v0[et[i] as number] as number);
    ys[r] = (ys[r] as number) + (ev[i] as number) * (v1[et[i] as number] as number);
  }
  for (let r = 0; r < N; r++) {
    const scale = Math.sqrt(T / (n[placedIdx[r] as number] as number));
    xs[r] = (xs[r] as number) * scale;
    ys[r] = (ys[r] as number) * scale;
  }
  // Sample for silhouette scores.
  let sample: Int32Array;
  if (N <= SILHOUETTE_SAMPLE) sample = Int32Array.from({ length: N }, (_, i) => i);
  else {
    const idx = Int32Array.from({ length: N }, (_, i) => i);
    for (let i = 0; i < SILHOUETTE_SAMPLE; i++) {
      const j = i + Math.floor(rand() * (N - i));
      const tmp = idx[i] as number;
      idx[i] = idx[j] as number;
      idx[j] = tmp;
    }
    sample = idx.slice(0, SILHOUETTE_SAMPLE).sort();
  }
  let best: { labels: Int32Array; k: number; score: number } | undefined;
  const kMax = Math.min(maxGroups, Math.floor(N / 2));
  for (let k = 2; k <= kMax; k++) {
    let fit: { labels: Int32Array; inertia: number } | undefined;
    for (let restart = 0; restart < 4; restart++) {
      const f = kMeans(xs, ys, k, rand);
      if (!fit || f.inertia < fit.inertia - 1e-9) fit = f;
    }
    const f = fit as { labels: Int32Array; inertia: number };
    const score = silhouette(xs, ys, f.labels, k, sample);
    if (!best || score > best.score + 1e-12) best = { labels: f.labels, k, score };
  }
  const chosen = best as { labels: Int32Array; k: number; score: number };
  // Name groups: largest first, ties by smallest partner id (rows are in id order).
  const members: number[][] = Array.from({ length: chosen.k }, () => []);
  for (let r = 0; r < N; r++) members[chosen.labels[r] as number]?.push(r);
  const order = members
    .map((rows, c) => ({ rows, c }))
    .filter((g) => g.rows.length > 0)
    .sort((a, b) => b.rows.length - a.rows.length || (a.rows[0] as number) - (b.rows[0] as number));
  const G = order.length;
  const groupOfRow = new Int32Array(N);
  order.forEach((g, gi) => {
    for (const r of g.rows) groupOfRow[r] = gi;
  });
  // Counts per group and target: agree, disagree, seen.
  const gc = new Int32Array(G * T * 3);
  const tot = new Int32Array(T * 3);
  for (let i = 0; i < E; i++) {
    const g = groupOfRow[er[i] as number] as number;
    const t = et[i] as number;
    const val = m.value[ents[i] as number] as number;
    const base = (g * T + t) * 3;
    if (val === 1) gc[base] = (gc[base] as number) + 1;
    else if (val === -1) gc[base + 1] = (gc[base + 1] as number) + 1;
    gc[base + 2] = (gc[base + 2] as number) + 1;
    if (val === 1) tot[t * 3] = (tot[t * 3] as number) + 1;
    else if (val === -1) tot[t * 3 + 1] = (tot[t * 3 + 1] as number) + 1;
    tot[t * 3 + 2] = (tot[t * 3 + 2] as number) + 1;
  }
  const names = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const groups = order.map((g, gi): OpinionGroup => {
    const reps: (RepresentativeTarget & { score: number })[] = [];
    for (let t = 0; t < T; t++) {
      const base = (gi * T + t) * 3;
      const seen = gc[base + 2] as number;
      const outSeen = (tot[t * 3 + 2] as number) - seen;
      if (seen === 0) continue;
      for (const [k, stance] of [
        [0, "eens"],
        [1, "oneens"],
      ] as const) {
        const inN = gc[base + k] as number;
        const outN = (tot[t * 3 + k] as number) - inN;
        const pIn = (inN + 1) / (seen + 2);
        const pOut = (outN + 1) / (outSeen + 2);
        const pooled = (inN + outN + 2) / (seen + outSeen + 4);
        const se = Math.sqrt(pooled * (1 - pooled) * (1 / (seen + 2) + 1 / (outSeen + 2)));
        const z = se > 0 ? (pIn - pOut) / se : 0;
        if (pIn > 0.5 && z >= Z_95)
          reps.push({
            targetId: m.targetIds[t] as string,
            stance,
            inGroup: pIn,
            outGroup: pOut,
            ratio: pIn / pOut,
            z,
            score: (pIn / pOut) * pIn,
          });
      }
    }
    reps.sort((a, b) => b.score - a.score || compareStrings(a.targetId, b.targetId));
    return {
      id: gi < names.length ? (names[gi] as string) : `G${gi + 1}`,
      partnerIds: g.rows.map((r) => m.partnerIds[placedIdx[r] as number] as string),
      representative: reps.slice(0, maxRep).map(({ score: _, ...rest }) => rest),
    };
  });
  const positions = placedIdx.map(
    (p, r): OpinionPosition => ({
      partnerId: m.partnerIds[p] as string,
      x: xs[r] as number,
      y: ys[r] as number,
      group: groups[groupOfRow[r] as number]?.id as string,
    }),
  );
  return {
    status: "ok",
    groups,
    positions,
    silhouette: chosen.score,
    unplaced,
    placed: N,
    minPartners,
  };
}
