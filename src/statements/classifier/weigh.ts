// Stage 3 of the classifier, weighing cues in context. A cue usually weighs what its family was
// fitted to weigh. Three contexts change that:
// - a means marker (a number, a weekday, an instrument, a verb of doing) counts fully only in a
//   scope that also wants, proposes, demands, refuses, asks or decides something; in a mere
//   description ("Het zwembad is op zaterdag vol") it weighs its family's `/desc` weight;
// - a belang cue after a condition (alleen als, unless) in its clause states the condition, not
//   the speaker's interest: it weighs `b/cond`;
// - a standpunt cue after a fear or hope (vrees dat, hope that) in its clause says what is
//   feared or hoped, not what should be done: it weighs `s/feared`.
// A scope starts at each sentence and at each connective that opens a reason; a clause also
// ends at a comma.

import { insertionSort, mergeSorted } from "../../internal/collections";
import { Break, type Prepared } from "../../internal/lexicon";
import type { Direction, FoundCue } from "./cues";
import { type ClassifierSetup, Frame, IN_CONDITION, IN_DESCRIPTION, IN_FEAR } from "./setup";

/** Which weight applied to a cue. */
export const Context = { Family: 0, Description: 1, Condition: 2, Feared: 3 } as const;
export type Context = (typeof Context)[keyof typeof Context];

/** A cue with the weight it got in its context. */
export interface WeighedCue {
  readonly id: string;
  readonly family: string;
  /** Index of the family in the set-up's lexicon. */
  readonly familyIndex: number;
  readonly context: Context;
  readonly direction: Direction;
  /** Strength toward `direction`, >= 0 (> 0 without a fitted model). */
  readonly weight: number;
  /** Weight toward neither kind (a fitted model's; 0 without one). */
  readonly neither: number;
  /** Whether the weight is the cue's own (an app's cue with a `:weight`), not its family's. */
  readonly own: boolean;
  /** Character offsets into the statement. */
  readonly start: number;
  readonly end: number;
  /** The words it spans: [firstWord, endWord). */
  readonly firstWord: number;
  readonly endWord: number;
}

/** Where each word stands: its scope and clause, and where frames open in each clause. */
interface Layout {
  readonly scopeOf: readonly number[];
  readonly clauseOf: readonly number[];
  readonly directive: readonly boolean[];
  readonly conditionFrom: readonly number[];
  readonly fearFrom: readonly number[];
}

function layout(
  p: Prepared,
  s: ClassifierSetup,
  words: readonly FoundCue[],
  marks: readonly FoundCue[],
): Layout {
  const n = p.starts.length;
  const opensWithReason = n > 1 && s.reasonOpeners.has(p.infos[0]?.key ?? "");
  const scopeOf: number[] = [];
  const clauseOf: number[] = [];
  let scope = 0;
  let clause = 0;
  for (let i = 0; i < n; i++) {
    const connective = (p.infos[i]?.link ?? 0) !== 0;
    const brk = p.breaks[i];
    if (i > 0 && (brk === Break.Sentence || connective || (i === 1 && opensWithReason))) scope++;
    if (i > 0 && (brk !== Break.None || connective)) clause++;
    scopeOf.push(scope);
    clauseOf.push(clause);
  }
  const directive: boolean[] = new Array<boolean>(scope + 1).fill(false);
  const conditionFrom: number[] = new Array<number>(clause + 1).fill(n);
  const fearFrom: number[] = new Array<number>(clause + 1).fill(n);
  for (const cues of [words, marks]) {
    for (const c of cues) {
      if (s.isDirective[c.familyIndex]) directive[scopeOf[c.firstWord] as number] = true;
      const k = clauseOf[c.firstWord] as number;
      const opens = s.opens[c.familyIndex];
      if (opens === Frame.Condition && c.firstWord < (conditionFrom[k] as number)) {
        conditionFrom[k] = c.firstWord;
      }
      if (opens === Frame.FearOrHope && c.firstWord < (fearFrom[k] as number)) {
        fearFrom[k] = c.firstWord;
      }
    }
  }
  return { scopeOf, clauseOf, directive, conditionFrom, fearFrom };
}

