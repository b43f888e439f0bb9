// The one lexicon engine: compiles cue lexicons written in the library's lexicon format (see
// `LexiconSource` in src/lang/types.ts) and finds their entries in the words of a text. The
// classifier, the lens detector and the level detector all read their cues through it; what
// each makes of the matches (weights in context, the best cue per word) is theirs.
//
// Words are compared after normalisation (lower case, accents folded), after a letter typed
// three or more times is folded to two, and after the language's spoken forms are mapped to
// the written word (nie → niet, 'k → ik). Everything is built on first use: no work at module
// scope (`sideEffects: false`).

import type { MorphologyPart } from "../lang/types";
import { checkPackBoolean } from "./args";
import { normalize } from "./tokenize";

/** How one alternative of a word matcher compares with a word. */
export const WordMode = { Exact: 0, Prefix: 1, Suffix: 2, Part: 3 } as const;
export type WordMode = (typeof WordMode)[keyof typeof WordMode];

/** One alternative of a word matcher: `word`, `stem*`, `*end` or `*part*`. */
export interface Alternative {
  readonly text: string;
  readonly mode: WordMode;
}

/** One step of an entry: a word (one of its alternatives), or a gap of up to `gap` words. */
export interface WordMatcher {
  readonly alternatives: readonly Alternative[];
  /** -1 for a word; otherwise how many words may be skipped. */
  readonly gap: number;
  /**
   * How a word is matched: the whole words among the alternatives as a set when there are many
   * (a judgement after "is": one look-up instead of sixty comparisons), and the other
   * alternatives (all of them without the set), tried in turn.
   */
  readonly words: ReadonlySet<string> | undefined;
  readonly others: readonly Alternative[];
}

/** From how many whole words a step matches them through a set. */
const WORD_SET_MIN = 8;

/** An entry as written in a lexicon source or added by an app, before compiling. */
export interface SourceEntry {
  /** The label: a cue family, a lens or a level. */
  readonly label: string;
  /** The pattern, without its weight. */
  readonly pattern: string;
  /** The entry's own weight, or `undefined` to let the reader weigh it (by its family). */
  readonly weight: number | undefined;
  /** Stable id: `label:pattern`, or the id an app gave. */
  readonly id: string;
}

/** A compiled entry. */
export interface LexiconEntry extends SourceEntry {
  readonly matchers: readonly WordMatcher[];
  /** Whether the entry only matches at the start of a clause (`^`). */
  readonly anchored: boolean;
  /** Whether one of its steps is a gap. */
  readonly hasGap: boolean;
  /** How many letters it fixes: a pattern without wildcards beats one of the same letters. */
  readonly specificity: number;
  /** Index of its label in {@link Lexicon.labels}. */
  readonly labelIndex: number;
  /** Its place in the lexicon's entries: the last tie-break between matches. */
  readonly order: number;
}

/** A word no entry matched, read as an entry all the same: a compound's head, an inflection. */
export interface DerivedMatch {
  readonly entry: LexiconEntry;
  /** How the cue is shown (`*zaal` for the head of `vergaderzaal`). */
  readonly shown: string;
}

/** What a lexicon knows about one word. */
export interface WordInfo {
  /** The word as compared: spoken forms mapped, letter runs folded. */
  readonly key: string;
  /**
   * The entries whose first word matches (not anchored) and whose second step is a whole word
   * (one of a few), by that word: only those the next word allows are tried.
   */
  readonly freeByNext: ReadonlyMap<string, readonly LexiconEntry[]> | undefined;
  /**
   * The other entries whose first word matches (not anchored): one word long, a gap or a stem,
   * ending or part as their second step.
   */
  readonly freeOther: readonly LexiconEntry[];
  /** Entries anchored at a clause start whose first word matches. */
  readonly anchored: readonly LexiconEntry[];
  /** 0, or the connective type: 1 the reason follows, 2 the reason came first. */
  readonly link: number;
  /** The word's number in `CompileOptions.numbers`, or 0. */
  readonly number: number;
  /** One-word entries the word reads as by its form (only in lexicons built with morphology). */
  readonly derived: readonly DerivedMatch[];
}

