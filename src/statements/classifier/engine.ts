// The matching engine behind classifyStatement: compiles cue lexicons into a character trie,
// finds cue matches in a token list in one left-to-right pass, and scores token ranges.
// Everything is built lazily on first use: no work at module scope (`sideEffects: false`).
//
// Lexicon syntax (one family per line: `family entry entry ...`):
// - a family id starts with `s.` (points to standpunt) or `b.` (points to belang);
// - an entry is a sequence of token matchers joined by `_`;
// - a token matcher is one or more alternatives joined by `|`; `stem*` matches any word that
//   starts with `stem`; `~N` skips 0..N words inside the same clause (default 3);
// - a leading `^` anchors the entry at the start of a clause (start of text or after , ; . ? ! :).
// Words are matched after normalisation (lower case, accents folded) and after mapping a few
// spoken Flemish forms to their written form (nie → niet, da → dat, 'k → ik, ...).

import { normalize } from "../../internal/tokenize";
import type { Lang } from "../../lang";

/** Which kind a cue points to: 1 = standpunt, -1 = belang. */
export type Direction = 1 | -1;

/** One alternative of a token matcher. */
interface Alt {
  readonly w: string;
  readonly prefix: boolean;
}

/** A token matcher: alternatives, or a gap of up to `gap` words. */
interface TokMatcher {
  readonly alts: readonly Alt[];
  readonly gap: number;
}

/** A compiled lexicon entry. */
export interface CueEntry {
  /** Stable id: `family:pattern`. */
  readonly id: string;
  readonly family: string;
  readonly dir: Direction;
  readonly toks: readonly TokMatcher[];
  readonly anchored: boolean;
  /** Weight given by the app (overrides the family weight). */
  readonly weight: number | undefined;
  readonly hasGap: boolean;
  /** Index of the family within its compiled lexicon (set by compileLexicon). */
  fi: number;
}

/** A compiled lexicon: the entries by their first word, exact or as a prefix (`stem*`). */
export interface Compiled {
  readonly exact: ReadonlyMap<string, CueEntry[]>;
  readonly prefix: ReadonlyMap<string, CueEntry[]>;
  /** Length of the longest prefix: no longer one needs to be looked up. */
  readonly longest: number;
  readonly aliases: ReadonlyMap<string, string>;
  /**
   * Memo per normalised word: its matching key and the entries whose first word it matches.
   * Words repeat across statements, so most words cost one map look-up. Bounded in size.
   */
  readonly memo: Map<string, WordInfo>;
  /** Connectives: word → 1 (the reason follows) or 2 (the reason came first). */
  readonly links: ReadonlyMap<string, number>;
  /** Family names by index (`CueEntry.fi`); 0 and 1 are the structural families. */
  readonly families: readonly string[];
}

/** What the lexicon knows about one word. */
export interface WordInfo {
  /** Matching key: Flemish forms mapped, letter runs collapsed. */
  readonly key: string;
  /** Entries whose first word matches (in trie order: shorter prefixes first), not anchored. */
  readonly cands: readonly CueEntry[];
  /** The same for entries anchored at a clause start (`^`). */
  readonly anch: readonly CueEntry[];
  /** 0, or the connective type (see `Compiled.links`). */
  readonly link: number;
}

const NONE: readonly CueEntry[] = [];
const MEMO_MAX = 50_000;

/** A cue found in a token list: entry and the token range [a, b). */
export interface Match {
  readonly entry: CueEntry;
  readonly a: number;
  readonly b: number;
}

/** An entry added by an app, in source form. */
export interface SourceEntry {
  readonly pattern: string;
  readonly family: string;
  readonly dir: Direction;
  readonly weight: number | undefined;
  readonly id: string;
}

function parseMatcher(tok: string): TokMatcher {
  if (tok.startsWith("~")) {
    const n = Number(tok.slice(1));
    return {
      alts: [],
      gap: tok.length > 1 && Number.isFinite(n) ? Math.max(0, Math.min(n, 12)) : 3,
    };
  }
  const alts = tok
    .split("|")
    .filter((a) => a.length > 0)
    .map((a) => {
      const prefix = a.endsWith("*");
      return { w: normalize(prefix ? a.slice(0, -1) : a), prefix };
    });
  return { alts, gap: -1 };
}

/** Turns one pattern into a compiled entry, or `undefined` when the pattern is unusable. */
export function compileEntry(src: SourceEntry): CueEntry | undefined {
  let p = src.pattern.trim();
  const anchored = p.startsWith("^");
  if (anchored) p = p.slice(1);
  // Spaces in app-given patterns mean the same as `_`.
  const toks = p
    .split(/[_\s]+/)
    .filter((t) => t.length > 0)
    .map(parseMatcher);
  const first = toks[0];
  if (first === undefined || first.gap >= 0 || first.alts.length === 0) return undefined;
  const last = toks[toks.length - 1];
  if (last !== undefined && last.gap >= 0) toks.pop();
  return {
    id: src.id,
    family: src.family,
    dir: src.dir,
    toks,
    anchored,
    weight: src.weight,
    hasGap: toks.some((t) => t.gap >= 0),
    fi: 0,
  };
}

