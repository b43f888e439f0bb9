import { seededRandom } from "../internal/random";
import { reactionMatrix } from "../internal/reaction-matrix";
import type { Reactie } from "../model/reactie";

/** Options of {@link reactionModel}. */
export interface ReactionModelOptions {
  /** Seed of the starting values; the same seed gives the same model. 1 by default. */
  readonly seed?: number;
  /** Number of latent dimensions; 3 by default (0 keeps only the biases). */
  readonly rank?: number;
  /** Strength of the pull towards zero of the latent factors (ridge penalty); 5 by default. */
  readonly regularization?: number;
  /** Alternating least-squares sweeps; 25 by default. */
  readonly iterations?: number;
}

/** Predicted probabilities of the three stances; they sum to 1. */
export interface StanceProbabilities {
  /** Probability that the partner agrees. */
  readonly eens: number;
  /** Probability that the partner disagrees. */
  readonly oneens: number;
  /** Probability that the partner passes. */
  readonly pas: number;
}

/** A fitted reaction model: see {@link reactionModel}. */
export interface ReactionModel {
  /**
   * Predicts how a partner would react to a target. Works for any pair; for a partner or target
   * the model has not seen it falls back on what it does know (the target's or the partner's
   * tendency, else the overall one).
   *
   * @param partnerId - Any partner id.
   * @param targetId - Any voorstel or standpunt id.
   * @returns Probabilities of `eens`, `oneens` and `pas`, summing to 1.
   */
  readonly predict: (partnerId: string, targetId: string) => StanceProbabilities;
  /** Partners the model was fitted on, sorted by id. */
  readonly partnerIds: readonly string[];
  /** Targets the model was fitted on, sorted by id. */
  readonly targetIds: readonly string[];
}

/** Solves the symmetric positive definite system A x = b (A is d×d, row-major) in place. */
function solve(A: Float64Array, b: Float64Array, d: number, out: Float64Array, at: number): void {
  // Cholesky: A = L Lᵀ, stored in A's lower triangle.
  for (let j = 0; j < d; j++) {
    let s = A[j * d + j] as number;
    for (let k = 0; k < j; k++) s -= (A[j * d + k] as number) ** 2;
    const ljj = Math.sqrt(Math.max(s, 1e-12));
    A[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let t = A[i * d + j] as number;
      for (let k = 0; k < j; k++) t -= (A[i * d + k] as number) * (A[j * d + k] as number);
      A[i * d + j] = t / ljj;
    }
  }
  for (let i = 0; i < d; i++) {
    let t = b[i] as number;
    for (let k = 0; k < i; k++) t -= (A[i * d + k] as number) * (b[k] as number);
    b[i] = t / (A[i * d + i] as number);
  }
  for (let i = d - 1; i >= 0; i--) {
    let t = b[i] as number;
    for (let k = i + 1; k < d; k++) t -= (A[k * d + i] as number) * (b[k] as number);
    b[i] = t / (A[i * d + i] as number);
    out[at + i] = b[i] as number;
  }
}

/** One half-sweep of ALS: refit the rows of `X` (factors + bias) given the columns `Y`. */
function sweep(
  start: Int32Array,
  other: Int32Array,
  y: Float64Array,
  X: Float64Array,
  Y: Float64Array,
  offset: number,
  r: number,
  lambda: number,
  lambdaBias: number,
): void {
  const d = r + 1;
  const A = new Float64Array(d * d);
  const b = new Float64Array(d);
  const f = new Float64Array(d);
  const rows = start.length - 1;
  for (let i = 0; i < rows; i++) {
    const from = start[i] as number;
    const to = start[i + 1] as number;
    A.fill(0);
    b.fill(0);
    for (let e = from; e < to; e++) {
      const j = other[e] as number;
      for (let k = 0; k < r; k++) f[k] = Y[j * d + k] as number;
      f[r] = 1;
      const res = (y[e] as number) - offset - (Y[j * d + r] as number);
      for (let a = 0; a < d; a++) {
        const fa = f[a] as number;
        b[a] = (b[a] as number) + res * fa;
        for (let c = 0; c <= a; c++)
          A[a * d + c] = (A[a * d + c] as number) + fa * (f[c] as number);
      }
    }
    for (let a = 0; a < d; a++)
      for (let c = a + 1; c < d; c++) A[a * d + c] = A[c * d + a] as number;
    for (let k = 0; k < r; k++) A[k * d + k] = (A[k * d + k] as number) + lambda;
    A[r * d + r] = (A[r * d + r] as number) + lambdaBias;
    solve(A, b, d, X, i * d);
  }
}