/** A compiled lexicon. */
export interface Lexicon {
  readonly exact: ReadonlyMap<string, readonly LexiconEntry[]>;
  readonly prefix: ReadonlyMap<string, readonly LexiconEntry[]>;
  readonly suffix: ReadonlyMap<string, readonly LexiconEntry[]>;
  readonly parts: readonly LexiconEntry[];
  /** Lengths of the longest prefix, suffix and one-word exact key: longer ones need no look-up. */
  readonly longestPrefix: number;
  readonly longestSuffix: number;
  readonly longestWord: number;
  readonly aliases: ReadonlyMap<string, string>;
  readonly connectives: ReadonlyMap<string, number>;
  /** See `CompileOptions.numbers`. */
  readonly numbers: ReadonlyMap<string, number>;
  readonly morphology: MorphologyPart | undefined;
  readonly blocked: ReadonlySet<string>;
  /** The labels in order of first appearance (after any given first). */
  readonly labels: readonly string[];
  /** Memo of {@link wordInfo}, bounded in size. */
  readonly memo: Map<string, WordInfo>;
}

const NONE: readonly never[] = [];
const MEMO_MAX = 50_000;
/** The widest gap a pattern may ask for. */
const MAX_GAP = 12;
// A compound's head counts from HEAD_MIN letters, after a modifier of at least MODIFIER_MIN.
const HEAD_MIN = 6;
const MODIFIER_MIN = 3;
// An inflection's stem keeps at least STEM_MIN letters.
const STEM_MIN = 4;
const VOWELS = "aeiouy";

/**
 * Checks a pack's morphology part before a lexicon is built with it (its inflections are read
 * only when a word first needs them): `inflections` a list of `[ending, replacement]` pairs of
 * strings with a non-empty ending, `compoundHeads` true or false. Throws a TypeError that names
 * the path and the rule.
 */
export function checkMorphology(morphology: unknown, where: string): void {
  if (typeof morphology !== "object" || morphology === null) {
    throw new TypeError(`${where}: must be an object with inflections and compoundHeads`);
  }
  const { inflections, compoundHeads } = morphology as Record<string, unknown>;
  if (!Array.isArray(inflections)) {
    throw new TypeError(`${where}.inflections: must be a list of [ending, replacement] pairs`);
  }
  inflections.forEach((pair: unknown, i) => {
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      typeof pair[0] !== "string" ||
      pair[0] === "" ||
      typeof pair[1] !== "string"
    ) {
      throw new TypeError(
        `${where}.inflections[${i}]: must be an [ending, replacement] pair of strings, the ending not empty`,
      );
    }
  });
  checkPackBoolean(compoundHeads, `${where}.compoundHeads`);
}

/** Parses `key=value` pairs separated by white space (a pack's aliases). */
export function parsePairs(source: string, where: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const pair of source.split(/\s+/)) {
    if (pair === "") continue;
    const i = pair.indexOf("=");
    if (i <= 0 || i === pair.length - 1 || pair.indexOf("=", i + 1) >= 0) {
      throw new RangeError(`${where}: "${pair}" must be a word, "=" and what it stands for`);
    }
    m.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return m;
}

/**
 * Splits a lexicon source into entries: one label per line, then its entries, each with an
 * optional `:weight`. A label may take several lines; entries keep their order.
 */
export function parseLexicon(source: string): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const line of source.split("\n")) {
    const parts = line.trim().split(/\s+/);
    const label = parts[0];
    if (label === undefined || label === "") continue;
    for (let i = 1; i < parts.length; i++) {
      const item = parts[i] as string;
      const colon = item.lastIndexOf(":");
      const weighted = colon > 0 && /^-?\d+(\.\d+)?$/.test(item.slice(colon + 1));
      const pattern = weighted ? item.slice(0, colon) : item;
      const weight = weighted ? Number(item.slice(colon + 1)) : undefined;
      out.push({ label, pattern, weight, id: `${label}:${pattern}` });
    }
  }
  return out;
}

