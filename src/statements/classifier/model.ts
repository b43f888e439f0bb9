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
 * words on its path, and the node of a one-word path is the word's number. What a walk reads of
 * a node sits side by side, and so does what a cue takes of a phrase: a statement's walk touches
 * few places in memory.
 */
export interface PhraseTree {
  /**
   * Per node, `NODE` numbers side by side: the index of the phrase of exactly its words, free
   * (`FREE`) and opening a sentence (`OPENING`; 0: none), and 1 when a longer phrase continues
   * it (`INNER`).
   */
  readonly nodes: Int32Array;
  /**
   * The children of the nodes, an open-addressing table on (node, next word) of `mask + 1`
   * slots, each three numbers side by side: the node, the word and the child (0: empty).
   */
  readonly children: Int32Array;
  readonly mask: number;
  /** Per phrase (index 0 is none): its cue's id. */
  readonly ids: readonly string[];
  /**
   * Per phrase: its weight toward standpunt (its sign is the cue's direction, its size the cue's
   * weight) and its weight toward neither kind.
   */
  readonly standpunt: Float64Array;
  readonly neithers: Float64Array;
  /**
   * Per phrase: the number of the last `applyModel` call that found it, so that each phrase
   * counts once per statement. Only `applyModel` writes it; nothing outside this module sees it.
   */
  readonly seen: Float64Array;
}

/** The numbers of a node of a tree, and where its phrases and its mark of a longer one are. */
const NODE = 4;
const FREE = 0;
const OPENING = 1;
const INNER = 2;
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
  // The tree, first as maps (node -> next word -> node), then in flat arrays. Node 0 is none,
  // and nodes 1 to the number of words are the one-word paths.
  const children: Map<number, number>[] = [];
  for (let node = 0; node <= numbers.size; node++) children.push(new Map());
  const freeOf = new Array<number>(children.length).fill(0);
  const openingOf = new Array<number>(children.length).fill(0);
  const ids = [""];
  const standpunt = [0];
  const neither = [0];
  for (const [key, weight] of phrases) {
    const opens = key.startsWith(OPENS);
    const parts = (opens ? key.slice(OPENS.length) : key).split(JOIN);
    if (parts.length > MAX_PHRASE || (opens && parts.length > MAX_OPENING)) {
      throw new RangeError(
        `${where}: the phrase "${key}" is longer than ${opens ? MAX_OPENING : MAX_PHRASE} words`,
      );
    }
    let node = numbers.get(parts[0] as string) as number;
    for (const w of parts.slice(1)) {
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
    (opens ? openingOf : freeOf)[node] = ids.length;
    ids.push(`${weight.standpunt >= 0 ? PHRASE_STANDPUNT : PHRASE_BELANG}:${key}`);
    standpunt.push(weight.standpunt);
    neither.push(weight.neither);
  }
  return {
    bias,
    families,
    phrases,
    words: numbers,
    tree: flatTree(children, freeOf, openingOf, ids, standpunt, neither),
  };
}

/** The tree of `parseModel` in flat arrays. */
function flatTree(
  children: readonly ReadonlyMap<number, number>[],
  freeOf: readonly number[],
  openingOf: readonly number[],
  ids: readonly string[],
  standpunt: readonly number[],
  neither: readonly number[],
): PhraseTree {
  let edges = 0;
  for (let node = 1; node < children.length; node++)
    edges += (children[node] as Map<number, number>).size;
  // At most half full, so that a probe ends soon.
  let size = 2;
  while (size < 2 * edges) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(SLOT * size);
  const nodes = new Int32Array(NODE * children.length);
  for (let node = 1; node < children.length; node++) {
    nodes[NODE * node + FREE] = freeOf[node] as number;
    nodes[NODE * node + OPENING] = openingOf[node] as number;
    for (const [w, c] of children[node] as ReadonlyMap<number, number>) {
      nodes[NODE * node + INNER] = 1;
      let slot = slotOf(node, w, mask);
      while (table[SLOT * slot + CHILD] !== 0) slot = (slot + 1) & mask;
      table[SLOT * slot] = node;
      table[SLOT * slot + WORD] = w;
      table[SLOT * slot + CHILD] = c;
    }
  }
  return {
    nodes,
    children: table,
    mask,
    ids,
    standpunt: Float64Array.from(standpunt),
    neithers: Float64Array.from(neither),
    seen: new Float64Array(ids.length),
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
  const { nodes, children, mask, seen } = t;
  const phrases: WeighedCue[] = [];
  for (let i = 0; i < n; i++) {
    // A word's number is the node of its one-word path.
    let node = numbers[i] as number;
    if (node === 0) continue;
    const opens = i === 0 || p.breaks[i] === Break.Sentence;
    for (let j = i; ; ) {
      const at = NODE * node;
      if (opens && j < i + MAX_OPENING) {
        const e = nodes[at + OPENING] as number;
        if (e !== 0 && seen[e] !== call) {
          seen[e] = call;
          phrases.push(phraseCue(p, t, e, i, j + 1));
        }
      }
      const f = nodes[at + FREE] as number;
      if (f !== 0 && seen[f] !== call) {
        seen[f] = call;
        phrases.push(phraseCue(p, t, f, i, j + 1));
      }
      j++;
      if (nodes[at + INNER] === 0 || j >= n || p.breaks[j] === Break.Sentence) break;
      const w = numbers[j] as number;
      if (w === 0) break;
      let slot = slotOf(node, w, mask);
      let k = SLOT * slot;
      while (children[k + CHILD] !== 0 && (children[k] !== node || children[k + WORD] !== w)) {
        slot = (slot + 1) & mask;
        k = SLOT * slot;
      }
      node = children[k + CHILD] as number;
      if (node === 0) break;
    }
  }
  insertionSort(phrases, cueBefore);
  return mergeSorted(cues, phrases, cueBefore);
}

/** The `e`-th phrase of a tree, found on the words [first, end), shaped as `weighOne` shapes a cue. */
function phraseCue(p: Prepared, t: PhraseTree, e: number, first: number, end: number): WeighedCue {
  const w = t.standpunt[e] as number;
  const direction = w >= 0 ? 1 : -1;
  return {
    id: t.ids[e] as string,
    family: direction === 1 ? PHRASE_STANDPUNT : PHRASE_BELANG,
    familyIndex: -1,
    context: 0,
    direction,
    weight: Math.abs(w),
    neither: t.neithers[e] as number,
    own: false,
    start: p.starts[first] as number,
    end: p.ends[end - 1] as number,
    firstWord: first,
    endWord: end,
  };
}
