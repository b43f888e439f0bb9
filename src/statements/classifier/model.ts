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
   * The phrases as a tree of their words, by the number of the first word: a walk from a word
   * stops at the first word no phrase continues with.
   */
  readonly roots: readonly (PhraseNode | undefined)[];
}

/** The phrases that begin with one sequence of words, and the words that may follow it. */
export interface PhraseNode {
  /** The phrase of exactly these words, anywhere in a sentence. */
  free?: PhraseEntry;
  /** The phrase of exactly these words, opening a sentence (`^`). */
  opening?: PhraseEntry;
  /** By the number of the next word. */
  next?: Map<number, PhraseNode>;
}

/** A phrase of a model, ready to be a cue. */
export interface PhraseEntry {
  readonly id: string;
  readonly family: string;
  readonly direction: 1 | -1;
  /** The size of the weight toward standpunt, and the weight toward neither kind. */
  readonly weight: number;
  readonly neither: number;
  /**
   * The number of the last `applyModel` call that found this phrase: each phrase counts once
   * per statement. Only `applyModel` writes it; nothing outside this module sees it.
   */
  seen: number;
}

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
  const roots: (PhraseNode | undefined)[] = new Array<PhraseNode | undefined>(
    numbers.size + 1,
  ).fill(undefined);
  for (const [key, weight] of phrases) {
    const opens = key.startsWith(OPENS);
    const parts = (opens ? key.slice(OPENS.length) : key).split(JOIN);
    if (parts.length > MAX_PHRASE || (opens && parts.length > MAX_OPENING)) {
      throw new RangeError(
        `${where}: the phrase "${key}" is longer than ${opens ? MAX_OPENING : MAX_PHRASE} words`,
      );
    }
    const first = numbers.get(parts[0] as string) as number;
    let node = roots[first];
    if (node === undefined) {
      node = {};
      roots[first] = node;
    }
    for (const w of parts.slice(1)) {
      node.next ??= new Map();
      const n = numbers.get(w) as number;
      let child = node.next.get(n);
      if (child === undefined) {
        child = {};
        node.next.set(n, child);
      }
      node = child;
    }
    const direction = weight.standpunt >= 0 ? 1 : -1;
    const family = direction === 1 ? PHRASE_STANDPUNT : PHRASE_BELANG;
    const entry: PhraseEntry = {
      id: `${family}:${key}`,
      family,
      direction,
      weight: Math.abs(weight.standpunt),
      neither: weight.neither,
      seen: 0,
    };
    if (opens) node.opening = entry;
    else node.free = entry;
  }
  return { bias, families, phrases, words: numbers, roots };
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

/** Counts `applyModel`'s calls, to mark the phrases found in the current one. */
let calls = 0;

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
  // The number of each word in the model's phrases, 0 for a word no phrase may hold (as
  // `blockedWords` says: a connective, or a word a means family found).
  const n = p.starts.length;
  const numbers: number[] = [];
  for (let i = 0; i < n; i++) {
    const info = p.infos[i];
    numbers.push(info === undefined || info.link !== 0 ? 0 : info.number);
  }
  for (const c of cues) {
    if (isMeans[c.familyIndex] !== true) continue;
    for (let i = c.firstWord; i < c.endWord; i++) numbers[i] = 0;
  }
  // The model's phrases, walked word by word down their tree; each counts once, where it first
  // occurs, as in fitting.
  const call = ++calls;
  const phrases: WeighedCue[] = [];
  for (let i = 0; i < n; i++) {
    const root = model.roots[numbers[i] as number];
    if (root === undefined) continue;
    let node: PhraseNode = root;
    const opens = i === 0 || p.breaks[i] === Break.Sentence;
    for (let j = i; ; ) {
      const e = opens && j < i + MAX_OPENING ? node.opening : undefined;
      if (e !== undefined && e.seen !== call) {
        e.seen = call;
        phrases.push(phraseCue(p, e, i, j + 1));
      }
      const f = node.free;
      if (f !== undefined && f.seen !== call) {
        f.seen = call;
        phrases.push(phraseCue(p, f, i, j + 1));
      }
      j++;
      const next: Map<number, PhraseNode> | undefined = node.next;
      if (next === undefined || j >= n || p.breaks[j] === Break.Sentence) break;
      const w = numbers[j] as number;
      if (w === 0) break;
      const child: PhraseNode | undefined = next.get(w);
      if (child === undefined) break;
      node = child;
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
    weight: e.weight,
    neither: e.neither,
    own: false,
    start: p.starts[first] as number,
    end: p.ends[end - 1] as number,
    firstWord: first,
    endWord: end,
  };
}