function parseAlternative(text: string, aliases: ReadonlyMap<string, string>): Alternative {
  const prefix = text.endsWith("*");
  const suffix = text.startsWith("*") && text.length > 1;
  const word = normalize(text.slice(suffix ? 1 : 0, prefix ? -1 : undefined));
  const mode =
    prefix && suffix
      ? WordMode.Part
      : prefix
        ? WordMode.Prefix
        : suffix
          ? WordMode.Suffix
          : WordMode.Exact;
  // A whole word is compared as the text's words are: with spoken forms mapped.
  return { text: mode === WordMode.Exact ? (aliases.get(word) ?? word) : word, mode };
}

function parseMatcher(step: string, aliases: ReadonlyMap<string, string>): WordMatcher {
  if (step.startsWith("~")) {
    const n = Number(step.slice(1));
    const gap = step.length > 1 && Number.isFinite(n) ? Math.max(0, Math.min(n, MAX_GAP)) : 3;
    return { alternatives: NONE, gap, words: undefined, others: NONE };
  }
  const alternatives = step
    .split("|")
    .filter((a) => a.length > 0 && a !== "*")
    .map((a) => parseAlternative(a, aliases));
  const whole = alternatives.filter((a) => a.mode === WordMode.Exact);
  if (whole.length < WORD_SET_MIN)
    return { alternatives, gap: -1, words: undefined, others: alternatives };
  return {
    alternatives,
    gap: -1,
    words: new Set(whole.map((a) => a.text)),
    others: alternatives.filter((a) => a.mode !== WordMode.Exact),
  };
}

function specificityOf(pattern: string): number {
  let n = 0.5;
  for (const ch of pattern) {
    if (ch === "*") n = Math.floor(n);
    else if (ch !== "_" && ch !== "^") n++;
  }
  return n;
}

/**
 * Compiles one entry, or returns the rule its pattern breaks: it must start with a word and
 * hold letters or digits.
 */
export function compileEntry(
  src: SourceEntry,
  labelIndex: number,
  aliases: ReadonlyMap<string, string>,
  order = 0,
): LexiconEntry | string {
  let p = src.pattern.trim();
  const anchored = p.startsWith("^");
  if (anchored) p = p.slice(1);
  // In an app's pattern, spaces mean the same as `_`.
  const matchers = p
    .split(/[_\s]+/)
    .filter((t) => t.length > 0)
    .map((t) => parseMatcher(t, aliases));
  while (matchers.length > 0 && (matchers[matchers.length - 1] as WordMatcher).gap >= 0) {
    matchers.pop();
  }
  const first = matchers[0];
  if (first === undefined || first.gap >= 0 || first.alternatives.length === 0) {
    return "must start with a word";
  }
  for (const m of matchers) {
    if (m.gap < 0 && (m.alternatives.length === 0 || m.alternatives.some((a) => a.text === ""))) {
      return "every word needs a letter or digit";
    }
  }
  // One literal in one order, whatever the source's shape: every entry then shares one hidden
  // class, which keeps the matcher's property reads fast.
  return {
    label: src.label,
    pattern: src.pattern,
    weight: src.weight,
    id: src.id,
    matchers,
    anchored,
    hasGap: matchers.some((m) => m.gap >= 0),
    specificity: specificityOf(src.pattern),
    labelIndex,
    order,
  };
}

/** Options of {@link compileLexicon}. */
export interface CompileOptions {
  /** Spoken forms mapped to the written word. */
  readonly aliases?: ReadonlyMap<string, string>;
  /** Connectives: word → 1 (the reason follows) or 2 (the reason came first). */
  readonly connectives?: ReadonlyMap<string, number>;
  /** When given, words no entry matched are read by their form (compound heads, inflections). */
  readonly morphology?: MorphologyPart;
  /** Labels to number first, in this order (others follow in order of appearance). */
  readonly labels?: readonly string[];
  /** Words never read by their form (an app removed their own entry). */
  readonly blocked?: ReadonlySet<string>;
  /** Numbers of words (a fitted model's), kept with each word as `number` (0 for any other). */
  readonly numbers?: ReadonlyMap<string, number>;
}

