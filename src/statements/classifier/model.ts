// Stage 3b of the classifier, the fitted model: a language pack may ship weights fitted on
// labelled statements (`StatementsPart.model`, written by `npm run fit`). With a model, every
// cue family weighs what the model says in its context, and word sequences (phrases of one to
// three words, and the first words of a sentence) that the fit found to be evidence across
// writers become cues of their own. Each weight has two parts: toward standpunt rather than
// belang (the cue's direction and strength), and toward neither kind (`onbepaald`: a question
// for information, a plain fact).

import { insertionSort, mergeSorted } from "../../internal/collections";
import { Break, type Prepared, type WordInfo } from "../../internal/lexicon";
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
  /** The phrases as a tree of their words (see {@link PhraseTree}). */
  readonly tree: PhraseTree;
}

/**
 * The phrases as a tree of their words, in flat arrays: a walk from a word stops at the first
 * word no phrase continues with. Nodes are numbered from 1 (0: none); a node stands for the
 * words on its path.
 */
export interface PhraseTree {
  /** The node of a one-word path, by the word's number. */
  readonly root: Int32Array;
  /** Per node: the index in `entries` of the phrase of exactly its words, free and opening a sentence (0: none). */
  readonly free: Int32Array;
  readonly opening: Int32Array;
  /** Per node: 1 when a longer phrase continues it. */
  readonly inner: Uint8Array;
  /**
   * The children of the nodes, an open-addressing table on (node, next word) of `mask + 1`
   * slots, each three numbers side by side: the node, the word and the child (0: empty).
   */
  readonly children: Int32Array;
  readonly mask: number;
  /** The phrases; index 0 is none. */
  readonly entries: readonly (PhraseEntry | undefined)[];
  /**
   * Per phrase: the number of the last `applyModel` call that found it, so that each phrase
   * counts once per statement. Only `applyModel` writes it; nothing outside this module sees it.
   */
  readonly seen: Float64Array;
}

/** A phrase of a model, ready to be a cue. */
export interface PhraseEntry {
  readonly id: string;
  readonly family: string;
  readonly direction: 1 | -1;
  /** The size of the weight toward standpunt, and the weight toward neither kind. */
  readonly weight: number;
  readonly neither: number;
}

/** The numbers of a slot of a tree's child table, and where its word and its child are. */
const SLOT = 3;
const WORD = 1;
const CHILD = 2;

/** The slot of (node, word) in a tree's child table. */
const slotOf = (node: number, word: number, mask: number): number =>
  (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & mask;

/** A weight as a source of weights writes it (a model, a pack's `splitWords`). */
const NUMBER_RE = /^-?\d+(?:\.\d+)?$/;

/**
 * The lines of a source of weights (a model, a pack's `splitWords`): per line that is not empty,
 * its key, its `count` numbers and its line number. Throws a RangeError that names a line of
 * another shape (`shape` says what a line must be, as "a word and its weight").
 */
export function weightLines(
  source: string,
  where: string,
  count: number,
  shape: string,
): { readonly key: string; readonly values: number[]; readonly line: number }[] {
  const out: { key: string; values: number[]; line: number }[] = [];
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const [key, ...values] = line.split(" ");
    if (values.length !== count || !values.every((v) => NUMBER_RE.test(v))) {
      throw new RangeError(
        `${where}: line ${i + 1} ("${line}") must be ${shape}, separated by one space`,
      );
    }
    out.push({ key: key as string, values: values.map(Number), line: i + 1 });
  }
  return out;
}

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
  for (const { key, values } of weightLines(source, where, 2, "a key and two numbers")) {
    const w: ModelWeight = { standpunt: values[0] as number, neither: values[1] as number };
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
  // The tree, first as maps (node -> next word -> node), then in flat arrays.
  const children: Map<number, number>[] = [new Map()];
  const freeOf: number[] = [0];
  const openingOf: number[] = [0];
  const entries: (PhraseEntry | undefined)[] = [undefined];
  for (const [key, weight] of phrases) {
    const opens = key.startsWith(OPENS);
    const parts = (opens ? key.slice(OPENS.length) : key).split(JOIN);
    if (parts.length > MAX_PHRASE || (opens && parts.length > MAX_OPENING)) {
      throw new RangeError(
        `${where}: the phrase "${key}" is longer than ${opens ? MAX_OPENING : MAX_PHRASE} words`,
      );
    }
    let node = 0;
    for (const w of parts) {
      const next = children[node] as Map<number, number>;
      const n = numbers.get(w) as number;
      let child = next.get(n);
      if (child === undefined) {
        child = children.length;
        next.set(n, child);
        children.push(new Map());
        freeOf.push(0);
        openingOf.push(0);
      }
      node = child;
    }
    const direction = weight.standpunt >= 0 ? 1 : -1;
    const family = direction === 1 ? PHRASE_STANDPUNT : PHRASE_BELANG;
    (opens ? openingOf : freeOf)[node] = entries.length;
    entries.push({
      id: `${family}:${key}`,
      family,
      direction,
      weight: Math.abs(weight.standpunt),
      neither: weight.neither,
    });
  }
  return {
    bias,
    families,
    phrases,
    words: numbers,
    tree: flatTree(children, freeOf, openingOf, entries, numbers.size),
  };
}

