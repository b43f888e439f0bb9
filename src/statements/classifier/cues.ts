// Stage 2 of the classifier, finding cues: the lexicon's entries in the words of a statement,
// and the cues that are no words (a question mark, a number). Each cue points to standpunt or
// to belang; how much it weighs is decided in the next stage, in context.

import {
  Break,
  ELLIPSIS,
  findEntries,
  isSpaceAt,
  type Match,
  type Prepared,
} from "../../internal/lexicon";
import { type ClassifierSetup, NUMBER, NUMBER_INDEX, QUESTION, QUESTION_INDEX } from "./setup";

/** The id of every question-mark cue. */
const QUESTION_ID = `${QUESTION}:?`;

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

const COLON = 58;

/** Whether the text from `i` on holds a colon after nothing but white space. */
function colonAt(text: string, i: number): boolean {
  while (i < text.length && isSpaceAt(text, i)) i++;
  return text.charCodeAt(i) === COLON;
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

/**
 * Cues that are no words of the lexicon: a question mark (a position asked as a question), a
 * number in digits, and a number word written with a stress accent. In order of offset.
 */
function markCues(p: Prepared, s: ClassifierSetup): FoundCue[] {
  const out: FoundCue[] = [];
  let q = 0;
  for (let i = 0; i < p.starts.length; i++) {
    // The question marks that follow the previous word come first.
    while (q < p.questionMarks.length && (p.questionAfter[q] as number) < i)
      out.push(questionCue(p, q++));
    const start = p.starts[i] as number;
    const end = p.ends[i] as number;
    const c = p.text.charCodeAt(start);
    if (isDigit(c)) {
      out.push(markCue(`${NUMBER}:0-9`, NUMBER, NUMBER_INDEX, start, end, i));
    } else if (s.stressedNumbers.has(p.infos[i]?.key ?? "") && stressed(p.text, start, end)) {
      const id = `${NUMBER}:${p.text.slice(start, end).toLowerCase()}`;
      out.push(markCue(id, NUMBER, NUMBER_INDEX, start, end, i));
    }
  }
  while (q < p.questionMarks.length) out.push(questionCue(p, q++));
  return out;
}

/** The cue of the `q`-th question mark, on the word it follows. */
function questionCue(p: Prepared, q: number): FoundCue {
  const at = p.questionMarks[q] as number;
  return markCue(QUESTION_ID, QUESTION, QUESTION_INDEX, at, at + 1, p.questionAfter[q] as number);
}

/** A cue that is no word of the lexicon, on the `word`-th word (or the mark after it). */
function markCue(
  id: string,
  family: string,
  familyIndex: number,
  start: number,
  end: number,
  word: number,
): FoundCue {
  return {
    id,
    family,
    familyIndex,
    direction: 1,
    ownWeight: undefined,
    start,
    end,
    firstWord: word,
    endWord: word + 1,
  };
}

/** Every cue of a statement: the lexicon's, and the marks. */
export function findCues(
  p: Prepared,
  s: ClassifierSetup,
): { readonly words: FoundCue[]; readonly marks: FoundCue[] } {
  return { words: lexiconCues(p, s.asks, s.commands, s.fields), marks: markCues(p, s) };
}