/** Adds an entry to the list of a key, once (two alternatives may read as the same key). */
function add(map: Map<string, LexiconEntry[]>, key: string, e: LexiconEntry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [e]);
  else if (list.at(-1) !== e) list.push(e);
}

/**
 * Compiles source entries into a lexicon. An entry whose pattern is unusable throws a
 * RangeError naming `where` and the entry's index.
 */
export function compileLexicon(
  entries: readonly SourceEntry[],
  options: CompileOptions = {},
  where = "lexicon",
): Lexicon {
  const aliases = options.aliases ?? new Map<string, string>();
  const exact = new Map<string, LexiconEntry[]>();
  const prefix = new Map<string, LexiconEntry[]>();
  const suffix = new Map<string, LexiconEntry[]>();
  const parts: LexiconEntry[] = [];
  const labels = new Map<string, number>();
  for (const l of options.labels ?? []) labels.set(l, labels.size);
  let longestPrefix = 0;
  let longestSuffix = 0;
  let longestWord = 0;
  entries.forEach((src, i) => {
    let index = labels.get(src.label);
    if (index === undefined) {
      index = labels.size;
      labels.set(src.label, index);
    }
    const entry = compileEntry(src, index, aliases, i);
    if (typeof entry === "string") throw new RangeError(`${where}[${i}].pattern: ${entry}`);
    for (const alt of (entry.matchers[0] as WordMatcher).alternatives) {
      if (alt.mode === WordMode.Exact) {
        add(exact, alt.text, entry);
        if (entry.matchers.length === 1) longestWord = Math.max(longestWord, alt.text.length);
      } else if (alt.mode === WordMode.Prefix) {
        add(prefix, alt.text, entry);
        longestPrefix = Math.max(longestPrefix, alt.text.length);
      } else if (alt.mode === WordMode.Suffix) {
        add(suffix, alt.text, entry);
        longestSuffix = Math.max(longestSuffix, alt.text.length);
      } else if (parts.at(-1) !== entry) parts.push(entry);
    }
  });
  return {
    exact,
    prefix,
    suffix,
    parts,
    longestPrefix,
    longestSuffix,
    longestWord,
    aliases,
    connectives: options.connectives ?? new Map(),
    numbers: options.numbers ?? new Map(),
    morphology: options.morphology,
    blocked: options.blocked ?? new Set(),
    labels: [...labels.keys()],
    memo: new Map(),
  };
}

/**
 * Typing tolerance: a letter typed three or more times in a row counts twice ("vreees" →
 * "vrees"). Written words almost never repeat a letter three times. One pass, no pattern.
 */
export function foldRuns(w: string): string {
  let out = "";
  let from = 0;
  let i = 0;
  while (i < w.length) {
    let j = i + 1;
    while (j < w.length && w.charCodeAt(j) === w.charCodeAt(i)) j++;
    if (j - i >= 3) {
      out += w.slice(from, i + 2);
      from = j;
    }
    i = j;
  }
  return from === 0 ? w : out + w.slice(from);
}

function matchesWord(alt: Alternative, key: string): boolean {
  switch (alt.mode) {
    case WordMode.Exact:
      return key === alt.text;
    case WordMode.Prefix:
      return key.startsWith(alt.text);
    case WordMode.Suffix:
      return key.endsWith(alt.text);
    default:
      return key.length > alt.text.length && key.includes(alt.text);
  }
}