/** Splits a lexicon source (one family per line) into source entries. */
export function parseLexicon(source: string): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const line of source.split("\n")) {
    const parts = line.trim().split(/\s+/);
    const family = parts[0];
    if (family === undefined || family.length < 3) continue;
    const dir: Direction = family.startsWith("s.") ? 1 : -1;
    for (let i = 1; i < parts.length; i++) {
      const pattern = parts[i] as string;
      out.push({ pattern, family, dir, weight: undefined, id: `${family}:${pattern}` });
    }
  }
  return out;
}

/** Builds the trie for a list of source entries. */
export function compileLexicon(
  entries: readonly SourceEntry[],
  aliases: ReadonlyMap<string, string>,
  links: ReadonlyMap<string, number>,
): Compiled {
  const exact = new Map<string, CueEntry[]>();
  const prefix = new Map<string, CueEntry[]>();
  let longest = 0;
  const fams = new Map<string, number>([
    ["s.question", 0],
    ["s.number", 1],
  ]);
  for (const src of entries) {
    const entry = compileEntry(src);
    if (entry === undefined) continue;
    let fi = fams.get(entry.family);
    if (fi === undefined) {
      fi = fams.size;
      fams.set(entry.family, fi);
    }
    entry.fi = fi;
    for (const alt of (entry.toks[0] as TokMatcher).alts) {
      const m = alt.prefix ? prefix : exact;
      m.set(alt.w, [...(m.get(alt.w) ?? []), entry]);
      if (alt.prefix) longest = Math.max(longest, alt.w.length);
    }
  }
  return { exact, prefix, longest, aliases, memo: new Map(), links, families: [...fams.keys()] };
}

/** The key and candidate entries of a normalised word (memoised). */
export function wordInfo(lex: Compiled, norm: string): WordInfo {
  const hit = lex.memo.get(norm);
  if (hit !== undefined) return hit;
  const collapsed = collapseRuns(norm);
  const key = lex.aliases.get(collapsed) ?? collapsed;
  // Every prefix of the key (shortest first), then the key itself. Done once per word.
  const all: CueEntry[] = [];
  for (let n = 1; n <= Math.min(key.length, lex.longest); n++)
    all.push(...(lex.prefix.get(key.slice(0, n)) ?? []));
  all.push(...(lex.exact.get(key) ?? []));
  const free = all.filter((e) => !e.anchored);
  const anch = all.filter((e) => e.anchored);
  const info: WordInfo = {
    key,
    cands: free.length > 0 ? free : NONE,
    anch: anch.length > 0 ? anch : NONE,
    link: lex.links.get(key) ?? 0,
  };
  if (lex.memo.size >= MEMO_MAX) lex.memo.clear();
  lex.memo.set(norm, info);
  return info;
}

/** Parses an alias list `from=to from=to ...` into a map. */
export function parseAliases(source: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const pair of source.split(/\s+/)) {
    const i = pair.indexOf("=");
    if (i > 0) m.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return m;
}

const BOUNDARY = /[,;:.?!()"“”–—]/;

/** The words of a text prepared for matching. */
export interface Prepared {
  /** The text itself. */
  readonly text: string;
  /** Offsets of each word in the text: its first code unit, and just past its last. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** What the lexicon knows about each token. */
  readonly infos: readonly WordInfo[];
  /** Punctuation before each token: 0 none, 1 a clause break, 2 a sentence break (2 for the first). */
  readonly bound: readonly number[];
  /**
   * Marks that are cues without being words of the lexicon, in text order, as triples (token,
   * offset, kind): kind 0 a question mark after the token (at the offset), 1 a number in
   * digits, 2 a stressed "één" (the token itself, starting at the offset).
   */
  readonly marks: readonly number[];
}

/** Prepares the words of a text for matching: clause starts and marks. */
export function prepare(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  infos: readonly WordInfo[],
): Prepared {
  // Filled by push so that the arrays stay packed (fast element access).
  const bound: number[] = [];
  const marks: number[] = [];
  let prevEnd = 0;
  const n = starts.length;
  for (let i = 0; i < n; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const info = infos[i] as WordInfo;
    bound.push(i === 0 ? 2 : gap(text, prevEnd, start, i - 1, marks));
    const c = text.charCodeAt(start);
    if (c >= 48 && c <= 57) marks.push(i, start, 1);
    else if (info.key === "een" && stressed(text, start, end)) marks.push(i, start, 2);
    prevEnd = end;
  }
  if (n > 0) gap(text, prevEnd, text.length, n - 1, marks);
  return { text, starts, ends, infos, bound, marks };
}

/**
 * Typing tolerance: a letter typed three or more times in a row counts twice ("vreees" →
 * "vrees", "heeeel" → "heel"). Written words almost never repeat a letter three times. The
 * pattern has no nested repetition, so it runs in time linear in the word.
 */
function collapseRuns(w: string): string {
  return w.replace(/(.)\1\1+/gu, "$1$1");
}

/** Whether a word is written with an accent é (stressed "één", "eén"): a number, not "a". */
function stressed(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 233 || c === 201) return true;
  }
  return false;
}