const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Fits a model that estimates reactions not yet given, from the reactions that were: so an app
 * can see where a proposal probably stands before everyone has spoken, and whom to ask next.
 *
 * @param reacties - Reactions (a plain list, no document needed; only the latest per partner and
 *   target counts).
 * @param options - See {@link ReactionModelOptions}.
 * @returns A {@link ReactionModel} whose `predict` gives probabilities for any partner and
 *   target.
 * @throws RangeError when an option is out of range.
 *
 * @remarks
 * Two parts. Whether a partner takes a side or passes: the partner's and the target's smoothed
 * pass rates, combined on the log-odds scale. Which side: a low-rank matrix factorisation with a
 * bias per partner and per target, fitted by alternating least squares on eens = 1,
 * oneens = −1 (ridge-regularised, so partners and targets with few reactions stay near their
 * means), and mapped to a probability by a logistic curve fitted on the same data (Platt
 * scaling). Deterministic for a given seed; the input is not mutated.
 *
 * @example
 * ```ts
 * const model = reactionModel(exampleSamenwerking().reacties ?? []);
 * const p = model.predict("mantelzorg", "v-zetel");
 * p.eens + p.oneens + p.pas //=> 1
 * ```
 */
export function reactionModel(
  reacties: readonly Reactie[],
  options: ReactionModelOptions = {},
): ReactionModel {
  const r = options.rank ?? 3;
  const lambda = options.regularization ?? 5;
  const iterations = options.iterations ?? 25;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(r) || r < 0 || r > 50)
    throw new RangeError(`reactionModel: options.rank must be an integer in 0..50, got ${r}`);
  if (!(lambda > 0) || !Number.isFinite(lambda))
    throw new RangeError(`reactionModel: options.regularization must be > 0, got ${lambda}`);
  if (!Number.isInteger(iterations) || iterations < 1)
    throw new RangeError(
      `reactionModel: options.iterations must be an integer ≥ 1, got ${iterations}`,
    );
  if (!Number.isFinite(seed))
    throw new RangeError(`reactionModel: options.seed must be a number, got ${seed}`);
  const m = reactionMatrix(reacties);
  const P = m.partnerIds.length;
  const T = m.targetIds.length;
  const N = m.value.length;
  // Pass rates.
  const pPas = new Float64Array(P);
  const pN = new Float64Array(P);
  const tPas = new Float64Array(T);
  const tN = new Float64Array(T);
  let pasAll = 0;
  for (let e = 0; e < N; e++) {
    const pas = m.value[e] === 0 ? 1 : 0;
    const p = m.partner[e] as number;
    const t = m.target[e] as number;
    pPas[p] = (pPas[p] as number) + pas;
    pN[p] = (pN[p] as number) + 1;
    tPas[t] = (tPas[t] as number) + pas;
    tN[t] = (tN[t] as number) + 1;
    pasAll += pas;
  }
  const prior = 5;
  const base = (pasAll + 1) / (N + 2);
  const baseLogit = logit(base);
  const partnerPass = new Float64Array(P);
  for (let p = 0; p < P; p++)
    partnerPass[p] =
      logit(((pPas[p] as number) + prior * base) / ((pN[p] as number) + prior)) - baseLogit;
  const targetPass = new Float64Array(T);
  for (let t = 0; t < T; t++)
    targetPass[t] =
      logit(((tPas[t] as number) + prior * base) / ((tN[t] as number) + prior)) - baseLogit;
  // Side model on eens / oneens entries, in CSR by target (the matrix order) and by partner.
  let S = 0;
  for (let e = 0; e < N; e++) if (m.value[e] !== 0) S++;
  const sp = new Int32Array(S);
  const st = new Int32Array(S);
  const sy = new Float64Array(S);
  let mean = 0;
  for (let e = 0, i = 0; e < N; e++) {
    if (m.value[e] === 0) continue;
    sp[i] = m.partner[e] as number;
    st[i] = m.target[e] as number;
    sy[i] = m.value[e] as number;
    mean += sy[i] as number;
    i++;
  }
  mean = S > 0 ? mean / S : 0;
  const tStart = new Int32Array(T + 1);
  for (let i = 0; i < S; i++)
    tStart[(st[i] as number) + 1] = (tStart[(st[i] as number) + 1] as number) + 1;
  for (let t = 0; t < T; t++) tStart[t + 1] = (tStart[t + 1] as number) + (tStart[t] as number);
  const pStart = new Int32Array(P + 1);
  for (let i = 0; i < S; i++)
    pStart[(sp[i] as number) + 1] = (pStart[(sp[i] as number) + 1] as number) + 1;
  for (let p = 0; p < P; p++) pStart[p + 1] = (pStart[p + 1] as number) + (pStart[p] as number);
  const fill = Int32Array.from(pStart.subarray(0, P));
  const byP_t = new Int32Array(S);
  const byP_y = new Float64Array(S);
  for (let i = 0; i < S; i++) {
    const p = sp[i] as number;
    const at = fill[p] as number;
    fill[p] = at + 1;
    byP_t[at] = st[i] as number;
    byP_y[at] = sy[i] as number;
  }
  const d = r + 1;
  const rand = seededRandom(seed);
  const U = new Float64Array(P * d);
  const V = new Float64Array(T * d);
  for (let i = 0; i < P * d; i++) U[i] = i % d === r ? 0 : (rand() - 0.5) * 0.2;
  for (let i = 0; i < T * d; i++) V[i] = i % d === r ? 0 : (rand() - 0.5) * 0.2;
  const lambdaBias = lambda / 2;
  for (let it = 0; it < iterations; it++) {
    sweep(pStart, byP_t, byP_y, U, V, mean, r, lambda, lambdaBias);
    sweep(tStart, sp, sy, V, U, mean, r, lambda, lambdaBias);
  }
  const score = (p: number, t: number): number => {
    let s = mean;
    if (p >= 0) s += U[p * d + r] as number;
    if (t >= 0) s += V[t * d + r] as number;
    if (p >= 0 && t >= 0)
      for (let k = 0; k < r; k++) s += (U[p * d + k] as number) * (V[t * d + k] as number);
    return s;
  };
  // Platt scaling: P(eens | side) = sigmoid(a * score + c), by Newton's method.
  let a = 1;
  let c = 0;
  if (S > 0) {
    const scores = new Float64Array(S);
    for (let i = 0; i < S; i++) scores[i] = score(sp[i] as number, st[i] as number);
    for (let it = 0; it < 25; it++) {
      let ga = 0;
      let gc = 0;
      let haa = 1e-6;
      let hac = 0;
      let hcc = 1e-6;
      for (let i = 0; i < S; i++) {
        const x = scores[i] as number;
        const target = (sy[i] as number) > 0 ? 1 : 0;
        const q = sigmoid(a * x + c);
        const g = q - target;
        const w = q * (1 - q);
        ga += g * x + 1e-3 * a;
        gc += g;
        haa += w * x * x;
        hac += w * x;
        hcc += w;
      }
      const det = haa * hcc - hac * hac;
      if (!(det > 0)) break;
      const da = (hcc * ga - hac * gc) / det;
      const dc = (haa * gc - hac * ga) / det;
      a -= da;
      c -= dc;
      if (Math.abs(da) + Math.abs(dc) < 1e-10) break;
    }
  }
  const pIndex = new Map(m.partnerIds.map((id, i) => [id, i]));
  const tIndex = new Map(m.targetIds.map((id, i) => [id, i]));
  const predict = (partnerId: string, targetId: string): StanceProbabilities => {
    const p = pIndex.get(partnerId) ?? -1;
    const t = tIndex.get(targetId) ?? -1;
    const pas = sigmoid(
      baseLogit +
        (p >= 0 ? (partnerPass[p] as number) : 0) +
        (t >= 0 ? (targetPass[t] as number) : 0),
    );
    const q = sigmoid(a * score(p, t) + c);
    const eens = (1 - pas) * q;
    return { eens, oneens: 1 - pas - eens, pas };
  };
  return { predict, partnerIds: m.partnerIds, targetIds: m.targetIds };
}