/** What the lexicon knows about a normalised word (memoised per lexicon). */
export function wordInfo(lex: Lexicon, norm: string): WordInfo {
  const hit = lex.memo.get(norm);
  if (hit !== undefined) return hit;
  const folded = foldRuns(norm);
  const key = lex.aliases.get(folded) ?? folded;
  // Every prefix and suffix of the key up to the longest in the lexicon: bounded work per word.
  const all: LexiconEntry[] = [];
  for (let n = 1; n <= Math.min(key.length, lex.longestPrefix); n++) {
    const list = lex.prefix.get(key.slice(0, n));
    if (list !== undefined) for (const e of list) all.push(e);
  }
  for (let n = 1; n <= Math.min(key.length, lex.longestSuffix); n++) {
    const list = lex.suffix.get(key.slice(key.length - n));
    if (list !== undefined) for (const e of list) all.push(e);
  }
  for (const e of lex.parts) {
    if ((e.matchers[0] as WordMatcher).alternatives.some((a) => matchesWord(a, key))) all.push(e);
  }
  const exact = lex.exact.get(key);
  if (exact !== undefined) for (const e of exact) all.push(e);
  // An entry counts once, also when two of its alternatives match the word (vre*|vrees*).
  const unique = all.length > 1 ? [...new Set(all)] : all;
  let freeByNext: Map<string, LexiconEntry[]> | undefined;
  const freeOther: LexiconEntry[] = [];
  const anchored: LexiconEntry[] = [];
  for (const e of unique) {
    const second = e.matchers[1];
    if (e.anchored) anchored.push(e);
    else if (second === undefined || second.gap >= 0) freeOther.push(e);
    else if (second.alternatives.every((a) => a.mode === WordMode.Exact)) {
      freeByNext ??= new Map();
      for (const a of second.alternatives) add(freeByNext, a.text, e);
    } else freeOther.push(e);
  }
  const info: WordInfo = {
    key,
    freeByNext,
    freeOther: freeOther.length > 0 ? freeOther : NONE,
    anchored: anchored.length > 0 ? anchored : NONE,
    link: lex.connectives.get(key) ?? 0,
    number: lex.numbers.get(key) ?? 0,
    derived: lex.morphology !== undefined && !lex.blocked.has(key) ? derive(lex, key) : NONE,
  };
  if (lex.memo.size >= MEMO_MAX) lex.memo.clear();
  lex.memo.set(norm, info);
  return info;
}

function oneWord(list: readonly LexiconEntry[] | undefined): LexiconEntry[] {
  return (list ?? NONE).filter((e) => e.matchers.length === 1);
}

/**
 * A word no entry matched, read by its form: as the longest one-word entry it ends with when
 * the language writes compounds as one word (`vergaderzaal` is a `zaal`), else as the entry its
 * stem is once an inflection ending is taken off (`meetings`, `vergaderingen`). Bounded by the
 * longest one-word entry, so linear in the word.
 */
function derive(lex: Lexicon, key: string): readonly DerivedMatch[] {
  const morphology = lex.morphology as MorphologyPart;
  if (morphology.compoundHeads) {
    for (let k = Math.min(key.length - MODIFIER_MIN, lex.longestWord); k >= HEAD_MIN; k--) {
      const head = key.slice(key.length - k);
      // "herkenning" and "verkenning" are no "erkenning": h or v before a vowel makes a word.
      if (VOWELS.includes(head.charAt(0)) && "hv".includes(key.charAt(key.length - k - 1))) {
        continue;
      }
      const found = oneWord(lex.exact.get(head));
      if (found.length > 0) return found.map((entry) => ({ entry, shown: `*${entry.pattern}` }));
    }
  }
  for (const [ending, replacement] of morphology.inflections) {
    if (!key.endsWith(ending) || key.length - ending.length < STEM_MIN) continue;
    const stem = key.slice(0, key.length - ending.length);
    const last = stem.charAt(stem.length - 1);
    const forms = [stem + replacement];
    // A doubled last consonant is undone: "planning" reads as "plan".
    if (replacement === "" && !VOWELS.includes(last) && stem.charAt(stem.length - 2) === last) {
      forms.push(stem.slice(0, -1));
    }
    const found = forms.flatMap((f) => oneWord(lex.exact.get(f)));
    if (found.length > 0) return found.map((entry) => ({ entry, shown: entry.pattern }));
  }
  return NONE;
}

