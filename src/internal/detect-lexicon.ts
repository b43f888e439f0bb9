import type { Lang } from "../lang";
import type { Bril } from "../model/bril";
import type { Niveau } from "../model/niveau";
import { detectLang } from "./lang-detect";
import { normalize, type Token, tokenize } from "./tokenize";

/**
 * Cue patterns with their weights. A key is one or more words separated by spaces; a word may
 * end in `*` (prefix: `subsidie*` matches `subsidies`), start with `*` (suffix: `*budget`
 * matches `werkingsbudget`) or both (part of a compound: `*budget*`). Matching ignores case and
 * accents. A weight of `0` switches a built-in cue off.
 */
export type CueWeights = Readonly<Record<string, number>>;

/** Cue lexicons for one language: per lens and per level. */
export interface DetectLexicon {
  /** Cues that point to a lens. */
  readonly brillen?: { readonly [B in Bril]?: CueWeights };
  /** Cues that point to a level. */
  readonly niveaus?: { readonly [N in Niveau]?: CueWeights };
}

/** Options shared by the lens and level detectors. */
export interface DetectOptions {
  /** Language of the text; detected from its function words when left out. */
  readonly lang?: Lang;
  /**
   * Extra or overriding cues per language. Entries are merged over the built-in lexicon (the
   * same key replaces the built-in weight; weight `0` removes it).
   */
  readonly lexicon?: { readonly [L in Lang]?: DetectLexicon };
  /** When `true`, the built-in lexicon is not used at all, only {@link DetectOptions.lexicon}. */
  readonly replaceLexicon?: boolean;
}

/** @internal One matched cue. */
export interface CueHit<K extends string> {
  readonly label: K;
  /** The lexicon key that matched, e.g. `"subsidie*"` or `"elkaar kennen"`. */
  readonly cue: string;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
}

// Word pattern modes.
const Mode = { Exact: 0, Prefix: 1, Suffix: 2, Infix: 3 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

interface WordPattern {
  readonly mode: Mode;
  readonly s: string;
}

interface Entry<K extends string> {
  readonly label: K;
  readonly key: string;
  readonly weight: number;
  readonly words: readonly WordPattern[];
}

/** @internal A compiled lexicon: entries indexed by their first word. */
export interface Compiled<K extends string> {
  readonly exact: Map<string, Entry<K>[]>;
  readonly prefix: Map<string, Entry<K>[]>;
  readonly suffix: Map<string, Entry<K>[]>;
  /** Entries whose first word is a part (`*budget*`), each in a one-entry list. */
  readonly infix: Entry<K>[][];
  /** Prefix keys in a trie (letters in order) and suffix keys in a trie (letters reversed). */
  readonly preTrie: Trie<K>;
  readonly sufTrie: Trie<K>;
  /** One-word keys switched off (weight 0): such a word is not read as a compound or inflection. */
  readonly off: Set<string>;
}

function parseWord(w: string): WordPattern {
  const pre = w.endsWith("*");
  const suf = w.startsWith("*");
  const s = normalize(w.slice(suf ? 1 : 0, pre ? -1 : undefined));
  const mode = pre && suf ? Mode.Infix : pre ? Mode.Prefix : suf ? Mode.Suffix : Mode.Exact;
  return { mode, s };
}

function wordMatches(p: WordPattern, norm: string): boolean {
  switch (p.mode) {
    case Mode.Exact:
      return norm === p.s;
    case Mode.Prefix:
      return norm.startsWith(p.s);
    case Mode.Suffix:
      return norm.endsWith(p.s);
    default:
      return norm.includes(p.s);
  }
}

function push<K extends string>(map: Map<string, Entry<K>[]>, key: string, e: Entry<K>): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [e]);
  else list.push(e);
}

/** @internal A letter trie of cue entries. */
export interface Trie<K extends string> {
  readonly next: Map<string, Trie<K>>;
  entries?: Entry<K>[];
}

