// Stage 3b of the classifier, the fitted model: a language pack may ship weights fitted on
// labelled statements (`StatementsPart.model`, written by `npm run fit`). With a model, every
// cue family weighs what the model says in its context, and word sequences (phrases of one to
// three words, and the first words of a sentence) that the fit found to be evidence across
// writers become cues of their own. Each weight has two parts: toward standpunt rather than
// belang (the cue's direction and strength), and toward neither kind (`onbepaald`: a question
// for information, a plain fact).

import { insertionSort, mergeSorted } from "../../internal/collections";
import { Break, type Prepared } from "../../internal/lexicon";
import type { ModelWeights } from "./setup";
import { cueBefore, type WeighedCue } from "./weigh";

/** The families of the phrases a model adds: by the direction of their weight. */
export const PHRASE_STANDPUNT = "s.phrase";
export const PHRASE_BELANG = "b.phrase";
/** The bias line of a model, and the prefix of a family's line. */
const BIAS = "@bias";
const FAMILY = "@";
/** The anchor of a phrase that opens a sentence. */
export const OPENS = "^";
/** Joins the words of a phrase. */
export const JOIN = "_";
/** The longest phrase, in words, and the longest one that opens a sentence. */
export const MAX_PHRASE = 3;
export const MAX_OPENING = 2;

/** A weight: toward standpunt rather than belang, and toward neither kind rather than belang. */
export interface ModelWeight {
  readonly standpunt: number;
  readonly neither: number;
}

/** A compiled model. */
export interface Model {
  /** Before any cue. */
  readonly bias: ModelWeight;
  /** By a cue family's weight name (`s.refuse`, `s.means/desc`, `b/cond`, `s/feared`). */
  readonly families: ReadonlyMap<string, ModelWeight>;
  /** By phrase (`ik_wil`, `^could_we`). */
  readonly phrases: ReadonlyMap<string, ModelWeight>;
  /** Each word that occurs in any phrase, numbered from 1: a word outside it starts no phrase. */
  readonly words: ReadonlyMap<string, number>;
  /**
   * The phrases of two or more words by the numbers of their words (see `phraseNumber`): free,
   * and opening a sentence.
   */
  readonly free: ReadonlyMap<number, PhraseEntry>;
  readonly opening: ReadonlyMap<number, PhraseEntry>;
  /** The one-word phrases by word number, the most looked up: free, and opening a sentence. */
  readonly freeWord: readonly (PhraseEntry | undefined)[];
  readonly openingWord: readonly (PhraseEntry | undefined)[];
}

/** A phrase of a model, ready to be a cue. */
export interface PhraseEntry {
  readonly id: string;
  readonly family: string;
  readonly direction: 1 | -1;
  readonly weight: ModelWeight;
}

/** The number of a phrase from the numbers of its words: one number per sequence. */
const phraseNumber = (sofar: number, word: number, base: number): number => sofar * base + word;

const NUMBER_RE = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a model's source: one line per weight, `key standpunt neither`, where the key is
 * `@bias`, `@<family weight name>` or a phrase. Throws a RangeError that names the line.
 */
export function parseModel(source: string, where: string): Model {
  if (typeof source !== "string") throw new TypeError(`${where}: must be a string`);
  let bias: ModelWeight | undefined;
  const families = new Map<string, ModelWeight>();
  const phrases = new Map<string, ModelWeight>();
  const words = new Set<string>();
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const parts = line.split(" ");
    const [key, s, o] = parts as [string, string | undefined, string | undefined];
    if (
      parts.length !== 3 ||
      s === undefined ||
      o === undefined ||
      !NUMBER_RE.test(s) ||
      !NUMBER_RE.test(o)
    ) {
      throw new RangeError(
        `${where}: line ${i + 1} ("${line}") must be a key and two numbers, separated by one space`,
      );
    }
    const w: ModelWeight = { standpunt: Number(s), neither: Number(o) };
    if (key === BIAS) bias = w;
    else if (key.startsWith(FAMILY)) families.set(key.slice(FAMILY.length), w);
    else {
      phrases.set(key, w);
      for (const word of (key.startsWith(OPENS) ? key.slice(OPENS.length) : key).split(JOIN)) {
        words.add(word);
      }
    }
  }
  if (bias === undefined) throw new RangeError(`${where}: the line ${BIAS} is missing`);
  const numbers = new Map<string, number>();
  for (const w of [...words].sort()) numbers.set(w, numbers.size + 1);
  const base = numbers.size + 1;
  if (base ** MAX_PHRASE > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `${where}: its phrases hold more than ${Math.floor(Number.MAX_SAFE_INTEGER ** (1 / MAX_PHRASE)) - 1} words`,
    );
  }
  const free = new Map<number, PhraseEntry>();
  const opening = new Map<number, PhraseEntry>();
  const freeWord: (PhraseEntry | undefined)[] = new Array<PhraseEntry | undefined>(base).fill(
    undefined,
  );
  const openingWord: (PhraseEntry | undefined)[] = new Array<PhraseEntry | undefined>(base).fill(
    undefined,
  );
  for (const [key, weight] of phrases) {
    const opens = key.startsWith(OPENS);
    const parts = (opens ? key.slice(OPENS.length) : key).split(JOIN);
    if (parts.length > MAX_PHRASE || (opens && parts.length > MAX_OPENING)) {
      throw new RangeError(
        `${where}: the phrase "${key}" is longer than ${opens ? MAX_OPENING : MAX_PHRASE} words`,
      );
    }
    let n = 0;
    for (const w of parts) n = phraseNumber(n, numbers.get(w) as number, base);
    const direction = weight.standpunt >= 0 ? 1 : -1;
    const family = direction === 1 ? PHRASE_STANDPUNT : PHRASE_BELANG;
    const entry: PhraseEntry = { id: `${family}:${key}`, family, direction, weight };
    if (parts.length === 1) (opens ? openingWord : freeWord)[n] = entry;
    else (opens ? opening : free).set(n, entry);
  }
  return { bias, families, phrases, words: numbers, free, opening, freeWord, openingWord };
}