/** The words of a text prepared for matching. */
export interface Prepared {
  /** The text itself. */
  readonly text: string;
  /** Offsets of each word: its first code unit, and just past its last. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** What the lexicon knows of each word. */
  readonly infos: readonly WordInfo[];
  /** Punctuation before each word (a sentence break before the first). */
  readonly breaks: readonly Break[];
  /** Offsets of the question marks, and the index of the word each follows. */
  readonly questionMarks: readonly number[];
  readonly questionAfter: readonly number[];
  /** Offsets of the full stops read inside a sentence (see {@link isInnerStop}), ascending. */
  readonly innerStops: readonly number[];
}

/**
 * What stands between two words: nothing, a clause break (a comma, a dash, a bracket, a quote, a
 * line break) or a sentence break (a full stop, an ellipsis, a question or exclamation mark, a
 * colon or a semicolon).
 */
export const Break = { None: 0, Clause: 1, Sentence: 2 } as const;
export type Break = (typeof Break)[keyof typeof Break];

// The punctuation read between words, by character code.
const SPACE = 32;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const QUOTE = 34;
const EXCLAMATION = 33;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const COMMA = 44;
const PERIOD = 46;
const COLON = 58;
const SEMICOLON = 59;
const QUESTION = 63;
const ASCII_END = 128;
const HYPHEN = 45;
const GREATER = 62;
/** "…", one character for "...": it ends a sentence as three full stops do. */
export const ELLIPSIS = 0x2026;
const CLAUSE_MARK = /[,;:.?!()"“”–—→⇒]/;

/** Whether the code unit at `i` is white space: a space, a tab, a line break or a no-break space. */
export const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === SPACE || c === 9 || c === 10 || c === 13 || c === 0xa0;
};

/**
 * Whether the text from `i` on holds a colon after nothing but white space: the end of a label
 * ("Voorstel:", "Risk 07 :").
 */
export function colonAt(text: string, i: number): boolean {
  while (i < text.length && isSpaceAt(text, i)) i++;
  return text.charCodeAt(i) === COLON;
}

/** A run of hyphens: where it ends, and whether it is a dash or an arrow between clauses. */
export interface HyphenRun {
  readonly end: number;
  readonly dash: boolean;
  /** Whether it is an arrow: a `>` right after it ("->", "-->"); an arrow is a dash too. */
  readonly arrow: boolean;
}

/**
 * The run of hyphens that holds the hyphen at `i`: where it ends, and whether it is a dash or an
 * arrow between clauses: white space on both sides ("bus - we", "bus -- we") or a `>` after it
 * ("bus -> we", "bus->we", "bus --> we"); not a hyphen that joins or suspends words ("land- en
 * tuinbouw", "-5 graden", "+/- 20"). A caller that reads the text from left to right steps on
 * to `end`, so that each hyphen is read once.
 */
export function hyphenRun(text: string, i: number): HyphenRun {
  let from = i;
  while (from > 0 && text.charCodeAt(from - 1) === HYPHEN) from--;
  let end = i + 1;
  while (text.charCodeAt(end) === HYPHEN) end++;
  const arrow = text.charCodeAt(end) === GREATER;
  const dash = arrow || (from > 0 && isSpaceAt(text, from - 1) && isSpaceAt(text, end));
  return { end, dash, arrow };
}

const EURO = 0x20ac;
const POUND = 0xa3;
const DOLLAR = 36;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const LOWER_A = 97;
const LOWER_Z = 122;
const NO_BREAK_SPACE = 0xa0;