/**
 * Reads the characters between two words: returns 0 (no punctuation), 1 (a clause break:
 * , ( ) " –) or 2 (a sentence break: . ? ! ; :), and records the first question mark.
 */
function gap(text: string, from: number, to: number, before: number, marks: number[]): number {
  let r = 0;
  let q = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 63 && !q) {
      q = true;
      marks.push(before, i, 0);
    }
    if (c === 46 || c === 63 || c === 33 || c === 59 || c === 58) r = 2;
    else if (
      r === 0 &&
      (c < 128 ? c === 44 || c === 40 || c === 41 || c === 34 : BOUNDARY.test(text[i] as string))
    )
      r = 1;
  }
  return r;
}

function altMatches(alts: readonly Alt[], key: string): boolean {
  for (const a of alts) {
    if (a.prefix ? key.startsWith(a.w) : key === a.w) return true;
  }
  return false;
}

/** Matches the rest of an entry from matcher `mi` at token `ti`; returns the end or -1. */
function matchRest(entry: CueEntry, mi: number, ti: number, p: Prepared): number {
  const toks = entry.toks;
  if (mi === toks.length) return ti;
  const m = toks[mi] as TokMatcher;
  if (m.gap >= 0) {
    for (let skip = 0; skip <= m.gap; skip++) {
      const at = ti + skip;
      if (at >= p.infos.length) return -1;
      if (skip > 0 && (p.bound[at] as number) > 0) return -1;
      const end = matchRest(entry, mi + 1, at, p);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (ti >= p.infos.length || (p.bound[ti] as number) > 0) return -1;
  return altMatches(m.alts, (p.infos[ti] as WordInfo).key)
    ? matchRest(entry, mi + 1, ti + 1, p)
    : -1;
}

function tryEntries(list: readonly CueEntry[], i: number, p: Prepared, out: Match[]): void {
  for (const entry of list) {
    const end = matchRest(entry, 1, i + 1, p);
    if (end >= 0) out.push({ entry, a: i, b: end });
  }
}

/**
 * Finds every cue of a compiled lexicon in prepared tokens. A match that lies inside a longer
 * gap-free match is dropped (the longer, more specific entry wins).
 */
export function findMatches(p: Prepared): Match[] {
  const raw: Match[] = [];
  for (let i = 0; i < p.infos.length; i++) {
    const info = p.infos[i] as WordInfo;
    if (info.cands.length > 0) tryEntries(info.cands, i, p, raw);
    if (info.anch.length > 0 && (p.bound[i] as number) > 0) tryEntries(info.anch, i, p, raw);
  }
  if (raw.length < 2) return raw;
  // Matches come in order of start; put the longest first within one start (insertion sort:
  // the list is nearly sorted and short), ties by id for determinism.
  insertionSort(raw, before);
  // Drop matches inside a kept longer gap-free match, and a family's second match on
  // overlapping words (one family counts once there).
  const kept: Match[] = [];
  const famEnd: number[] = [];
  let coverEnd = -1;
  for (const m of raw) {
    if (m.b <= coverEnd && !(m.b - m.a > 1 && m.entry.hasGap)) continue;
    if ((famEnd[m.entry.fi] ?? -1) > m.a) continue;
    famEnd[m.entry.fi] = m.b;
    kept.push(m);
    if (!m.entry.hasGap && m.b - m.a > 1) coverEnd = Math.max(coverEnd, m.b);
  }
  return kept;
}

/**
 * Sorts a nearly sorted list in place, stably: linear when only neighbours are out of order,
 * which is how the matchers produce their lists.
 */
export function insertionSort<T>(xs: T[], before: (a: T, b: T) => boolean): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as T;
    let j = i - 1;
    while (j >= 0 && before(x, xs[j] as T)) {
      xs[j + 1] = xs[j] as T;
      j--;
    }
    xs[j + 1] = x;
  }
}

function before(x: Match, y: Match): boolean {
  return x.a < y.a || (x.a === y.a && (x.b > y.b || (x.b === y.b && x.entry.id < y.entry.id)));
}

/** Logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Languages as array index. */
export function langIndex(lang: Lang): 0 | 1 {
  return lang === "nl" ? 0 : 1;
}