function newTrie<K extends string>(): Trie<K> {
  return { next: new Map() };
}

function trieAdd<K extends string>(root: Trie<K>, word: string, list: Entry<K>[]): void {
  let node = root;
  for (const ch of word) {
    let child = node.next.get(ch);
    if (child === undefined) {
      child = newTrie();
      node.next.set(ch, child);
    }
    node = child;
  }
  node.entries = list;
}

/** @internal Compiles a table of cue weights per label into a matcher. */
export function compile<K extends string>(
  table: ReadonlyMap<K, ReadonlyMap<string, number>>,
): Compiled<K> {
  const c: Compiled<K> = {
    exact: new Map(),
    prefix: new Map(),
    suffix: new Map(),
    infix: [],
    preTrie: newTrie(),
    sufTrie: newTrie(),
    off: new Set(),
  };
  for (const [label, cues] of table) {
    for (const [key, weight] of cues) {
      const words = key.trim().split(/\s+/).filter(Boolean).map(parseWord);
      const first = words[0];
      if (first === undefined || first.s === "") continue;
      if (weight === 0 || !Number.isFinite(weight)) {
        if (words.length === 1 && first.mode === Mode.Exact) c.off.add(first.s);
        continue;
      }
      const e: Entry<K> = { label, key, weight, words };
      if (first.mode === Mode.Exact) push(c.exact, first.s, e);
      else if (first.mode === Mode.Prefix) {
        push(c.prefix, first.s, e);
      } else if (first.mode === Mode.Suffix) {
        push(c.suffix, first.s, e);
      } else c.infix.push([e]);
    }
  }
  for (const [key, list] of c.prefix) trieAdd(c.preTrie, key, list);
  for (const [key, list] of c.suffix) trieAdd(c.sufTrie, [...key].reverse().join(""), list);
  return c;
}

/** @internal Merges built-in cues with app cues into one table per label. */
export function mergeTables<K extends string>(
  labels: readonly K[],
  base: { readonly [P in K]?: CueWeights } | undefined,
  extra: { readonly [P in K]?: CueWeights } | undefined,
): Map<K, Map<string, number>> {
  const out = new Map<K, Map<string, number>>();
  for (const label of labels) {
    const m = new Map<string, number>();
    for (const src of [base?.[label], extra?.[label]]) {
      if (src === undefined) continue;
      for (const key of Object.keys(src).sort()) {
        const w = src[key];
        if (typeof w === "number") m.set(key.trim().toLowerCase(), w);
      }
    }
    out.set(label, m);
  }
  return out;
}

/** How many letters a cue key fixes (wildcards and spaces not counted); a key without
 * wildcards fixes the word's ends too, so it beats a pattern of the same letters. */
function specificity(key: string): number {
  let n = 0.5;
  for (const ch of key) {
    if (ch === "*") n = Math.floor(n);
    else if (ch !== " ") n++;
  }
  return n;
}