/** Whether the character at `i` is a digit or a lower-case letter. */
function lowerOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= DIGIT_0 && c <= DIGIT_9) || (c >= LOWER_A && c <= LOWER_Z)) return true;
  if (c < ASCII_END) return false;
  const ch = text[i] as string;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Whether the full stop at `i`, right after the word [`wordStart`, `wordEnd`) and before the
 * word at `next`, is read inside a sentence rather than as its end: a point between two words
 * with no space ("19.30", "o.a", "www.gent.be"), or the point of an abbreviation before a word
 * in lower case or a number, after spaces and at most one currency sign ("max. 20", "ca. €50",
 * "bv. een bus", "e.g. the bus"). An abbreviation is a word of the pack's list
 * (`abbreviations`, in lower case) or the last letter of a chain ("o.a.", "t.e.m.", "i.e."). A
 * capital after the point ("max. Dan") or a line break ends the sentence as before.
 */
export function isInnerStop(
  text: string,
  i: number,
  wordStart: number,
  wordEnd: number,
  next: number,
  abbreviations: ReadonlySet<string>,
): boolean {
  if (i !== wordEnd) return false;
  if (next === i + 1) return true;
  let j = i + 1;
  while (j < next && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === NO_BREAK_SPACE)) j++;
  if (j === i + 1) return false;
  const c = text.charCodeAt(j);
  if (c === EURO || c === POUND || c === DOLLAR) j++;
  if (j !== next || !lowerOrDigitAt(text, next)) return false;
  const chained = wordEnd - wordStart === 1 && text.charCodeAt(wordStart - 1) === PERIOD;
  return chained || abbreviations.has(text.slice(wordStart, wordEnd).toLowerCase());
}

/**
 * Prepares the words of a text for matching: their infos and the breaks between them. With
 * `abbreviations` (a pack's, in lower case; the classifier's reading), a point inside a sentence
 * breaks nothing (see {@link isInnerStop}); without them every full stop ends a sentence.
 */
export function prepare(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  infos: readonly WordInfo[],
  abbreviations?: ReadonlySet<string>,
): Prepared {
  const breaks: Break[] = [];
  const questionMarks: number[] = [];
  const questionAfter: number[] = [];
  const innerStops: number[] = [];
  const n = starts.length;
  const between = (from: number, to: number, after: number): Break => {
    let r: Break = Break.None;
    let asked = false;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === HYPHEN) {
        const run = hyphenRun(text, i);
        if (run.dash && r === Break.None) r = Break.Clause;
        i = run.end - 1;
        continue;
      }
      if (c === QUESTION && !asked) {
        asked = true;
        questionMarks.push(i);
        questionAfter.push(after);
      }
      if (
        c === PERIOD &&
        abbreviations !== undefined &&
        after + 1 < n &&
        isInnerStop(text, i, starts[after] as number, from, to, abbreviations)
      ) {
        innerStops.push(i);
        continue;
      }
      if (
        c === PERIOD ||
        c === QUESTION ||
        c === EXCLAMATION ||
        c === SEMICOLON ||
        c === COLON ||
        c === ELLIPSIS
      ) {
        r = Break.Sentence;
      } else if (
        r === Break.None &&
        (c < ASCII_END
          ? c === COMMA ||
            c === LINE_FEED ||
            c === CARRIAGE_RETURN ||
            c === OPEN_PAREN ||
            c === CLOSE_PAREN ||
            c === QUOTE
          : CLAUSE_MARK.test(text[i] as string))
      ) {
        r = Break.Clause;
      }
    }
    return r;
  };
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    breaks.push(i === 0 ? Break.Sentence : between(prevEnd, starts[i] as number, i - 1));
    prevEnd = ends[i] as number;
  }
  if (n > 0) between(prevEnd, text.length, n - 1);
  return { text, starts, ends, infos, breaks, questionMarks, questionAfter, innerStops };
}

/** An entry found in a text: the entry and the word range [first, end). */
export interface Match {
  readonly entry: LexiconEntry;
  readonly first: number;
  readonly end: number;
}

