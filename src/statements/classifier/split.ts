// Stage 4 of the classifier, splitting a statement that holds a position and the reason behind
// it ("We want X, because Y"; "Omdat Y, vragen we X"; "Y, dus X").

import { Break, type Prepared } from "../../internal/lexicon";
import type { Direction } from "./cues";
import { neitherWins } from "./decide";
import type { ClassifierSetup } from "./setup";
import { SPLIT_BIAS, SPLIT_THRESHOLD, SPLIT_WEIGHTS } from "./split-weights";
import type { WeighedCue } from "./weigh";

/** One part of a split statement. */
export interface Part {
  readonly direction: Direction;
  /** Character offsets into the statement. */
  readonly start: number;
  readonly end: number;
  /** Score of the part on its own cues (log-odds of standpunt). */
  readonly score: number;
}

/**
 * Without a fitted model (an app's pack), a statement is only split when it leans to standpunt
 * as a whole (score > SPLIT_MIN, as the decision reads a score) or its position part is clearly
 * a position on its own (score >= POSITION_MIN): otherwise a clause that merely looks like a
 * measure inside an interest would be shown as a position part. With a fitted model, the fitted
 * split weights decide instead (see `splitProbability`).
 */
const SPLIT_MIN = 0;
const POSITION_MIN = 1.2;
/** Fewest words in a statement, and in each of its two parts, for a split. */
const MIN_WORDS = 6;
const MIN_PART = 3;

const SPACE = 32;
const APOSTROPHE = 39;
const QUESTION = 63;
const RIGHT_QUOTE = 0x2019;

/** How a candidate split is marked; a lower rank wins. */
const Rank = { OpeningReason: 0, ConnectiveAfterBreak: 0, Connective: 1, Sentence: 2, Comma: 3 };

/** A candidate split: the position's words, the reason's words, and how it is marked. */
export interface Candidate {
  /** The position: words [position0, position1). */
  readonly position0: number;
  readonly position1: number;
  /** The reason, as shown: words [reason0, reason1). */
  readonly reason0: number;
  readonly reason1: number;
  /** The reason as scored (with its connective): words [scored0, scored1). */
  readonly scored0: number;
  readonly scored1: number;
  readonly rank: number;
  /** How clearly the two parts point apart: min(position score, -reason score). */
  readonly margin: number;
  /** The scores of the position part and of the reason part (as scored). */
  readonly positionScore: number;
  readonly reasonScore: number;
}

/**
 * Splits a statement into a position and its reason, or returns no parts. With a fitted model
 * (`s.model`), the best candidate (see `bestSplit`) is taken when the fitted split weights give
 * it a probability of at least `SPLIT_THRESHOLD` of holding both; without one, the fixed gates
 * of `bestSplit` decide.
 */
export function splitStatement(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  neither: number | null,
): readonly Part[] {
  const fitted = s.model !== undefined;
  const best = bestSplit(p, s, cues, wholeScore, fitted);
  if (best === undefined) return [];
  if (
    fitted &&
    splitProbability(splitFeatures(p, cues, best, wholeScore, neither)) < SPLIT_THRESHOLD
  ) {
    return [];
  }
  const position = partOf(p, best.position0, best.position1, 1, best.positionScore);
  const reason = partOf(p, best.reason0, best.reason1, -1, best.reasonScore);
  return position.start < reason.start ? [position, reason] : [reason, position];
}

/**
 * Looks for the best split into a position and its reason. Candidates are connectives (want,
 * omdat, because, so that, dus, ...), sentence breaks and commas. A candidate needs a position
 * part that scores as standpunt on its own cues and a reason part that scores lower. With
 * `open` (a fitted model, whose split weights decide afterwards) that is all, and when no
 * candidate passes, one marked by a connective (or by a reason clause that opens the statement)
 * is taken whatever its parts score: the split weights weigh the scores. Without `open`, the
 * reason part must score as belang across a comma, and a statement that reads as an interest as
 * a whole needs a clear position part. Connectives rank before sentence breaks before commas;
 * within a rank the larger margin wins. Linear in the input: part scores come from prefix sums
 * over the cues.
 */