function tryEntries<K extends string>(
  list: readonly Entry<K>[] | undefined,
  tokens: readonly Token[],
  i: number,
  best: Map<K, CueHit<K>>,
): void {
  if (list === undefined) return;
  for (const e of list) {
    let ok = true;
    for (let j = 1; j < e.words.length; j++) {
      const t = tokens[i + j];
      const p = e.words[j];
      if (t === undefined || p === undefined || !wordMatches(p, t.norm)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const startTok = tokens[i];
    const endTok = tokens[i + e.words.length - 1];
    if (startTok === undefined || endTok === undefined) continue;
    const prev = best.get(e.label);
    // Per start token and label one cue counts: the longest, then the most specific (more
    // letters fixed: `*begeleider` before `*leider`), then the strongest. A phrase or a longer
    // word can so refine (or cancel, with a small weight) what a shorter cue alone would say.
    const spec = prev === undefined ? 0 : specificity(e.key) - specificity(prev.cue);
    if (
      prev === undefined ||
      endTok.end > prev.end ||
      (endTok.end === prev.end &&
        (spec > 0 || (spec === 0 && Math.abs(e.weight) > Math.abs(prev.weight))))
    ) {
      best.set(e.label, {
        label: e.label,
        cue: e.key,
        weight: e.weight,
        start: startTok.start,
        end: endTok.end,
      });
    }
  }
}

/**
 * @internal Finds every cue in the tokens: per start token and label, the strongest matching
 * entry. Linear in the number of tokens times the (bounded) word length.
 */
export function matchCues<K extends string>(
  c: Compiled<K>,
  tokens: readonly Token[],
  fallback?: Lang,
): CueHit<K>[] {
  const hits: CueHit<K>[] = [];
  const best = new Map<K, CueHit<K>>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    const n = t.norm;
    best.clear();
    tryEntries(c.exact.get(n), tokens, i, best);
    for (
      let node: Trie<K> | undefined = c.preTrie, k = 0;
      node !== undefined && k < n.length;
      k++
    ) {
      node = node.next.get(n.charAt(k));
      if (node?.entries !== undefined) tryEntries(node.entries, tokens, i, best);
    }
    for (
      let node: Trie<K> | undefined = c.sufTrie, k = n.length - 1;
      node !== undefined && k >= 0;
      k--
    ) {
      node = node.next.get(n.charAt(k));
      if (node?.entries !== undefined) tryEntries(node.entries, tokens, i, best);
    }
    for (const list of c.infix) {
      const part = list[0]?.words[0]?.s ?? "";
      if (n.length > part.length && n.includes(part)) tryEntries(list, tokens, i, best);
    }
    if (fallback !== undefined && best.size === 0 && !c.off.has(n)) {
      if (fallback === "nl") matchHead(c, t, best);
      if (best.size === 0) matchInflected(c, t, best, fallback);
    }
    for (const h of best.values()) hits.push(h);
  }
  return hits;
}

// A compound's head: at least HEAD_MIN letters after a modifier of at least MOD_MIN letters.
const HEAD_MIN = 6;
const MOD_MIN = 3;
const HEAD_FACTOR = 0.75;
const VOWELS = "aeiouy";

/**
 * Dutch compounds carry their meaning in the last part: `vergaderzaal` is a `zaal`. A word
 * that no cue matched counts, at three quarters of the weight, as the longest one-word cue
 * it ends with.
 */
function matchHead<K extends string>(c: Compiled<K>, t: Token, best: Map<K, CueHit<K>>): void {
  const n = t.norm;
  for (let k = n.length - MOD_MIN; k >= HEAD_MIN; k--) {
    const head = n.slice(n.length - k);
    const list = c.exact.get(head);
    if (list === undefined) continue;
    // "herkenning" and "verkenning" are no "erkenning": h or v before a vowel forms a word.
    if (VOWELS.includes(head.charAt(0)) && "hv".includes(n.charAt(n.length - k - 1))) continue;
    for (const e of list) {
      if (e.words.length !== 1 || best.has(e.label)) continue;
      const weight = Math.round(e.weight * HEAD_FACTOR * 1000) / 1000;
      best.set(e.label, { label: e.label, cue: `*${e.key}`, weight, start: t.start, end: t.end });
    }
    if (best.size > 0) return;
  }
}

// Inflection endings tried on a word no cue matched, with what replaces them (English
// plurals, past tenses and -ing forms; Dutch plurals and inflected adjectives).
const ENDINGS: { readonly [L in Lang]: readonly (readonly [string, string])[] } = {
  en: [
    ["ies", "y"],
    ["ied", "y"],
    ["ing", ""],
    ["ing", "e"],
    ["es", ""],
    ["ed", ""],
    ["ed", "e"],
    ["s", ""],
  ],
  nl: [
    ["en", ""],
    ["s", ""],
    ["e", ""],
  ],
};
const STEM_MIN = 4;

/**
 * A word in another inflection than its cue (`meetings` for `meeting`, `vergaderingen` for
 * `vergadering`) counts, at three quarters of the weight, as the one-word cue its stem is; a
 * doubled last consonant of the stem is undoubled (`planning` reads as `plan`).
 */
function matchInflected<K extends string>(
  c: Compiled<K>,
  t: Token,
  best: Map<K, CueHit<K>>,
  lang: Lang,
): void {
  const n = t.norm;
  for (const [end, add] of ENDINGS[lang]) {
    if (!n.endsWith(end) || n.length - end.length < STEM_MIN) continue;
    const stem = n.slice(0, n.length - end.length);
    const last = stem.charAt(stem.length - 1);
    const forms = [stem + add];
    if (add === "" && !VOWELS.includes(last) && stem.charAt(stem.length - 2) === last) {
      forms.push(stem.slice(0, -1));
    }
    for (const form of forms) {
      for (const e of c.exact.get(form) ?? []) {
        if (e.words.length !== 1 || best.has(e.label)) continue;
        const weight = Math.round(e.weight * HEAD_FACTOR * 1000) / 1000;
        best.set(e.label, { label: e.label, cue: e.key, weight, start: t.start, end: t.end });
      }
    }
    if (best.size > 0) return;
  }
}

/** @internal Tokens and language of a text, honouring `options.lang`. */
export function prepare(
  text: string,
  options: DetectOptions | undefined,
): { readonly tokens: Token[]; readonly lang: Lang } {
  const tokens = tokenize(text);
  const lang = options?.lang ?? detectLang(tokens);
  return { tokens, lang };
}

/** @internal Sums cue weights per label; totals are clamped at 0 and rounded. */
export function sumScores<K extends string>(
  labels: readonly K[],
  hits: readonly CueHit<K>[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const l of labels) out[l] = 0;
  for (const h of hits) out[h.label] += h.weight;
  for (const l of labels) out[l] = Math.max(0, Math.round(out[l] * 1000) / 1000);
  return out;
}

/**
 * @internal Parses a compact cue list: entries separated by spaces, words of a phrase joined
 * by `_`, an optional `:weight` suffix (default 2). `"geld elkaar_kennen:1.5"`.
 */
export function parseCues(spec: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const item of spec.split(/\s+/)) {
    if (item === "") continue;
    const colon = item.lastIndexOf(":");
    const key = (colon > 0 ? item.slice(0, colon) : item).replace(/_/g, " ");
    const w = colon > 0 ? Number(item.slice(colon + 1)) : 2;
    m.set(key, w);
  }
  return m;
}

