// Stage 4 of the classifier, splitting a statement that holds a position and the reason behind
// it ("We want X, because Y"; "Omdat Y, vragen we X"; "Y, dus X").

import { Break, colonAt, hyphenRun, type Prepared } from "../../internal/lexicon";
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
  /** The word at which the two parts meet: the connective, or the first word after the break. */
  readonly at: number;
  /** How clearly the two parts point apart: min(position score, -reason score). */
  readonly margin: number;
  /** The scores of the position part and of the reason part (as scored). */
  readonly positionScore: number;
  readonly reasonScore: number;
  /**
   * True for the purpose reading of a connective that may state one, guessed without a purpose
   * word after it ("... so parents get one answer"): only the fitted split weighs it; `bestSplit`
   * passes it by.
   */
  readonly guess: boolean;
}

/** How a statement is split: its two parts, and how sure the fitted split weights are. */
export interface Split {
  /** The position and its reason in the order of the text, or none when it is not split. */
  readonly parts: readonly Part[];
  /**
   * The fitted probability that the statement holds this position and this reason; `null`
   * when it is not split, or split by the fixed gates of a pack without a fitted model.
   */
  readonly probability: number | null;
}

/** No split: no parts, no probability. */
export const NO_SPLIT: Split = { parts: [], probability: null };

/**
 * Splits a statement into a position and its reason, or returns no parts. With a fitted model
 * (`s.model`), the fitted split weights weigh every candidate (`rankedSplit`), and the most
 * probable one is taken when its probability reaches `SPLIT_THRESHOLD` and its position part
 * scores as standpunt on its own cues; without one, the fixed gates of `bestSplit` decide.
 */
export function splitStatement(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  neither: number | null,
): Split {
  let best: Candidate | undefined;
  let probability: number | null = null;
  if (s.model !== undefined) {
    const ranked = mostProbable(p, s, cues, wholeScore, neither, false);
    if (ranked === undefined || ranked.probability < SPLIT_THRESHOLD) return NO_SPLIT;
    best = ranked.candidate;
    // A part shown as the position leans to standpunt on its own cues, as with the fixed gates.
    if (best.positionScore <= 0) return NO_SPLIT;
    probability = ranked.probability;
  } else {
    best = bestSplit(p, s, cues, wholeScore, false);
    if (best === undefined) return NO_SPLIT;
  }
  const position = partOf(p, best.position0, best.position1, 1, best.positionScore);
  const reason = partOf(p, best.reason0, best.reason1, -1, best.reasonScore);
  return {
    parts: position.start < reason.start ? [position, reason] : [reason, position],
    probability,
  };
}

/**
 * Every candidate split of a statement, with its part scores, in the order they are found: a
 * reason clause that opens the statement ("Omdat Y, X"), then from left to right each connective
 * (want, omdat, because, so that, dus, ...: the reason follows or comes first as the connective
 * says, and follows a purpose connective before a word of ability: "so people can") and each
 * sentence or clause break (both ways round). Connectives, the opener of an opening reason and
 * a label before a colon that opens the statement ("Voorstel:", "Action 3:") belong to no part.
 * Both parts have at least `MIN_PART` words, the statement `MIN_WORDS`. Linear in the input: part
 * scores come from the cues inside each prefix and suffix (`inside`, built only for a statement that
 * may have candidates; the features read it too).
 */