export function bestSplit(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  open: boolean,
): Candidate | undefined {
  const n = p.starts.length;
  if (n < MIN_WORDS) return undefined;
  // A position part needs a score > 0: impossible without a standpunt cue when the prior is <= 0
  // (unless a connective marks it, with open gates).
  if (!open && s.prior <= 0 && !cues.some((c) => c.direction === 1)) return undefined;
  const key = (i: number): string => p.infos[i]?.key ?? "";
  const link = (i: number): number => p.infos[i]?.link ?? 0;
  const opensTwo = s.reasonOpeners.has(`${key(0)}_${key(1)}`);
  const opensWithReason = opensTwo || s.reasonOpeners.has(key(0));
  // Nothing to do without a clause break or a connective between two parts of 3+ words.
  let anyBoundary = opensWithReason;
  for (let i = MIN_PART; i <= n - MIN_PART && !anyBoundary; i++) {
    anyBoundary = p.breaks[i] !== Break.None || link(i) !== 0;
  }
  if (!anyBoundary) return undefined;

  // Signed weight of the cues ending at or before word k, and starting at or after word k.
  const endingBy = new Array<number>(n + 2).fill(0);
  const startingFrom = new Array<number>(n + 2).fill(0);
  for (const c of cues) {
    endingBy[c.endWord] = (endingBy[c.endWord] as number) + c.direction * c.weight;
    startingFrom[c.firstWord] = (startingFrom[c.firstWord] as number) + c.direction * c.weight;
  }
  for (let k = 1; k <= n; k++) endingBy[k] = (endingBy[k] as number) + (endingBy[k - 1] as number);
  for (let k = n - 1; k >= 0; k--) {
    startingFrom[k] = (startingFrom[k] as number) + (startingFrom[k + 1] as number);
  }
  const total = endingBy[n] as number;
  // The score of words [lo, hi) when they are a prefix or a suffix of the statement.
  const scoreOf = (lo: number, hi: number): number =>
    s.prior +
    (lo === 0 ? (endingBy[hi] as number) : hi === n ? (startingFrom[lo] as number) : total);

  // The best candidate that passes the gates, and (with open gates, for when none does) the best
  // one marked by a connective that does not.
  let best: Candidate | undefined;
  let marked: Candidate | undefined;
  const better = (rank: number, margin: number, than: Candidate | undefined): boolean =>
    than === undefined || rank < than.rank || (rank === than.rank && margin > than.margin);
  const consider = (
    position0: number,
    position1: number,
    reason0: number,
    reason1: number,
    scored0: number,
    scored1: number,
    rank: number,
  ): void => {
    // Once a candidate passes, one of a later rank can neither beat it nor be returned.
    if ((best !== undefined && rank > best.rank) || position1 - position0 < MIN_PART) return;
    if (reason1 - reason0 < MIN_PART) return;
    const positionScore = scoreOf(position0, position1);
    const reasonScore = scoreOf(scored0, scored1);
    const margin = Math.min(positionScore, -reasonScore);
    // An explicit connective or a sentence break marks the reason: it only has to score below
    // the position. Between two clauses joined by a comma, the fixed gates want the parts to
    // point apart.
    const passes =
      positionScore > 0 &&
      (open || wholeScore > SPLIT_MIN || positionScore >= POSITION_MIN) &&
      reasonScore < (open || rank <= Rank.Sentence ? positionScore : 0);
    const keep = passes
      ? better(rank, margin, best)
      : open && best === undefined && rank <= Rank.Connective && better(rank, margin, marked);
    if (!keep) return;
    const c: Candidate = {
      position0,
      position1,
      reason0,
      reason1,
      scored0,
      scored1,
      rank,
      margin,
      positionScore,
      reasonScore,
    };
    if (passes) best = c;
    else marked = c;
  };

  // A reason clause that opens the statement: "Omdat Y, X" / "To Y, X".
  let openingEnd = -1;
  if (opensWithReason) {
    for (let k = 2; k < n; k++) {
      if (p.breaks[k] !== Break.None) {
        openingEnd = k;
        if (n - k >= 2) consider(k, n, opensTwo ? 2 : 1, k, 0, k, Rank.OpeningReason);
        break;
      }
    }
  }
  for (let i = 2; i < n - 1; i++) {
    let type = link(i) === 0 ? undefined : s.connectives.get(key(i));
    let width = 1;
    if (type !== undefined && i + 1 < n) {
      const two = s.connectives.get(`${key(i)}_${key(i + 1)}`);
      if (two !== undefined) {
        type = two;
        width = 2;
      }
    }
    if (type !== undefined) {
      // Connectives that follow (want dan, because then) belong to neither part.
      let j = i + width;
      while (j < n - 1 && link(j) === 1 && p.breaks[j] === Break.None) j++;
      if (n - j < 2) continue;
      const rank = p.breaks[i] !== Break.None ? Rank.ConnectiveAfterBreak : Rank.Connective;
      if (type === 1) consider(0, i, j, n, i, n, rank);
      else consider(j, n, 0, i, 0, i, rank);
      i = j - 1;
      continue;
    }
    if (p.breaks[i] !== Break.None && i !== openingEnd) {
      const rank = p.breaks[i] === Break.Sentence ? Rank.Sentence : Rank.Comma;
      consider(0, i, i, n, i, n, rank);
      consider(i, n, 0, i, 0, i, rank);
    }
  }
  return best ?? marked;
}