/** Matches the steps of an entry from step `si` at word `wi`; returns the end or -1. */
function matchFrom(entry: LexiconEntry, si: number, wi: number, p: Prepared): number {
  const steps = entry.matchers;
  const { infos, breaks } = p;
  // Word steps one after the other; a gap tries each number of words it may skip.
  let at = wi;
  for (; si < steps.length; si++, at++) {
    const step = steps[si] as WordMatcher;
    if (step.gap >= 0) {
      // Skipped words stay in the clause: no break before any of them, nor before the next.
      for (let skip = 0; skip <= step.gap; skip++) {
        if (at + skip >= infos.length || breaks[at + skip] !== Break.None) return -1;
        const end = matchFrom(entry, si + 1, at + skip, p);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (at >= infos.length || breaks[at] !== Break.None) return -1;
    const key = (infos[at] as WordInfo).key;
    if (step.words?.has(key) !== true) {
      const others = step.others;
      let a = 0;
      while (a < others.length && !matchesWord(others[a] as Alternative, key)) a++;
      if (a === others.length) return -1;
    }
  }
  return at;
}

/**
 * Finds every entry of the lexicon in the prepared words, once per place: in order of the first
 * word, the longest first, then by id (then by place in the lexicon, for an app's entries that
 * share an id). Linear in the number of words (gaps are bounded).
 */
export function findEntries(p: Prepared): Match[] {
  const out: Match[] = [];
  const n = p.infos.length;
  for (let i = 0; i < n; i++) {
    const from = out.length;
    const info = p.infos[i] as WordInfo;
    for (const entry of info.freeOther) {
      const end = matchFrom(entry, 1, i + 1, p);
      if (end >= 0) out.push({ entry, first: i, end });
    }
    // The entries whose second word is the next word (in the same clause).
    const byNext = info.freeByNext;
    if (byNext !== undefined && i + 1 < n && p.breaks[i + 1] === Break.None) {
      const entries = byNext.get((p.infos[i + 1] as WordInfo).key);
      if (entries !== undefined) {
        for (const entry of entries) {
          const end = matchFrom(entry, 2, i + 2, p);
          if (end >= 0) out.push({ entry, first: i, end });
        }
      }
    }
    if (p.breaks[i] !== Break.None) {
      for (const entry of info.anchored) {
        const end = matchFrom(entry, 1, i + 1, p);
        if (end >= 0) out.push({ entry, first: i, end });
      }
    }
    if (out.length - from > 1) sortFrom(out, from);
  }
  return out;
}

function sortFrom(xs: Match[], from: number): void {
  const part = xs
    .slice(from)
    .sort(
      (x, y) =>
        y.end - x.end ||
        (x.entry.id < y.entry.id
          ? -1
          : x.entry.id > y.entry.id
            ? 1
            : x.entry.order - y.entry.order),
    );
  for (let k = 0; k < part.length; k++) xs[from + k] = part[k] as Match;
}

/**
 * Applies an app's changes to a list of source entries: `replace` starts from none, `remove`
 * drops entries by id, label or pattern, `add` appends. See {@link removedWords} for what the
 * removal leaves out.
 */
export function patchEntries(
  base: readonly SourceEntry[],
  change: {
    readonly add: readonly SourceEntry[];
    readonly remove: readonly string[];
    readonly replace: boolean;
  },
): SourceEntry[] {
  const remove = new Set(change.remove);
  const kept = change.replace
    ? []
    : base.filter((e) => !(remove.has(e.id) || remove.has(e.label) || remove.has(e.pattern)));
  return [...kept, ...change.add];
}

/**
 * The one-word patterns an app removed (not replaced wholesale): such a word is switched off,
 * so it is not read as a compound or inflection of another cue either.
 */
export function removedWords(base: readonly SourceEntry[], remove: readonly string[]): Set<string> {
  const set = new Set(remove);
  const out = new Set<string>();
  for (const e of base) {
    if (!(set.has(e.id) || set.has(e.label) || set.has(e.pattern))) continue;
    if (/^[^_*|~^\s]+$/.test(e.pattern)) out.add(normalize(e.pattern));
  }
  return out;
}