function candidatesOf(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
): { readonly found: Candidate[]; readonly inside: PartCues | undefined } {
  const found: Candidate[] = [];
  const n = p.starts.length;
  if (n < MIN_WORDS) return { found, inside: undefined };
  const key = (i: number): string => p.infos[i]?.key ?? "";
  const link = (i: number): number => p.infos[i]?.link ?? 0;
  const opensTwo = s.reasonOpeners.has(`${key(0)}_${key(1)}`);
  const opensWithReason = opensTwo || s.reasonOpeners.has(key(0));
  // Nothing to do without a clause break or a connective between two parts of 3+ words.
  let anyBoundary = opensWithReason;
  for (let i = MIN_PART; i <= n - MIN_PART && !anyBoundary; i++) {
    anyBoundary = p.breaks[i] !== Break.None || link(i) !== 0;
  }
  if (!anyBoundary) return { found, inside: undefined };
  const inside = new PartCues(n, cues);
  const score = (lo: number, hi: number): number => s.prior + inside.get(lo, hi, SIGNED);
  // A label that opens the statement ("Voorstel:", "Action 3:", "O:") belongs to no part shown;
  // a position part after it is scored with it, as a reason with its connective.
  const label = labelWidth(p);
  const consider = (
    position0: number,
    position1: number,
    reason0: number,
    reason1: number,
    scored0: number,
    scored1: number,
    rank: number,
    at: number,
    guess = false,
  ): void => {
    if (position1 - position0 < MIN_PART || reason1 - reason0 < MIN_PART) return;
    const positionScore = score(position0 === label ? 0 : position0, position1);
    const reasonScore = score(scored0, scored1);
    found.push({
      position0,
      position1,
      reason0,
      reason1,
      scored0,
      scored1,
      rank,
      at,
      margin: Math.min(positionScore, -reasonScore),
      positionScore,
      reasonScore,
      guess,
    });
  };
  // A reason clause that opens the statement: "Omdat Y, X" / "To Y, X". Its opener belongs to
  // no part, in every candidate whose reason comes first (`reasonFrom`), when the clause holds
  // a reason of MIN_PART words after it ("Since 2019, ..." holds none: "since" stays).
  const openerWidth = opensTwo ? 2 : 1;
  let reasonFrom = label;
  let openingEnd = -1;
  let openingPosition = -1;
  if (opensWithReason) {
    for (let k = 2; k < n; k++) {
      if (p.breaks[k] !== Break.None) {
        openingEnd = k;
        if (k - openerWidth >= MIN_PART) reasonFrom = openerWidth;
        // A connective after the reason ("Omdat Y, dus X") belongs to neither part.
        let j = k;
        while (j < n - 1 && link(j) !== 0) j++;
        openingPosition = j;
        if (n - j >= 2) consider(j, n, openerWidth, k, 0, k, Rank.OpeningReason, k);
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
    // A connective that may state a purpose ("so"): a purpose with one of its purpose words
    // after it; without one, both readings are candidates ("Merge the teams so parents get one
    // answer", "We lose hours, so we want a van"), the purpose as a guess that only the split
    // weights weigh (not "Our children are so scared").
    const purposeWords = type === 2 && width === 1 ? s.purposes.get(key(i)) : undefined;
    let bothWays = false;
    if (purposeWords !== undefined) {
      if (isPurpose(p, purposeWords, i, n)) type = 1;
      else bothWays = true;
    }
    // "..., as we have no other way in": a reason after a comma, opened by its own subject.
    if (
      type === undefined &&
      p.breaks[i] === Break.Clause &&
      s.subjectConnectives.has(key(i)) &&
      s.clauseSubjects.has(key(i + 1))
    ) {
      type = 1;
    }
    if (type !== undefined) {
      // Connectives that follow (want dan, because then) belong to neither part; before a
      // reason that follows, one that opens a reason of its own (want aangezien, omdat wegens)
      // belongs to the reason, and is no candidate of its own.
      let j = i + width;
      let opener = false;
      while (j < n - 1 && link(j) === 1 && p.breaks[j] === Break.None) {
        if (type === 1 && s.reasonOpeners.has(key(j))) {
          opener = true;
          break;
        }
        j++;
      }
      if (n - j < 2) continue;
      const rank = p.breaks[i] !== Break.None ? Rank.ConnectiveAfterBreak : Rank.Connective;
      // The connectives right after the opening reason ("Omdat Y, dus daarom X") are no
      // candidates of their own: that is the opening reason's candidate. A reason that came
      // first goes without its opener (omdat, because).
      if (i < openingEnd || i >= openingPosition) {
        if (type === 1) consider(label, i, j, n, i, n, rank, i);
        else {
          consider(j, n, reasonFrom, i, 0, i, rank, i);
          if (bothWays) consider(label, i, j, n, i, n, rank, i, true);
        }
      }
      i = opener ? j : j - 1;
      continue;
    }
    // A clause or sentence break, either part first (a reason first without its opener).
    if (p.breaks[i] !== Break.None && i !== openingEnd) {
      const rank = p.breaks[i] === Break.Sentence ? Rank.Sentence : Rank.Comma;
      consider(label, i, i, n, i, n, rank, i);
      consider(i, n, reasonFrom, i, 0, i, rank, i);
    }
  }
  return { found, inside };
}

/**
 * The words of a label that opens a statement: one or two words before a colon, with no other
 * break before it ("Voorstel: ...", "Action 3: ...", "Jan: ..."); 0 when it has none. The
 * colon follows the label's last word after nothing but white space, as for a field's label in
 * the cues ("Jan (voorzitter): ..." has no label).
 */
function labelWidth(p: Prepared): number {
  const n = p.starts.length;
  for (let k = 1; k <= 2 && k < n; k++) {
    if (p.breaks[k] === Break.None) continue;
    return colonAt(p.text, p.ends[k - 1] as number) ? k : 0;
  }
  return 0;
}

/**
 * Whether the connective at word `i` states a purpose ("so children can play"): one of its
 * purpose words follows within three words, before any clause break.
 */
function isPurpose(
  p: Prepared,
  words: ReadonlySet<string> | undefined,
  i: number,
  n: number,
): boolean {
  if (words === undefined) return false;
  for (let j = i + 1; j <= i + 3 && j < n && p.breaks[j] === Break.None; j++) {
    if (words.has(p.infos[j]?.key ?? "")) return true;
  }
  return false;
}

/**
 * Looks for the best split into a position and its reason among the candidates (see `candidatesOf`;
 * a guessed purpose reading is passed by). A candidate needs a position part that scores as
 * standpunt on its own cues and a reason part that scores lower. With `open` that is all, and when
 * no candidate passes, one marked by a connective (or by a reason clause that opens the statement)
 * is taken whatever its parts score. Without `open` (the fixed gates of a pack without a fitted
 * model), the reason part must score as belang across a comma, and a statement that reads as an
 * interest as a whole needs a clear position part. Connectives rank before sentence breaks before
 * commas; within a rank the larger margin wins. Linear in the input. With a fitted model, the split
 * weights rank every candidate instead (`rankedSplit`); this choice is one of their features.
 */
export function bestSplit(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  open: boolean,
): Candidate | undefined {
  // A position part needs a score > 0: impossible without a standpunt cue when the prior is <= 0
  // (unless a connective marks it, with open gates).
  if (!open && s.prior <= 0 && !cues.some((c) => c.direction === 1)) return undefined;
  return chooseSplit(candidatesOf(p, s, cues).found, wholeScore, open);
}

/** `bestSplit`'s choice among the candidates. */
function chooseSplit(
  found: readonly Candidate[],
  wholeScore: number,
  open: boolean,
): Candidate | undefined {
  // The best candidate that passes the gates, and (with open gates, for when none does) the best
  // one marked by a connective that does not.
  let best: Candidate | undefined;
  let marked: Candidate | undefined;
  const better = (c: Candidate, than: Candidate | undefined): boolean =>
    than === undefined || c.rank < than.rank || (c.rank === than.rank && c.margin > than.margin);
  for (const c of found) {
    if (c.guess) continue;
    // Once a candidate passes, one of a later rank can neither beat it nor be returned.
    if (best !== undefined && c.rank > best.rank) continue;
    // An explicit connective or a sentence break marks the reason: it only has to score below
    // the position. Between two clauses joined by a comma, the fixed gates want the parts to
    // point apart.
    const passes =
      c.positionScore > 0 &&
      (open || wholeScore > SPLIT_MIN || c.positionScore >= POSITION_MIN) &&
      c.reasonScore < (open || c.rank <= Rank.Sentence ? c.positionScore : 0);
    if (passes) {
      if (better(c, best)) best = c;
    } else if (open && best === undefined && c.rank <= Rank.Connective && better(c, marked)) {
      marked = c;
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
  "colon", // 1 when the parts meet at a semicolon or a colon
  "dash", // 1 when they meet at a dash, an arrow, a bracket or a line break
  "arrow", // 1 when they meet at an arrow (→, ⇒, ->), and when the reason comes before it
  "reasonBeforeArrow",
  "afterQuestion", // 1 when they meet after a question mark
  "preferred", // 1 for the candidate `bestSplit` takes with open gates
  "candidates", // log(1 + the statement's candidates)
  "standpuntShare", // the share of the statement's standpunt weight inside the position
  "belangShare", // the share of its belang weight inside the reason
  "reasonClause", // 1 when the reason opens with a clause subject (it's, we; da's, ik), and the position
  "positionClause",
  "contrast", // how far both parts lean their own way: the smaller of the position's score and minus the reason's (clipped to ±4)
  "comma", // 1 when the parts meet at a comma only (no connective, no other mark), and that times the contrast
  "commaContrast",
] as const;

/** The name of a feature of a candidate split. */
export type SplitFeature = (typeof SPLIT_FEATURES)[number];

/** The feature vector `weighCandidates` fills for each candidate in turn. */
const features = new Float64Array(SPLIT_FEATURES.length);

/** The index of each feature in a feature vector. */
const F = Object.fromEntries(SPLIT_FEATURES.map((k, i) => [k, i])) as Record<SplitFeature, number>;

// The quantities kept per prefix and per suffix of the words: summed weight, strongest weight
// and count of the standpunt cues, and of the belang cues; and the signed sum of all (toward
// standpunt, what a part scores above the prior).
const ST = 0;
const BE = 1;
const ST_MAX = 2;
const BE_MAX = 3;
const ST_N = 4;
const BE_N = 5;
const SIGNED = 6;
const QUANTITIES = 7;

/** The size of `PartCues`' scratch space: statements of up to 291 words fit in it. */
const SCRATCH_MAX = 4096;
/** Scratch space of `PartCues`, made on first use: the classifier is synchronous, never re-entered. */
let scratch = new Float64Array(0);

/**
 * The cues inside every prefix [0, k) and every suffix [k, n) of a statement's words (a part is
 * always one or the other): built in one pass over the cues and one over the words, read in
 * constant time. It lives in a shared scratch array until the next statement's.
 */
class PartCues {
  private readonly a: Float64Array;
  /** Where the suffixes start in `a`. */
  private readonly suffix: number;
  constructor(n: number, cues: readonly WeighedCue[]) {
    const size = (n + 1) * QUANTITIES;
    // A long statement gets its own array, so that the scratch space stays small.
    if (scratch.length < 2 * size && 2 * size <= SCRATCH_MAX)
      scratch = new Float64Array(SCRATCH_MAX);
    const a = 2 * size <= scratch.length ? scratch : new Float64Array(2 * size);
    a.fill(0, 0, 2 * size);
    const suffix = size;
    // First the cues ending at word k (prefix) and starting at word k (suffix), then the scans.
    for (const q of cues) {
      PartCues.add(a, q.endWord * QUANTITIES, q);
      PartCues.add(a, suffix + q.firstWord * QUANTITIES, q);
    }
    for (let k = 1; k <= n; k++) PartCues.fold(a, k * QUANTITIES, (k - 1) * QUANTITIES);
    for (let k = n - 1; k >= 0; k--) {
      PartCues.fold(a, suffix + k * QUANTITIES, suffix + (k + 1) * QUANTITIES);
    }
    this.a = a;
    this.suffix = suffix;
  }

  private static add(a: Float64Array, at: number, q: WeighedCue): void {
    a[at + SIGNED] = (a[at + SIGNED] as number) + q.direction * q.weight;
    const st = q.direction === 1;
    a[at + (st ? ST : BE)] = (a[at + (st ? ST : BE)] as number) + q.weight;
    a[at + (st ? ST_MAX : BE_MAX)] = Math.max(a[at + (st ? ST_MAX : BE_MAX)] as number, q.weight);
    a[at + (st ? ST_N : BE_N)] = (a[at + (st ? ST_N : BE_N)] as number) + 1;
  }

  /** Adds the quantities at `from` into those at `at`. */
  private static fold(a: Float64Array, at: number, from: number): void {
    a[at + ST] = (a[at + ST] as number) + (a[from + ST] as number);
    a[at + BE] = (a[at + BE] as number) + (a[from + BE] as number);
    a[at + ST_N] = (a[at + ST_N] as number) + (a[from + ST_N] as number);
    a[at + BE_N] = (a[at + BE_N] as number) + (a[from + BE_N] as number);
    a[at + SIGNED] = (a[at + SIGNED] as number) + (a[from + SIGNED] as number);
    a[at + ST_MAX] = Math.max(a[at + ST_MAX] as number, a[from + ST_MAX] as number);
    a[at + BE_MAX] = Math.max(a[at + BE_MAX] as number, a[from + BE_MAX] as number);
  }

  /**
   * Quantity `j` of the cues inside words [lo, hi): a prefix (`lo` 0) or a suffix (`hi` the
   * statement's end), as every part of a candidate is.
   */
  get(lo: number, hi: number, j: number): number {
    return this.a[lo === 0 ? hi * QUANTITIES + j : this.suffix + lo * QUANTITIES + j] as number;
  }
}

const SEMICOLON = 59;
const COLON = 58;
const HYPHEN = 0x2d;
/**
 * A dash, an arrow, a bracket or a line break between two clauses, as the lexicon reads a
 * clause break (a run of hyphens only as `hyphenRun` says: spaced, or before `>`).
 */
const DASHES: readonly number[] = [0x2013, 0x2014, 0x2192, 0x21d2, 0x28, 0x29, 0x0a, 0x0d];
/** The arrows among them (→, ⇒); a run of hyphens before `>` is an arrow too (`hyphenRun`). */
const ARROWS: readonly number[] = [0x2192, 0x21d2];

/**
 * Calls `visit` with every candidate split of a statement (see `candidatesOf`) and its
 * features, in the order they are found; with none for a statement that is neither kind (never
 * split). The feature vector is reused between calls: copy it to keep it. Linear in the input.
 */
function weighCandidates(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  neither: number | null,
  visit: (c: Candidate, x: Float64Array) => void,
): void {
  if (neitherWins(wholeScore, neither)) return;
  const n = p.starts.length;
  const { found, inside } = candidatesOf(p, s, cues);
  if (inside === undefined || found.length === 0) return;
  const preferred = chooseSplit(found, wholeScore, true);
  let sentences = 0;
  for (let i = 1; i < n; i++) if (p.breaks[i] === Break.Sentence) sentences++;
  const clip = (v: number): number => Math.max(-4, Math.min(4, v));
  const allStandpunt = inside.get(0, n, ST);
  const allBelang = inside.get(0, n, BE);
  const x = features;
  // The features that are the same for every candidate of the statement.
  x[F.whole] = clip(wholeScore);
  x[F.neither] = clip(neither ?? 0);
  x[F.words] = Math.log1p(n);
  x[F.sentences] = Math.min(sentences, 4);
  x[F.questions] = Math.min(p.questionMarks.length, 2);
  x[F.standpuntWhole] = wholeScore > 0 ? 1 : 0;
  x[F.candidates] = Math.log1p(found.length);
  for (const c of found) {
    const { position0: p0, position1: p1, scored0: r0, scored1: r1 } = c;
    x[F.markedReason] =
      c.rank === Rank.OpeningReason || c.rank === Rank.ConnectiveAfterBreak ? 1 : 0;
    x[F.connective] = c.rank === Rank.Connective ? 1 : 0;
    x[F.sentence] = c.rank === Rank.Sentence ? 1 : 0;
    x[F.position] = clip(c.positionScore);
    x[F.reason] = clip(c.reasonScore);
    x[F.positionWords] = Math.log1p(p1 - p0);
    x[F.reasonWords] = Math.log1p(c.reason1 - c.reason0);
    x[F.positionFirst] = p0 < c.reason0 ? 1 : 0;
    x[F.standpuntInReason] = inside.get(r0, r1, ST);
    x[F.belangInPosition] = inside.get(p0, p1, BE);
    x[F.strongestBelang] = inside.get(r0, r1, BE_MAX);
    x[F.strongestStandpunt] = inside.get(p0, p1, ST_MAX);
    x[F.standpuntCues] = Math.min(inside.get(p0, p1, ST_N), 5);
    x[F.belangCues] = Math.min(inside.get(r0, r1, BE_N), 5);
    x[F.clearPosition] = c.positionScore >= POSITION_MIN ? 1 : 0;
    x[F.belangReason] = c.reasonScore < 0 ? 1 : 0;
    // The marks between the two words where the parts meet.
    let colon = 0;
    let dash = 0;
    let arrow = 0;
    let question = 0;
    const to = p.starts[c.at] as number;
    for (let i = c.at > 0 ? (p.ends[c.at - 1] as number) : 0; i < to; i++) {
      const ch = p.text.charCodeAt(i);
      if (ch === SEMICOLON || ch === COLON) colon = 1;
      else if (ch === QUESTION) question = 1;
      else if (ch === HYPHEN) {
        const run = hyphenRun(p.text, i);
        if (run.dash) dash = 1;
        if (run.arrow) arrow = 1;
        i = run.end - 1;
      } else if (DASHES.includes(ch)) {
        dash = 1;
        if (ARROWS.includes(ch)) arrow = 1;
      }
    }
    x[F.colon] = colon;
    x[F.dash] = dash;
    x[F.arrow] = arrow;
    x[F.reasonBeforeArrow] = arrow === 1 && c.reason0 < p0 ? 1 : 0;
    x[F.afterQuestion] = question;
    x[F.preferred] = c === preferred ? 1 : 0;
    x[F.standpuntShare] = allStandpunt > 0 ? inside.get(p0, p1, ST) / allStandpunt : 0;
    x[F.belangShare] = allBelang > 0 ? inside.get(r0, r1, BE) / allBelang : 0;
    x[F.reasonClause] = s.clauseSubjects.has(p.infos[c.reason0]?.key ?? "") ? 1 : 0;
    x[F.positionClause] = s.clauseSubjects.has(p.infos[p0]?.key ?? "") ? 1 : 0;
    const contrast = clip(Math.min(c.positionScore, -c.reasonScore));
    const comma = c.rank === Rank.Comma && colon === 0 && dash === 0 ? 1 : 0;
    x[F.contrast] = contrast;
    x[F.comma] = comma;
    x[F.commaContrast] = comma * contrast;
    visit(c, x);
  }
}

/** A candidate with the features the split weights weigh, in the order of `SPLIT_FEATURES`. */
export interface CandidateFeatures {
  readonly candidate: Candidate;
  readonly features: readonly number[];
}

/**
 * Every candidate split of a statement (see `candidatesOf`), with its features, in the order
 * they are found; none for a statement that is neither kind (never split). Linear in the input.
 */
export function splitCandidates(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  neither: number | null,
): CandidateFeatures[] {
  const out: CandidateFeatures[] = [];
  weighCandidates(p, s, cues, wholeScore, neither, (candidate, x) => {
    out.push({ candidate, features: Array.from(x) });
  });
  return out;
}

/** The most probable candidate split of a statement, by the fitted split weights. */
export interface RankedSplit extends CandidateFeatures {
  /** The fitted probability that the statement holds a position and this reason. */
  readonly probability: number;
}

/**
 * The candidate split the fitted split weights find most probable (the first found on a tie),
 * or `undefined` when the statement has none (or is neither kind).
 */
export function rankedSplit(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  neither: number | null,
): RankedSplit | undefined {
  return mostProbable(p, s, cues, wholeScore, neither, true);
}

/** `rankedSplit`, keeping the features of the most probable candidate only with `keep`. */
function mostProbable(
  p: Prepared,
  s: ClassifierSetup,
  cues: readonly WeighedCue[],
  wholeScore: number,
  neither: number | null,
  keep: boolean,
): RankedSplit | undefined {
  let best: RankedSplit | undefined;
  weighCandidates(p, s, cues, wholeScore, neither, (candidate, x) => {
    const probability = splitProbability(x, junctionWeight(p, s, candidate));
    if (best === undefined || probability > best.probability) {
      best = { candidate, features: keep ? Array.from(x) : NO_FEATURES, probability };
    }
  });
  return best;
}

/** The features `mostProbable` keeps when asked not to. */
const NO_FEATURES: readonly number[] = [];

/**
 * The word where a candidate's two parts meet (the connective, or the first word after the
 * break), in its compared form.
 */
export function junctionWord(p: Prepared, c: Candidate): string {
  return p.infos[c.at]?.key ?? "";
}

/** What the pack's `splitWords` give the word where a candidate's parts meet (0 for none). */
function junctionWeight(p: Prepared, s: ClassifierSetup, c: Candidate): number {
  return s.splitWords.size === 0 ? 0 : (s.splitWords.get(junctionWord(p, c)) ?? 0);
}

/**
 * The fitted probability that a candidate split is right: that the statement holds a position
 * and its reason, and that these are its parts. `junction` is what the pack's `splitWords` give
 * the word where the parts meet; `bias` and `weights` are the shipped ones, or those
 * `npm run fit:split` is fitting.
 */
export function splitProbability(
  features: ArrayLike<number>,
  junction = 0,
  bias = SPLIT_BIAS,
  weights: ArrayLike<number> = SPLIT_WEIGHTS,
): number {
  let z = bias + junction;
  for (let i = 0; i < features.length; i++) {
    z += (weights[i] as number) * (features[i] as number);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Signs written against the word after them, shown with a part that starts there: € £ $ # − +. */
const LEADING: readonly number[] = [0x20ac, 0xa3, 0x24, 0x23, 0x2212, 0x2b];
/** Signs written against the word before them, shown with a part that ends there: % ‰ °. */
const TRAILING: readonly number[] = [0x25, 0x2030, 0xb0];
/** Brackets and quotes that close (`CLOSERS`) what their counterpart (`OPENERS`) opened. */
const OPENERS: readonly number[] = [0x28, 0x5b, 0x201c, 0xab, 0x2018];
const CLOSERS: readonly number[] = [0x29, 0x5d, 0x201d, 0xbb, 0x2019];

/** Whether text[from, to) opens `open` more often than it closes it with `close`. */
function opens(text: string, from: number, to: number, open: number, close: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === open) depth++;
    else if (ch === close && depth > 0) depth--;
  }
  return depth > 0;
}

function partOf(p: Prepared, lo: number, hi: number, direction: Direction, score: number): Part {
  const { start, end } = partSpan(p, lo, hi);
  return { direction, start, end, score };
}

/**
 * @internal The offsets of the part of a statement on the words [lo, hi), as it is shown: a
 * clitic's leading apostrophe, a sign written against the first or the last word (€5, 10%), a
 * bracket or quote closing one the part opened, and the question mark of a position asked as a
 * question included.
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
  // So does a sign written against it: €5, £41k, #3, −20.
  else if (LEADING.includes(prev)) start--;
  let end = ends[hi - 1] as number;
  // And one written after it (10%), or a bracket or quote closing one the part opened.
  for (;;) {
    const ch = text.charCodeAt(end);
    const pair = CLOSERS.indexOf(ch);
    if (TRAILING.includes(ch)) end++;
    else if (pair >= 0 && opens(text, start, end, OPENERS[pair] as number, ch)) end++;
    else break;
  }
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