/**
 * The names of the features of a candidate split that the fitted split weights weigh, in the
 * order of `SPLIT_WEIGHTS`. The reason's cues are those of its scored words (its connective
 * included, as in its score); a comma or another clause break is the reference mark.
 */
export const SPLIT_FEATURES = [
  "markedReason", // 1 when the reason opens the statement or a connective follows a clause break
  "connective", // 1 for a connective inside a clause
  "sentence", // 1 for a sentence break
  "position", // the position part's score (clipped to ±4), and the reason part's
  "reason",
  "whole", // the statement's score, and its score toward neither kind (0 without one)
  "neither",
  "positionWords", // log(1 + words) of the position, the reason as shown and the statement
  "reasonWords",
  "words",
  "sentences", // sentence breaks in the statement (at most 4)
  "positionFirst", // 1 when the position comes before the reason
  "standpuntInReason", // summed weight of the standpunt cues inside the reason
  "belangInPosition", // summed weight of the belang cues inside the position
  "strongestBelang", // the largest belang cue inside the reason, standpunt cue inside the position
  "strongestStandpunt",
  "standpuntCues", // standpunt cues inside the position, belang cues inside the reason (at most 5)
  "belangCues",
  "questions", // question marks (at most 2)
  "clearPosition", // 1 when the position part scores POSITION_MIN (1.2) or more
  "belangReason", // 1 when the reason part scores below 0
  "standpuntWhole", // 1 when the statement as a whole scores above 0
] as const;

/** The name of a feature of a candidate split. */
export type SplitFeature = (typeof SPLIT_FEATURES)[number];