function frameAt(l: Layout, word: number): Frame {
  const k = l.clauseOf[word] as number;
  if (word > (l.fearFrom[k] as number)) return Frame.FearOrHope;
  if (word > (l.conditionFrom[k] as number)) return Frame.Condition;
  return Frame.None;
}

function weighOne(c: FoundCue, s: ClassifierSetup, l: Layout): WeighedCue | undefined {
  const frame = frameAt(l, c.firstWord);
  const inDirective = l.directive[l.scopeOf[c.firstWord] as number] === true;
  // A family of neither kind (`n.`: a greeting, a report, a plain fact) weighs as itself.
  const context: Context =
    s.isNeither[c.familyIndex] === true
      ? Context.Family
      : c.direction === -1
        ? frame === Frame.Condition
          ? Context.Condition
          : Context.Family
        : frame === Frame.FearOrHope
          ? Context.Feared
          : inDirective || !s.isMeans[c.familyIndex]
            ? Context.Family
            : Context.Description;
  const own = c.ownWeight !== undefined;
  let { direction } = c;
  let weight: number;
  let neither = 0;
  const m = s.model;
  const fitted =
    m === undefined || own
      ? undefined
      : context === Context.Family
        ? m.family[c.familyIndex]
        : context === Context.Description
          ? m.description[c.familyIndex]
          : context === Context.Condition
            ? m.condition
            : m.feared;
  if (fitted !== undefined) {
    // The fitted model's pair of weights; a family weighing 0 toward either kind keeps its
    // direction. A cue whose weights are both 0 is left out.
    if (fitted.standpunt === 0 && fitted.neither === 0) return undefined;
    if (fitted.standpunt !== 0) direction = fitted.standpunt > 0 ? 1 : -1;
    weight = Math.abs(fitted.standpunt);
    neither = fitted.neither;
  } else {
    weight =
      c.ownWeight ??
      (context === Context.Family
        ? (s.familyWeight[c.familyIndex] as number)
        : context === Context.Description
          ? (s.descriptionWeight[c.familyIndex] as number)
          : context === Context.Condition
            ? s.conditionWeight
            : s.fearWeight);
    if (!(weight > 0)) return undefined;
  }
  const { id, family, familyIndex, start, end, firstWord, endWord } = c;
  return {
    id,
    family,
    familyIndex,
    context,
    direction,
    weight,
    neither,
    own,
    start,
    end,
    firstWord,
    endWord,
  };
}

/** Whether cue x comes before cue y: by start, then end, then id. */
export function cueBefore(x: WeighedCue, y: WeighedCue): boolean {
  return (
    x.start < y.start ||
    (x.start === y.start && (x.end < y.end || (x.end === y.end && x.id < y.id)))
  );
}

/** Weighs the found cues in context; returns those with a weight, sorted by offset, then id. */
export function weighCues(
  p: Prepared,
  s: ClassifierSetup,
  found: { readonly words: readonly FoundCue[]; readonly marks: readonly FoundCue[] },
): WeighedCue[] {
  const l = layout(p, s, found.words, found.marks);
  const words: WeighedCue[] = [];
  for (const c of found.words) {
    const w = weighOne(c, s, l);
    if (w !== undefined) words.push(w);
  }
  // Word cues come in word order, longest first per word: only neighbours can be out of
  // order, so insertion sort is linear here.
  insertionSort(words, cueBefore);
  const marks: WeighedCue[] = [];
  for (const c of found.marks) {
    const w = weighOne(c, s, l);
    if (w !== undefined) marks.push(w);
  }
  return mergeSorted(words, marks, cueBefore);
}

/**
 * The name of the weight a cue gets in its context: its family's (`s.refuse`), a means family's
 * in a description (`s.means/desc`), a belang cue's inside a condition (`b/cond`), a standpunt
 * cue's inside a fear or hope (`s/feared`).
 */
export function weightName(c: WeighedCue): string {
  return c.context === Context.Family
    ? c.family
    : c.context === Context.Description
      ? `${c.family}${IN_DESCRIPTION}`
      : c.context === Context.Condition
        ? IN_CONDITION
        : IN_FEAR;
}