/** @internal Builds the compiled lexicon for a language, from built-in specs and options. */
export function buildLexicon<K extends string>(
  labels: readonly K[],
  builtin: { readonly [P in K]: string } | undefined,
  extra: { readonly [P in K]?: CueWeights } | undefined,
): Compiled<K> {
  const base: { [P in K]?: CueWeights } = {};
  if (builtin !== undefined) {
    for (const l of labels) base[l] = Object.fromEntries(parseCues(builtin[l]));
  }
  return compile(mergeTables(labels, base, extra));
}

/**
 * @internal Chooses the lexicon for one detector: the built-in one, compiled once per language
 * on first use and cached in `cache`, or, when `options` bring their own cues, one compiled for
 * this call from the built-in specs (unless replaced) and those cues.
 */
export function lexiconFor<K extends string>(
  labels: readonly K[],
  specs: { readonly [L in Lang]: { readonly [P in K]: string } },
  cache: { [L in Lang]?: Compiled<K> },
  lang: Lang,
  extra: { readonly [P in K]?: CueWeights } | undefined,
  replace: boolean,
): Compiled<K> {
  if (extra === undefined && !replace) {
    let c = cache[lang];
    if (c === undefined) {
      c = buildLexicon(labels, specs[lang], undefined);
      cache[lang] = c;
    }
    return c;
  }
  return buildLexicon(labels, replace ? undefined : specs[lang], extra);
}