/** One feature vector of a candidate split, in the order of {@link SPLIT_FEATURES}. */
export function splitFeatures(
  p: Prepared,
  cues: readonly WeighedCue[],
  c: Candidate,
  wholeScore: number,
  neither: number | null,
): number[] {
  let standpuntInReason = 0;
  let belangInPosition = 0;
  let strongestBelang = 0;
  let strongestStandpunt = 0;
  let standpuntCues = 0;
  let belangCues = 0;
  for (const q of cues) {
    const inPosition = q.firstWord >= c.position0 && q.endWord <= c.position1;
    const inReason = q.firstWord >= c.scored0 && q.endWord <= c.scored1;
    if (inPosition && q.direction === 1) {
      strongestStandpunt = Math.max(strongestStandpunt, q.weight);
      standpuntCues++;
    }
    if (inPosition && q.direction === -1) belangInPosition += q.weight;
    if (inReason && q.direction === -1) {
      strongestBelang = Math.max(strongestBelang, q.weight);
      belangCues++;
    }
    if (inReason && q.direction === 1) standpuntInReason += q.weight;
  }
  const n = p.starts.length;
  let sentences = 0;
  for (let i = 1; i < n; i++) if (p.breaks[i] === Break.Sentence) sentences++;
  const clip = (x: number): number => Math.max(-4, Math.min(4, x));
  const f: Record<SplitFeature, number> = {
    markedReason: c.rank === Rank.OpeningReason || c.rank === Rank.ConnectiveAfterBreak ? 1 : 0,
    connective: c.rank === Rank.Connective ? 1 : 0,
    sentence: c.rank === Rank.Sentence ? 1 : 0,
    position: clip(c.positionScore),
    reason: clip(c.reasonScore),
    whole: clip(wholeScore),
    neither: clip(neither ?? 0),
    positionWords: Math.log1p(c.position1 - c.position0),
    reasonWords: Math.log1p(c.reason1 - c.reason0),
    words: Math.log1p(n),
    sentences: Math.min(sentences, 4),
    positionFirst: c.position0 < c.reason0 ? 1 : 0,
    standpuntInReason,
    belangInPosition,
    strongestBelang,
    strongestStandpunt,
    standpuntCues: Math.min(standpuntCues, 5),
    belangCues: Math.min(belangCues, 5),
    questions: Math.min(p.questionMarks.length, 2),
    clearPosition: c.positionScore >= POSITION_MIN ? 1 : 0,
    belangReason: c.reasonScore < 0 ? 1 : 0,
    standpuntWhole: wholeScore > 0 ? 1 : 0,
  };
  return SPLIT_FEATURES.map((k) => f[k]);
}

/**
 * A statement's best candidate split with open gates and its features, as the fitted split
 * weighs them, or `undefined` when it has none (or is neither kind, and so never split).
 */
export function candidateFeatures(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  neither: number | null,
): { readonly candidate: Candidate; readonly features: number[] } | undefined {
  if (neitherWins(wholeScore, neither)) return undefined;
  const candidate = bestSplit(p, s, cues, wholeScore, true);
  if (candidate === undefined) return undefined;
  return { candidate, features: splitFeatures(p, cues, candidate, wholeScore, neither) };
}

/** The fitted probability that a statement holds both a position and its reason. */
export function splitProbability(features: readonly number[]): number {
  let z = SPLIT_BIAS;
  for (let i = 0; i < features.length; i++) {
    z += (SPLIT_WEIGHTS[i] as number) * (features[i] as number);
  }
  return 1 / (1 + Math.exp(-z));
}

function partOf(p: Prepared, lo: number, hi: number, direction: Direction, score: number): Part {
  const { start, end } = partSpan(p, lo, hi);
  return { direction, start, end, score };
}

/**
 * @internal The offsets of the part of a statement on the words [lo, hi), as it is shown: a
 * clitic's leading apostrophe and the question mark of a position asked as a question included.
 */
export function partSpan(
  p: Prepared,
  lo: number,
  hi: number,
): { readonly start: number; readonly end: number } {
  const { text, starts, ends } = p;
  let start = starts[lo] as number;
  // A clitic written with a leading apostrophe ('k, 't) belongs to its word.
  const prev = text.charCodeAt(start - 1);
  if (prev === APOSTROPHE || prev === RIGHT_QUOTE) start--;
  let end = ends[hi - 1] as number;
  // A position asked as a question keeps its question mark.
  const to = hi < starts.length ? (starts[hi] as number) : text.length;
  for (let c = end; c < to; c++) {
    const ch = text.charCodeAt(c);
    if (ch === QUESTION) {
      end = c + 1;
      break;
    }
    if (ch !== SPACE) break;
  }
  return { start, end };
}
