// Stage 3b of the classifier, the fitted model: a language pack may ship weights fitted on
// labelled statements (`StatementsPart.model`, written by `npm run fit`). With a model, every
// cue family weighs what the model says in its context, and word sequences (phrases of one to
// three words, and the first words of a sentence) that the fit found to be evidence across
// writers become cues of their own. Each weight has two parts: toward standpunt rather than
// belang (the cue's direction and strength), and toward neither kind (`onbepaald`: a question
// for information, a plain fact).

import { Break, type Prepared } from "../../internal/lexicon";
import type { WeighedCue } from "./weigh";

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
/** The longest phrase, in words. */
export const MAX_PHRASE = 3;

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
  /** Words that occur in any phrase: a word outside it starts no phrase. */
  readonly words: ReadonlySet<string>;
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
  return { bias, families, phrases, words };
}

/** A phrase of a statement: its key and the words it spans. */
export interface Phrase {
  readonly key: string;
  readonly firstWord: number;
  readonly endWord: number;
}

/**
 * Every phrase of a statement that could carry weight: each run of one to three words within
 * a sentence without a blocked word (see {@link blockedWords}), and the first one or two words
 * of each sentence (anchored, `^`). With `words`, only runs of words that some phrase of the
 * model holds. In order of first word, then length.
 */
export function phrasesOf(
  p: Prepared,
  blocked: readonly boolean[],
  words?: ReadonlySet<string>,
): Phrase[] {
  const out: Phrase[] = [];
  const n = p.starts.length;
  const key = (i: number): string => p.infos[i]?.key ?? "";
  for (let i = 0; i < n; i++) {
    const opens = i === 0 || p.breaks[i] === Break.Sentence;
    let k = "";
    for (let j = i; j < n && j < i + MAX_PHRASE; j++) {
      if (j > i && p.breaks[j] === Break.Sentence) break;
      const w = key(j);
      if (blocked[j] === true || (words !== undefined && !words.has(w))) break;
      k = j === i ? w : `${k}${JOIN}${w}`;
      if (opens && j < i + 2) out.push({ key: `${OPENS}${k}`, firstWord: i, endWord: j + 1 });
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

/** A cue weighed by a model: the weighed cue and its weight toward neither kind. */
export interface ModelCue extends WeighedCue {
  readonly neither: number;
}

/**
 * The cues of a statement under a model: the lexicon's cues with the model's weights for their
 * family in its context (`weightName`), and the model's phrases (each once, where it first
 * occurs). A cue whose weights are both 0 is left out. In order of offset, then id.
 */
export function applyModel(
  p: Prepared,
  model: Model,
  cues: readonly WeighedCue[],
  weightName: (c: WeighedCue) => string,
  isMeans: readonly boolean[],
): ModelCue[] {
  const out: ModelCue[] = [];
  for (const c of cues) {
    const w = c.own ? undefined : model.families.get(weightName(c));
    if (w === undefined) {
      // An app's own cue (its own weight) or a family the model does not know.
      out.push({ ...c, neither: 0 });
      continue;
    }
    if (w.standpunt === 0 && w.neither === 0) continue;
    out.push({
      ...c,
      direction: w.standpunt >= 0 ? 1 : -1,
      weight: Math.abs(w.standpunt),
      neither: w.neither,
    });
  }
  // A phrase counts once, where it first occurs, as in fitting.
  const seen = new Set<string>();
  for (const ph of phrasesOf(p, blockedWords(p, cues, isMeans), model.words)) {
    const w = model.phrases.get(ph.key);
    if (w === undefined || seen.has(ph.key)) continue;
    seen.add(ph.key);
    const direction = w.standpunt >= 0 ? 1 : -1;
    out.push({
      id: `${direction === 1 ? PHRASE_STANDPUNT : PHRASE_BELANG}:${ph.key}`,
      family: direction === 1 ? PHRASE_STANDPUNT : PHRASE_BELANG,
      familyIndex: -1,
      context: 0,
      direction,
      own: false,
      weight: Math.abs(w.standpunt),
      neither: w.neither,
      start: p.starts[ph.firstWord] as number,
      end: p.ends[ph.endWord - 1] as number,
      firstWord: ph.firstWord,
      endWord: ph.endWord,
    });
  }
  out.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return out;
}