/** The tree of `parseModel` in flat arrays (node 0, the empty path, becomes `root`). */
function flatTree(
  children: readonly ReadonlyMap<number, number>[],
  freeOf: readonly number[],
  openingOf: readonly number[],
  entries: readonly (PhraseEntry | undefined)[],
  words: number,
): PhraseTree {
  const root = new Int32Array(words + 1);
  for (const [w, node] of children[0] as ReadonlyMap<number, number>) root[w] = node;
  let edges = 0;
  for (let node = 1; node < children.length; node++)
    edges += (children[node] as Map<number, number>).size;
  // At most half full, so that a probe ends soon.
  let size = 2;
  while (size < 2 * edges) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(SLOT * size);
  const inner = new Uint8Array(children.length);
  for (let node = 1; node < children.length; node++) {
    for (const [w, c] of children[node] as ReadonlyMap<number, number>) {
      inner[node] = 1;
      let slot = slotOf(node, w, mask);
      while (table[SLOT * slot + CHILD] !== 0) slot = (slot + 1) & mask;
      table[SLOT * slot] = node;
      table[SLOT * slot + WORD] = w;
      table[SLOT * slot + CHILD] = c;
    }
  }
  return {
    root,
    free: Int32Array.from(freeOf),
    opening: Int32Array.from(openingOf),
    inner,
    children: table,
    mask,
    entries,
    seen: new Float64Array(entries.length),
  };
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
  const open: number[] = [];
  phraseWords(p, cues, isMeans, open, false);
  return open.map((w) => w === 0);
}

/**
 * Writes into `out`, per word, 0 for a word no phrase may hold (see {@link blockedWords}), and
 * else its number in the model's words (`numbered`; 0 for a word no phrase holds) or 1.
 */
function phraseWords(
  p: Prepared,
  cues: readonly WeighedCue[],
  isMeans: readonly boolean[],
  out: { [i: number]: number },
  numbered: boolean,
): void {
  const { infos } = p;
  const n = infos.length;
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    out[i] = info.link !== 0 ? 0 : numbered ? info.number : 1;
  }
  for (const c of cues) {
    if (isMeans[c.familyIndex] !== true) continue;
    for (let i = c.firstWord; i < c.endWord; i++) out[i] = 0;
  }
}

/** The word numbers of the current `applyModel` call (see `phraseWords`); grown as needed. */
let wordNumbers = new Int32Array(64);

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
  // The number of each word in the model's phrases, 0 for a word no phrase may hold.
  const n = p.starts.length;
  if (wordNumbers.length < n) wordNumbers = new Int32Array(2 * n);
  const numbers = wordNumbers;
  phraseWords(p, cues, isMeans, numbers, true);
  // The model's phrases, walked word by word down their tree; each counts once, where it first
  // occurs, as in fitting.
  const call = ++calls;
  const t = model.tree;
  const { children, mask } = t;
  const phrases: WeighedCue[] = [];
  for (let i = 0; i < n; i++) {
    let node = t.root[numbers[i] as number] as number;
    if (node === 0) continue;
    const opens = i === 0 || p.breaks[i] === Break.Sentence;
    for (let j = i; ; ) {
      if (opens && j < i + MAX_OPENING) {
        const e = t.opening[node] as number;
        if (e !== 0 && t.seen[e] !== call) {
          t.seen[e] = call;
          phrases.push(phraseCue(p, t.entries[e] as PhraseEntry, i, j + 1));
        }
      }
      const f = t.free[node] as number;
      if (f !== 0 && t.seen[f] !== call) {
        t.seen[f] = call;
        phrases.push(phraseCue(p, t.entries[f] as PhraseEntry, i, j + 1));
      }
      j++;
      if (t.inner[node] === 0 || j >= n || p.breaks[j] === Break.Sentence) break;
      const w = numbers[j] as number;
      if (w === 0) break;
      let slot = slotOf(node, w, mask);
      let at = SLOT * slot;
      while (children[at + CHILD] !== 0 && (children[at] !== node || children[at + WORD] !== w)) {
        slot = (slot + 1) & mask;
        at = SLOT * slot;
      }
      node = children[at + CHILD] as number;
      if (node === 0) break;
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
