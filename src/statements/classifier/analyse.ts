// The classifier's pipeline: words (one scan), language, set-up, cues, weights in context,
// score, split. The public wrapper that turns an analysis into a result is ../classify.ts.

import { chooseLang } from "../../internal/function-words";
import { type Prepared, prepare, type WordInfo, wordInfo } from "../../internal/lexicon";
import { Engine, scanWords, slotOf } from "../../internal/scan";
import { LANGS, type LangOption, STATEMENTS } from "../../lang";
import { findCues } from "./cues";
import { neitherWins } from "./decide";
import { applyModel } from "./model";
import { buildSetup, type ClassifierSetup, sourceEntries } from "./setup";
import { NO_SPLIT, type Part, splitStatement } from "./split";
import { type WeighedCue, weighCues } from "./weigh";

/** The full analysis of one statement. */
export interface Analysis {
  /** The language's code. */
  readonly lang: string;
  /** Whether the text holds no letter at all. */
  readonly empty: boolean;
  readonly prior: number;
  /** Prior plus every cue's signed weight: toward standpunt (> 0) or belang (< 0). */
  readonly score: number;
  /**
   * With a fitted model: the model's bias plus every cue's weight toward neither kind, on the
   * scale of `score` (neither wins when it is above both `score` and 0); `null` without one.
   */
  readonly neither: number | null;
  readonly cues: readonly WeighedCue[];
  /** The position and its reason, or empty when the statement is not split. */
  readonly parts: readonly Part[];
  /** How sure the fitted split weights are of those parts (`Split.probability`). */
  readonly splitProbability: number | null;
  /** Offsets of the first word's start and the last word's end (0 and the length without words). */
  readonly from: number;
  readonly to: number;
}

/** How the set-up for a language is found: the built-in one, an app's, or one re-weighed for fitting. */
export type SetupFor = (lang: LangOption) => ClassifierSetup;

// The built-in set-ups, built on first use, per language.
const builtIn = new Map<string, ClassifierSetup>();

/** The set-up of a built-in language, or of a pack given in the options, with its own cues. */
export function defaultSetup(lang: LangOption): ClassifierSetup {
  if (typeof lang !== "string") return packSetup(lang);
  let s = builtIn.get(lang);
  if (s === undefined) {
    const part = STATEMENTS[lang];
    const slot = slotOf(Engine.Statements, LANGS.indexOf(lang));
    const where = `lexicon.${lang}.statements`;
    s = buildSetup(lang, part, sourceEntries(part, where), slot, where);
    builtIn.set(lang, s);
  }
  return s;
}

// Set-ups of packs given in the options, per pack object.
let fromPacks: WeakMap<object, ClassifierSetup> | undefined;
function packSetup(pack: Exclude<LangOption, string>): ClassifierSetup {
  fromPacks ??= new WeakMap();
  let s = fromPacks.get(pack.statements);
  if (s === undefined) {
    s = buildSetup(
      pack.code,
      pack.statements,
      sourceEntries(pack.statements, `lexicon.${pack.code}.statements`),
      -1,
      `lexicon.${pack.code}.statements`,
    );
    fromPacks.set(pack.statements, s);
  }
  return s;
}

const LETTER = /\p{L}/u;

/** A statement read for one language's set-up: its words, or `undefined` without a letter. */
export interface Read {
  readonly s: ClassifierSetup;
  readonly p: Prepared | undefined;
  /** Offsets of the first word's start and the last word's end (0 and the length without words). */
  readonly from: number;
  readonly to: number;
}

/** Scans a statement, chooses its set-up and finds what the lexicon knows of each word. */
export function read(text: string, lang: LangOption | undefined, setupFor: SetupFor): Read {
  const { starts, ends, words, votes } = scanWords(text);
  const n = starts.length;
  const s = setupFor(lang ?? chooseLang(votes));
  const from = n === 0 ? 0 : (starts[0] as number);
  const to = n === 0 ? text.length : (ends[n - 1] as number);
  if (n === 0 || !LETTER.test(text)) return { s, p: undefined, from, to };
  // What the lexicon knows of each word; for a built-in lexicon kept with the word's record.
  const infos: WordInfo[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i] as (typeof words)[number];
    let info = s.slot >= 0 ? (w.infos[s.slot] as WordInfo | undefined) : undefined;
    if (info === undefined) {
      info = wordInfo(s.lexicon, w.norm);
      if (s.slot >= 0) w.infos[s.slot] = info;
    }
    infos.push(info);
  }
  return { s, p: prepare(text, starts, ends, infos, s.abbreviations), from, to };
}

/** A statement read and weighed: its cues in context and the two sums, before any split. */
export interface Scored extends Read {
  readonly cues: readonly WeighedCue[];
  readonly score: number;
  readonly neither: number | null;
}

/** Reads a statement and weighs its cues: `analyse` without the split. */
export function scoreStatement(
  text: string,
  lang: LangOption | undefined,
  setupFor: SetupFor,
): Scored {
  const { s, p, from, to } = read(text, lang, setupFor);
  // Object literals of one shape (no spread): this runs for every statement.
  if (p === undefined) {
    const neither = s.model === undefined ? null : s.model.model.bias.neither;
    return { s, p, from, to, cues: [], score: 0, neither };
  }
  const weighed = weighCues(p, s, findCues(p, s));
  let cues: WeighedCue[];
  let neither: number | null = null;
  if (s.model === undefined) {
    cues = weighed;
  } else {
    cues = applyModel(p, s.model, weighed, s.isMeans);
    neither = s.model.model.bias.neither;
    for (const c of cues) neither += c.neither;
  }
  let sum = s.prior;
  for (const c of cues) sum += c.direction * c.weight;
  // Sums of weights with two decimals, freed of floating-point dust (0.1 + 0.2 - 0.3), so that
  // a score of 0 decides as the 0 a reader sees.
  sum = Math.round(sum * 1e6) / 1e6;
  if (neither !== null) neither = Math.round(neither * 1e6) / 1e6;
  return { s, p, from, to, cues, score: sum, neither };
}

/** Analyses one statement. */
export function analyse(text: string, lang: LangOption | undefined, setupFor: SetupFor): Analysis {
  const { s, p, from, to, cues, score, neither } = scoreStatement(text, lang, setupFor);
  if (p === undefined) {
    return {
      lang: s.code,
      empty: true,
      prior: s.prior,
      score: 0,
      neither,
      cues: [],
      parts: [],
      splitProbability: null,
      from,
      to,
    };
  }
  // A statement that is neither kind (a greeting, a report, a fact) holds no position to split off.
  const { parts, probability } = neitherWins(score, neither)
    ? NO_SPLIT
    : splitStatement(p, s, cues, score, neither);
  return {
    lang: s.code,
    empty: false,
    prior: s.prior,
    score,
    neither,
    cues,
    parts,
    splitProbability: probability,
    from,
    to,
  };
}