/** A phrase of a statement: its key and the words it spans. */
export interface Phrase {
  readonly key: string;
  readonly firstWord: number;
  readonly endWord: number;
}

/**
 * Every phrase of a statement that could carry weight (what a model is fitted on): each run of
 * one to three words within a sentence without a blocked word (see {@link blockedWords}), and
 * the first one or two words of each sentence (anchored, `^`). In order of first word, then
 * length. `applyModel` walks the same runs, by number.
 */
export function phrasesOf(p: Prepared, blocked: readonly boolean[]): Phrase[] {
  const out: Phrase[] = [];
  const n = p.starts.length;
  for (let i = 0; i < n; i++) {
    const opens = i === 0 || p.breaks[i] === Break.Sentence;
    let k = "";
    for (let j = i; j < n && j < i + MAX_PHRASE; j++) {
      if ((j > i && p.breaks[j] === Break.Sentence) || blocked[j] === true) break;
      const w = p.infos[j]?.key ?? "";
      k = j === i ? w : `${k}${JOIN}${w}`;
      if (opens && j < i + MAX_OPENING) {
        out.push({ key: `${OPENS}${k}`, firstWord: i, endWord: j + 1 });
      }
      out.push({ key: k, firstWord: i, endWord: j + 1 });
    }
  }
  return out;
}

/**
 * The words no phrase may hold: those a means family found (a weekday, a number, an
 * instrument, a verb of doing), which weigh only through their family in context, so that topic
 * words never become phrases; and connectives (want, because), which join a position and its
 * reason and weigh through the split. By word index.
 */
export function blockedWords(
  p: Prepared,
  cues: readonly WeighedCue[],
  isMeans: readonly boolean[],
): boolean[] {
  const blocked: boolean[] = [];
  for (let i = 0; i < p.starts.length; i++) blocked.push((p.infos[i]?.link ?? 0) !== 0);
  for (const c of cues) {
    if (isMeans[c.familyIndex] !== true) continue;
    for (let i = c.firstWord; i < c.endWord; i++) blocked[i] = true;
  }
  return blocked;
}

/**
 * The cues of a statement under a model: the lexicon's cues, already weighed by the model in
 * their context (`weigh.ts`), and the model's phrases (each once, where it first occurs). In
 * order of offset, then id.
 */
export function applyModel(
  p: Prepared,
  weights: ModelWeights,
  cues: readonly WeighedCue[],
  isMeans: readonly boolean[],
): WeighedCue[] {
  const { model } = weights;
  // The number of each word in the model's phrases, 0 for a word no phrase may hold.
  const blocked = blockedWords(p, cues, isMeans);
  const n = p.starts.length;
  const numbers: number[] = [];
  for (let i = 0; i < n; i++) numbers.push(blocked[i] ? 0 : (p.infos[i]?.number ?? 0));
  // The model's phrases, by the numbers of their words; each counts once, where it first
  // occurs, as in fitting.
  const base = model.words.size + 1;
  const found: PhraseEntry[] = [];
  const phrases: WeighedCue[] = [];
  for (let i = 0; i < n; i++) {
    const opens = i === 0 || p.breaks[i] === Break.Sentence;
    let k = 0;
    for (let j = i; j < n && j < i + MAX_PHRASE; j++) {
      const w = numbers[j] as number;
      if (w === 0 || (j > i && p.breaks[j] === Break.Sentence)) break;
      k = phraseNumber(k, w, base);
      const one = j === i;
      if (opens && j < i + MAX_OPENING) {
        const e = one ? model.openingWord[k] : model.opening.get(k);
        if (e !== undefined && !found.includes(e)) {
          found.push(e);
          phrases.push(phraseCue(p, e, i, j + 1));
        }
      }
      const e = one ? model.freeWord[k] : model.free.get(k);
      if (e !== undefined && !found.includes(e)) {
        found.push(e);
        phrases.push(phraseCue(p, e, i, j + 1));
      }
    }
  }
  insertionSort(phrases, cueBefore);
  return mergeSorted(cues, phrases, cueBefore);
}

/** A phrase of the model found on the words [first, end), shaped as `weighOne` shapes a cue. */
function phraseCue(p: Prepared, e: PhraseEntry, first: number, end: number): WeighedCue {
  return {
    id: e.id,
    family: e.family,
    familyIndex: -1,
    context: 0,
    direction: e.direction,
    weight: Math.abs(e.weight.standpunt),
    neither: e.weight.neither,
    own: false,
    start: p.starts[first] as number,
    end: p.ends[end - 1] as number,
    firstWord: first,
    endWord: end,
  };
}
