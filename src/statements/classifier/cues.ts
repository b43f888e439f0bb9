// Stage 2 of the classifier, finding cues: the lexicon's entries in the words of a statement,
// and the cues that are no words (a question mark, a number). Each cue points to standpunt or
// to belang; how much it weighs is decided in the next stage, in context.

import {
  Break,
  colonAt,
  ELLIPSIS,
  findEntries,
  isSpaceAt,
  type Match,
  type Prepared,
} from "../../internal/lexicon";
import { lowerAscii } from "../../internal/scan";
import {
  type ClassifierSetup,
  NUMBER,
  NUMBER_INDEX,
  QUESTION,
  QUESTION_INDEX,
  REGISTER,
  REGISTER_INDEX,
} from "./setup";

/** The id of every question-mark cue. */
const QUESTION_ID = `${QUESTION}:?`;
/** The ids of a register's marks: a risk's number, and its likelihood and impact. */
const RISK_NUMBER_ID = `${REGISTER}:number`;
const RISK_SCORES_ID = `${REGISTER}:likelihood-impact`;
const HYPHEN = 45;

/** Which kind a cue points to: 1 standpunt, -1 belang. */
export type Direction = 1 | -1;

/** A cue found in a statement, before it is weighed. */
export interface FoundCue {
  /** Stable id: `family:pattern` (or an app's own id). */
  readonly id: string;
  readonly family: string;
  /** Index of the family in the set-up's lexicon. */
  readonly familyIndex: number;
  readonly direction: Direction;
  /** The entry's own weight (an app's cue), or `undefined` for the family's. */
  readonly ownWeight: number | undefined;
  /** Character offsets into the statement. */
  readonly start: number;
  readonly end: number;
  /** The words it spans: [firstWord, endWord). */
  readonly firstWord: number;
  readonly endWord: number;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_9;
const CAPITAL_E_ACUTE = 201;
const E_ACUTE = 233;

const directionOf = (family: string): Direction => (family.startsWith("s.") ? 1 : -1);

const QUESTION_MARK = 63;
const PERIOD = 46;
const EXCLAMATION = 33;

/**
 * For each word, whether a question mark follows its start before the sentence ends: a full
 * stop, an ellipsis ("…") or an exclamation mark followed by white space or the end of the
 * text. A point followed by a letter or a digit ("19.30", "o.a"), the point of an abbreviation
 * read inside the sentence (`isInnerStop`: "ca. 20", "o.a. de"), a colon or a semicolon does
 * not end it. One pass from the end of the text: linear in its length.
 */
function askedAt(p: Prepared): boolean[] {
  const { text, starts, innerStops } = p;
  const out = new Array<boolean>(starts.length).fill(false);
  let asked = false;
  let w = starts.length - 1;
  let k = innerStops.length - 1;
  for (let i = text.length - 1; i >= 0 && w >= 0; i--) {
    const c = text.charCodeAt(i);
    while (k >= 0 && (innerStops[k] as number) > i) k--;
    if (c === QUESTION_MARK) asked = true;
    else if (
      (c === PERIOD || c === EXCLAMATION || c === ELLIPSIS) &&
      (i + 1 === text.length || isSpaceAt(text, i + 1)) &&
      !(c === PERIOD && k >= 0 && innerStops[k] === i)
    )
      asked = false;
    while (w >= 0 && (starts[w] as number) === i) out[w--] = asked;
  }
  return out;
}

/**
 * For each word, whether a question mark follows it within its clause (before a comma, a dash,
 * a line break or another clause break): the clause is asked. One pass from the last word.
 */
function questionClauseAt(p: Prepared): boolean[] {
  const { breaks, questionAfter } = p;
  const n = breaks.length;
  const out = new Array<boolean>(n).fill(false);
  let asked = false;
  let q = questionAfter.length - 1;
  for (let w = n - 1; w >= 0; w--) {
    if (w + 1 < n && breaks[w + 1] !== Break.None) asked = false;
    while (q >= 0 && (questionAfter[q] as number) >= w) {
      if (questionAfter[q] === w) asked = true;
      q--;
    }
    out[w] = asked;
  }
  return out;
}

/** Whether the word from `start` to `end` holds a digit ("07", "A12"). */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (isDigit(text.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * Whether the words [first, end) are the label of a field: they open a sentence or clause, and
 * a colon follows them, directly or after one word with a digit ("Risk 07:", "Actie 3:").
 */
function isFieldLabel(p: Prepared, first: number, end: number): boolean {
  if (p.breaks[first] === Break.None) return false;
  const { text, starts, ends } = p;
  if (colonAt(text, ends[end - 1] as number)) return true;
  return (
    end < starts.length &&
    p.breaks[end] === Break.None &&
    hasDigit(text, starts[end] as number, ends[end] as number) &&
    colonAt(text, ends[end] as number)
  );
}

/**
 * The lexicon's cues in a statement. Where entries overlap, a match inside a longer match
 * without gaps is dropped (the longer, more specific entry wins), and one family counts once on
 * overlapping words. A cue of a family that asks for information counts only in a sentence that
 * ends in a question mark, and a command only in a clause that does not (a question opens with
 * its verb too: "sluit die bus aan op de trein?"), and a field's label only before its colon.
 */
function lexiconCues(
  p: Prepared,
  asks: readonly boolean[],
  commands: readonly boolean[],
  fields: readonly boolean[],
): FoundCue[] {
  const kept: FoundCue[] = [];
  const familyEnd: number[] = [];
  let coveredUntil = -1;
  let asked: boolean[] | undefined;
  let askedClause: boolean[] | undefined;
  for (const m of findEntries(p) as readonly Match[]) {
    const e = m.entry;
    if (asks[e.labelIndex] === true) {
      asked ??= askedAt(p);
      if (asked[m.first] !== true) continue;
    } else if (commands[e.labelIndex] === true) {
      askedClause ??= questionClauseAt(p);
      if (askedClause[m.first] === true) continue;
    } else if (fields[e.labelIndex] === true && !isFieldLabel(p, m.first, m.end)) {
      continue;
    }
    const long = m.end - m.first > 1;
    if (m.end <= coveredUntil && !(long && e.hasGap)) continue;
    if ((familyEnd[e.labelIndex] ?? -1) > m.first) continue;
    familyEnd[e.labelIndex] = m.end;
    if (!e.hasGap && long) coveredUntil = Math.max(coveredUntil, m.end);
    kept.push({
      id: e.id,
      family: e.label,
      familyIndex: e.labelIndex,
      direction: directionOf(e.label),
      ownWeight: e.weight,
      start: p.starts[m.first] as number,
      end: p.ends[m.end - 1] as number,
      firstWord: m.first,
      endWord: m.end,
    });
  }
  return kept;
}

/** Whether a word is written with an accent é (stressed "één", "eén"). */
function stressed(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === E_ACUTE || c === CAPITAL_E_ACUTE) return true;
  }
  return false;
}

/** The code of the character at `i`, an ASCII capital in lower case. */
function lowerAt(text: string, i: number): number {
  return lowerAscii(text.charCodeAt(i));
}

/**
 * Whether the `i`-th word is a risk's or an issue's number, as written: one of the pack's
 * letters, an optional hyphen and one to three digits ("R07", "r-21", "I-3").
 */
function isRiskNumber(p: Prepared, i: number, letters: ReadonlySet<number>): boolean {
  const from = p.starts[i] as number;
  const to = p.ends[i] as number;
  if (to - from < 2 || !letters.has(lowerAt(p.text, from))) return false;
  const digits = p.text.charCodeAt(from + 1) === HYPHEN ? from + 2 : from + 1;
  if (to - digits < 1 || to - digits > 3) return false;
  for (let j = digits; j < to; j++) if (!isDigit(p.text.charCodeAt(j))) return false;
  return true;
}

/** Whether the `i`-th word is one digit. */
function isOneDigit(p: Prepared, i: number): boolean {
  const from = p.starts[i];
  return from !== undefined && p.ends[i] === from + 1 && isDigit(p.text.charCodeAt(from));
}

/**
 * The end (a word index) of a score written with the letter `letter` (its code in lower case)
 * at word `i`: the letter and a digit in one word ("L3") or in two ("L 3", "L: 3"); else -1.
 */
function scoreEnd(p: Prepared, i: number, letter: number): number {
  const from = p.starts[i];
  if (from === undefined || lowerAt(p.text, from) !== letter) return -1;
  const length = (p.ends[i] as number) - from;
  if (length === 2 && isDigit(p.text.charCodeAt(from + 1))) return i + 1;
  return length === 1 && isOneDigit(p, i + 1) ? i + 2 : -1;
}

/**
 * The end (a word index) of a risk's likelihood and impact that start at word `i` ("L3 I4",
 * "K 2 – I 5", "L2, I5", "K3 x I5"): a likelihood's score, then the impact's within the next two
 * words; else -1.
 */
function riskScoresEnd(p: Prepared, i: number, scores: ReadonlyMap<number, number>): number {
  const likelihood = lowerAt(p.text, p.starts[i] as number);
  const impact = scores.get(likelihood);
  if (impact === undefined) return -1;
  const from = scoreEnd(p, i, likelihood);
  if (from < 0) return -1;
  for (let j = from; j < from + 2 && j < p.starts.length; j++) {
    const end = scoreEnd(p, j, impact);
    if (end >= 0) return end;
  }
  return -1;
}

/** A cue of a register's mark on the words [first, end): a belang cue with no word of its own. */
function registerCue(p: Prepared, id: string, first: number, end: number): FoundCue {
  const start = p.starts[first] as number;
  return markCue(id, REGISTER, REGISTER_INDEX, -1, start, p.ends[end - 1] as number, first, end);
}

/**
 * Cues that are no words of the lexicon: a question mark (a position asked as a question), a
 * number in digits, a number word written with a stress accent, and a register's marks (a
 * risk's number that opens the statement, a risk's likelihood and impact, whose digits are no
 * numbers). In order of offset.
 */
function markCues(p: Prepared, s: ClassifierSetup): FoundCue[] {
  const out: FoundCue[] = [];
  let q = 0;
  const n = p.starts.length;
  // A risk's number opens the statement ("R07 – ..."): its word is no number either.
  const numbered = n > 0 && s.riskNumbers.size > 0 && isRiskNumber(p, 0, s.riskNumbers);
  if (numbered) out.push(registerCue(p, RISK_NUMBER_ID, 0, 1));
  for (let i = numbered ? 1 : 0; i < n; i++) {
    // The question marks that follow the previous word come first.
    while (q < p.questionMarks.length && (p.questionAfter[q] as number) < i)
      out.push(questionCue(p, q++));
    const start = p.starts[i] as number;
    const end = p.ends[i] as number;
    const c = p.text.charCodeAt(start);
    // A likelihood's score is one or two characters ("L3", "L 3"): longer words are never one.
    const scored =
      end - start > 2 || s.riskScores.size === 0 ? -1 : riskScoresEnd(p, i, s.riskScores);
    if (scored >= 0) {
      out.push(registerCue(p, RISK_SCORES_ID, i, scored));
      i = scored - 1;
    } else if (isDigit(c)) {
      out.push(markCue(`${NUMBER}:0-9`, NUMBER, NUMBER_INDEX, 1, start, end, i, i + 1));
    } else if (
      // A stress accent first: it is rare, and cheaper to look for than the word in a set.
      stressed(p.text, start, end) &&
      s.stressedNumbers.has(p.infos[i]?.key ?? "")
    ) {
      const id = `${NUMBER}:${p.text.slice(start, end).toLowerCase()}`;
      out.push(markCue(id, NUMBER, NUMBER_INDEX, 1, start, end, i, i + 1));
    }
  }
  while (q < p.questionMarks.length) out.push(questionCue(p, q++));
  return out;
}

/** The cue of the `q`-th question mark, on the word it follows. */
function questionCue(p: Prepared, q: number): FoundCue {
  const at = p.questionMarks[q] as number;
  const word = p.questionAfter[q] as number;
  return markCue(QUESTION_ID, QUESTION, QUESTION_INDEX, 1, at, at + 1, word, word + 1);
}

/**
 * A cue that is no word of the lexicon, on the words [firstWord, endWord) (a question mark: the
 * word it follows), pointing to `direction`.
 */
function markCue(
  id: string,
  family: string,
  familyIndex: number,
  direction: Direction,
  start: number,
  end: number,
  firstWord: number,
  endWord: number,
): FoundCue {
  return {
    id,
    family,
    familyIndex,
    direction,
    ownWeight: undefined,
    start,
    end,
    firstWord,
    endWord,
  };
}

/** Every cue of a statement: the lexicon's, and the marks. */
export function findCues(
  p: Prepared,
  s: ClassifierSetup,
): { readonly words: FoundCue[]; readonly marks: FoundCue[] } {
  return { words: lexiconCues(p, s.asks, s.commands, s.fields), marks: markCues(p, s) };
}
