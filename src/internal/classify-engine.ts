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

import type { Lang } from "../lang";
import { normalize, type Token } from "./tokenize";

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
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  exact: CueEntry[] | undefined;
  pre: CueEntry[] | undefined;
}

/** A compiled lexicon: a trie keyed by the first word of each entry. */
export interface Compiled {
  readonly root: TrieNode;
  readonly aliases: ReadonlyMap<string, string>;
}

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

function newNode(): TrieNode {
  return { next: new Map(), exact: undefined, pre: undefined };
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
  };
}

function insert(root: TrieNode, alt: Alt, entry: CueEntry): void {
  let node = root;
  for (let i = 0; i < alt.w.length; i++) {
    const c = alt.w.charCodeAt(i);
    let n = node.next.get(c);
    if (n === undefined) {
      n = newNode();
      node.next.set(c, n);
    }
    node = n;
  }
  if (alt.prefix) {
    node.pre ??= [];
    node.pre.push(entry);
  } else {
    node.exact ??= [];
    node.exact.push(entry);
  }
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
): Compiled {
  const root = newNode();
  for (const src of entries) {
    const entry = compileEntry(src);
    if (entry === undefined) continue;
    for (const alt of (entry.toks[0] as TokMatcher).alts) insert(root, alt, entry);
  }
  return { root, aliases };
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
  readonly tokens: readonly Token[];
  /** Matching key per token (normalised, Flemish forms mapped). */
  readonly keys: readonly string[];
  /** `true` where a clause starts at this token (first token, or punctuation before it). */
  readonly clauseStart: readonly boolean[];
}

/** Prepares tokens for matching: keys and clause starts. */
export function prepare(
  text: string,
  tokens: readonly Token[],
  aliases: ReadonlyMap<string, string>,
): Prepared {
  const keys: string[] = new Array<string>(tokens.length);
  const clauseStart: boolean[] = new Array<boolean>(tokens.length);
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = collapseRuns(t.norm);
    keys[i] = aliases.get(n) ?? n;
    clauseStart[i] = i === 0 || hasBoundary(text, prevEnd, t.start);
    prevEnd = t.end;
  }
  return { tokens, keys, clauseStart };
}

/**
 * Typing tolerance: a letter typed three or more times in a row counts twice ("vreees" →
 * "vrees", "heeeel" → "heel"). Written words almost never repeat a letter three times.
 */
function collapseRuns(w: string): string {
  let run = 1;
  let i = 1;
  for (; i < w.length; i++) {
    run = w.charCodeAt(i) === w.charCodeAt(i - 1) ? run + 1 : 1;
    if (run === 3) break;
  }
  if (i >= w.length) return w;
  // Copy the rest, skipping every third and later repeat (one linear pass).
  const parts: string[] = [w.slice(0, i)];
  let from = i;
  for (; i < w.length; i++) {
    run = w.charCodeAt(i) === w.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= 3) {
      if (from < i) parts.push(w.slice(from, i));
      from = i + 1;
    }
  }
  if (from < w.length) parts.push(w.slice(from));
  return parts.join("");
}

function hasBoundary(text: string, from: number, to: number): boolean {
  // Between two words there is usually one space; look at the characters in between only.
  for (let i = from; i < to; i++) {
    if (BOUNDARY.test(text[i] as string)) return true;
  }
  return false;
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
      if (at >= p.keys.length) return -1;
      if (skip > 0 && p.clauseStart[at]) return -1;
      const end = matchRest(entry, mi + 1, at, p);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (ti >= p.keys.length || p.clauseStart[ti]) return -1;
  return altMatches(m.alts, p.keys[ti] as string) ? matchRest(entry, mi + 1, ti + 1, p) : -1;
}

function tryEntries(
  list: readonly CueEntry[] | undefined,
  i: number,
  p: Prepared,
  out: Match[],
): void {
  if (list === undefined) return;
  for (const entry of list) {
    if (entry.anchored && !p.clauseStart[i]) continue;
    const end = matchRest(entry, 1, i + 1, p);
    if (end >= 0) out.push({ entry, a: i, b: end });
  }
}

/**
 * Finds every cue of a compiled lexicon in prepared tokens. A match that lies inside a longer
 * gap-free match is dropped (the longer, more specific entry wins).
 */
export function findMatches(lex: Compiled, p: Prepared): Match[] {
  const raw: Match[] = [];
  const keys = p.keys;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    let node: TrieNode | undefined = lex.root;
    for (let c = 0; c < key.length && node !== undefined; c++) {
      node = node.next.get(key.charCodeAt(c));
      if (node !== undefined && node.pre !== undefined && c < key.length - 1) {
        tryEntries(node.pre, i, p, raw);
      }
    }
    if (node !== undefined) {
      tryEntries(node.pre, i, p, raw);
      tryEntries(node.exact, i, p, raw);
    }
  }
  if (raw.length < 2) return raw;
  // Longest first at each start, then drop matches contained in a kept gap-free match.
  raw.sort((x, y) => x.a - y.a || y.b - x.b || (x.entry.id < y.entry.id ? -1 : 1));
  const kept: Match[] = [];
  let coverEnd = -1;
  // End of the last kept match per family: one family counts once on overlapping words.
  const famEnd = new Map<string, number>();
  for (const m of raw) {
    if (m.b <= coverEnd && !(m.b - m.a > 1 && m.entry.hasGap)) continue;
    if ((famEnd.get(m.entry.family) ?? -1) > m.a) continue;
    famEnd.set(m.entry.family, m.b);
    kept.push(m);
    if (!m.entry.hasGap && m.b - m.a > 1) coverEnd = Math.max(coverEnd, m.b);
  }
  return kept;
}

/** The weight of a match: the app's weight for its entry, else the fitted family weight. */
export function weightOf(entry: CueEntry, weights: Readonly<Record<string, number>>): number {
  return entry.weight ?? weights[entry.family] ?? 0;
}

/** Logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Languages as array index. */
export function langIndex(lang: Lang): 0 | 1 {
  return lang === "nl" ? 0 : 1;
}
