import { checkArray, checkObject, checkString, describeValue } from "../internal/args";
import { lowerBound } from "../internal/collections";
import { chooseLang } from "../internal/function-words";
import { compareStrings, sortedStrings } from "../internal/json";
import { Engine, type Scanned, scanWords, slotOf } from "../internal/scan";
import { normalize } from "../internal/tokenize";
import { isLang, LANGS, type Lang, langList, THEMES } from "../lang";
import type { CompoundRules } from "../lang/types";
import { requireSamenwerking, type Samenwerking } from "../model/samenwerking";

/** Options of {@link themesOf}. */
export interface ThemeOptions {
  /** Language of the text, for the inflection rules; detected from its function words when left out. */
  readonly lang?: Lang;
  /**
   * Known themes, e.g. {@link themeVocabulary} of the collaboration. Derived words are mapped onto
   * them (an inflected form onto the known spelling) and Dutch compounds are split against them.
   * Without a vocabulary no compound is split. It is prepared once per array or set object and
   * remembered (weakly): pass the same object to many calls, and do not change it afterwards.
   */
  readonly vocabulary?: ReadonlySet<string> | readonly string[];
  /** Shortest part a compound may be split into, in letters: a whole number ≥ 2; 4 by default. */
  readonly minPartLength?: number;
}

/** The part of a belang (or of anything with a text and optional themes) that themes come from. */
export interface ThemeSource {
  /** The text themes are derived from when there are no explicit themes. */
  readonly text: string;
  /** Explicit themes; when present and not empty, they are used instead of the text. */
  readonly themes?: readonly string[] | undefined;
}

const SPACES = /\s+/g;
const DEFAULT_MIN_PART = 4;
const MIN_WORD = 3;

/**
 * Normalises one explicit theme: trimmed, inner white space collapsed to one space, lower case,
 * accents folded.
 *
 * @param theme - A theme as written, e.g. `" Jeugd  Wérking "`.
 * @returns The theme key, e.g. `"jeugd werking"`; `""` for a blank theme.
 * @throws TypeError when `theme` is not a string.
 * @example
 * ```ts
 * normalizeTheme("  Éénzaamheid ") //=> "eenzaamheid"
 * ```
 */
export function normalizeTheme(theme: string): string {
  checkString("normalizeTheme", "theme", theme);
  return isClean(theme) ? theme : normalize(theme.trim().replace(SPACES, " "));
}

/** Fast path: already a key (lower-case ASCII letters, digits, `-`, `'`, single inner spaces). */
function isClean(theme: string): boolean {
  const n = theme.length;
  if (n === 0) return false;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = theme.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 39) {
      prevSpace = false;
    } else return false;
  }
  return !prevSpace;
}

interface PreparedVocabulary {
  readonly set: ReadonlySet<string>;
  /** Folded form (Dutch and English rules) → the vocabulary's own spelling. */
  readonly byStem: ReadonlyMap<string, string>;
}

let prepared: WeakMap<object, PreparedVocabulary> | undefined;

function prepareVocabulary(
  vocabulary: ReadonlySet<string> | readonly string[],
): PreparedVocabulary {
  if (prepared === undefined) prepared = new WeakMap();
  const cached = prepared.get(vocabulary);
  if (cached !== undefined) return cached;
  const words = sortedStrings(new Set([...vocabulary].map(normalizeTheme)));
  const set = new Set(words);
  const byStem = new Map<string, string>();
  for (const w of words) {
    if (w.includes(" ")) continue;
    for (const lang of LANGS) {
      const s = THEMES[lang].stem(w);
      if (s !== w && !byStem.has(s)) byStem.set(s, w);
    }
  }
  const p = { set, byStem };
  prepared.set(vocabulary, p);
  return p;
}

/** The folded content words of a text, in text order (duplicates kept), and its language. */
function wordsOf(text: string, lang: Lang | undefined, keep = false): Words {
  // One scan gives the words' normal forms and the language votes.
  const scanned = scanWords(text);
  const l = lang ?? chooseLang(scanned.votes);
  const slot = slotOf(Engine.Themes, LANGS.indexOf(l));
  const words: string[] = [];
  const recs = scanned.words;
  for (let i = 0; i < recs.length; i++) {
    const rec = recs[i] as (typeof recs)[number];
    // A word's theme words are made once per language and kept in its scanner record.
    let mine = rec.infos[slot] as readonly string[] | undefined;
    if (mine === undefined) {
      mine = themeWordsOf(rec.norm, l);
      rec.infos[slot] = mine;
    }
    for (let j = 0; j < mine.length; j++) words.push(mine[j] as string);
  }
  return { words, lang: l, scanned: keep ? scanned : null };
}

const NO_WORDS: readonly string[] = Object.freeze([]);

/** The theme words of one normal form: folded, stop words out; a hyphenated word's parts. */
function themeWordsOf(norm: string, l: Lang): readonly string[] {
  const stem = THEMES[l].stem;
  const out: string[] = [];
  for (const part of norm.includes("-") ? norm.split("-") : [norm]) {
    if (part.length < MIN_WORD || !hasLetter(part) || isStopword(part)) continue;
    const w = stem(part);
    if (w.length >= MIN_WORD && !isStopword(w)) out.push(w);
  }
  return out.length === 0 ? NO_WORDS : Object.freeze(out);
}

/**
 * Maps a folded word onto the vocabulary's spelling when an entry folds to it (an explicit
 * "jongeren" beats the folded "jonger", also when "jonger" is itself in the vocabulary).
 */
function canonical(word: string, vocab: PreparedVocabulary | undefined): string {
  return vocab?.byStem.get(word) ?? word;
}

/** The vocabulary's spelling of a word or folded form, if it knows one. */
function known(word: string, vocab: PreparedVocabulary): string | undefined {
  return vocab.byStem.get(word) ?? (vocab.set.has(word) ? word : undefined);
}

const startsWithVowel = (w: string): boolean => "aeiouy".includes(w.charAt(0));

// Words that never become a theme, of every built-in language (texts mix languages); and the
// derivational suffixes of each language's compounds. Sets built on first use.
let stopwords: ReadonlySet<string> | undefined;
function isStopword(norm: string): boolean {
  stopwords ??= new Set(LANGS.flatMap((l) => THEMES[l].stopwords.split(/\s+/)));
  return stopwords.has(norm);
}
let suffixSets: WeakMap<CompoundRules, ReadonlySet<string>> | undefined;
/** @internal Whether `rest` is one of a language's derivational suffixes (a set made once). */
export function isDerivationalSuffix(rules: CompoundRules, rest: string): boolean {
  suffixSets ??= new WeakMap();
  let set = suffixSets.get(rules);
  if (set === undefined) {
    set = new Set(rules.suffixes.split(/\s+/));
    suffixSets.set(rules, set);
  }
  return set.has(rest);
}
const LETTER = /\p{L}/u;
/** True when a word holds at least one letter (a number alone is never a theme). */
const hasLetter = (word: string): boolean => LETTER.test(word);

/** Adds the vocabulary themes a compound is made of (see {@link themesOf}, rule 4). */
function splitCompound(
  word: string,
  lang: Lang,
  rules: CompoundRules,
  vocab: PreparedVocabulary,
  minPart: number,
  out: string[],
): void {
  const stem = THEMES[lang].stem;
  const n = word.length;
  for (let i = minPart; i <= n - minPart; i++) {
    const first = word.slice(0, i);
    const second = word.slice(i);
    if (isStopword(first) || isStopword(second) || isDerivationalSuffix(rules, second)) continue;
    const modifier = knownModifier(first, rules, stem, minPart, vocab);
    if (modifier === undefined) continue;
    const k = known(second, vocab) ?? vocab.byStem.get(stem(second));
    const head = k !== undefined && !isStopword(k) ? k : undefined;
    // A known first part counts when the rest is known too, or at least starts like a word
    // (a consonant): "pers|oneel" and "hand|elaars" cut a syllable, "jeugd|werking" does not.
    if (head !== undefined || !startsWithVowel(second)) insertSorted(out, modifier);
    // A known second part counts only when the first is known too ("huis|arts"), never after an
    // arbitrary beginning ("opdr|acht", "concur|rent").
    if (head !== undefined) insertSorted(out, head);
  }
}

/** A compound rule set's linkers, split once. */
interface Linkers {
  readonly linkers: readonly string[];
  readonly plurals: readonly string[];
}
let linkerLists: WeakMap<CompoundRules, Linkers> | undefined;
function linkersOf(rules: CompoundRules): Linkers {
  linkerLists ??= new WeakMap();
  let l = linkerLists.get(rules);
  if (l === undefined) {
    const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== "");
    l = { linkers: words(rules.linkers), plurals: words(rules.pluralLinkers) };
    linkerLists.set(rules, l);
  }
  return l;
}

/**
 * The theme a compound's first part names, if any: the first known form of it (not a stop
 * word) among the part as is, without a linking letter (Dutch -s-), and with a plural linker
 * folded by the stemmer (Dutch -en-).
 */
function knownModifier(
  first: string,
  rules: CompoundRules,
  stem: (word: string) => string,
  minPart: number,
  vocab: PreparedVocabulary,
): string | undefined {
  const usable = (form: string): string | undefined => {
    const k = known(form, vocab);
    return k !== undefined && !isStopword(k) ? k : undefined;
  };
  const as = usable(first);
  if (as !== undefined) return as;
  const { linkers, plurals } = linkersOf(rules);
  for (const linker of linkers) {
    if (first.endsWith(linker) && first.length - linker.length >= minPart) {
      const k = usable(first.slice(0, -linker.length));
      if (k !== undefined) return k;
    }
  }
  for (const plural of plurals) {
    if (!first.endsWith(plural)) continue;
    const folded = stem(first);
    if (folded !== first && folded.length >= minPart) {
      const k = usable(folded);
      if (k !== undefined) return k;
    }
  }
  return undefined;
}

/**
 * Adds a string to a sorted list of distinct strings (code-unit order, as `compareStrings`):
 * a text's themes are a handful, for which this allocates less than a set sorted at the end.
 */
function insertSorted(out: string[], value: string): void {
  const lo = lowerBound(out, value);
  if (out[lo] === value) return;
  if (lo === out.length) out.push(value);
  else out.splice(lo, 0, value);
}

/**
 * @internal Whether a word is a word of its own that is never split into themes (with a concept
 * vocabulary: "landbouw" is agriculture, not land + bouw).
 */
export type WholeWord = (word: string, lang: Lang, minPart: number) => boolean;

/** @internal Derives themes from already folded words (shared by {@link themesOf} and the analyses). */
function deriveFromWords(
  words: readonly string[],
  lang: Lang,
  vocab: PreparedVocabulary | undefined,
  minPart: number,
  whole?: WholeWord,
): string[] {
  const out: string[] = [];
  const rules = THEMES[lang].compounds;
  for (let i = 0; i < words.length; i++) {
    const c = canonical(words[i] as string, vocab);
    insertSorted(out, c);
    // With a concept vocabulary, a word it names is a word of its own: "landbouw" is not land + bouw.
    if (
      vocab !== undefined &&
      rules !== null &&
      c.length >= 2 * minPart &&
      (whole === undefined || !whole(c, lang, minPart))
    ) {
      splitCompound(c, lang, rules, vocab, minPart, out);
    }
  }
  return out;
}

function explicitThemes(themes: readonly string[]): string[] {
  if (themes.length > 16)
    return sortedStrings(new Set(themes.map(normalizeTheme).filter((t) => t !== "")));
  // Insertion into a small sorted list: belangen carry a handful of themes.
  const out: string[] = [];
  for (const t of themes) {
    const n = normalizeTheme(t);
    if (n !== "") insertSorted(out, n);
  }
  return out;
}

function checkMinPart(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MIN_PART;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 2) {
    throw new RangeError(`minPartLength must be a whole number ≥ 2, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * The themes of a belang: where it can meet the interests of others.
 *
 * @param belang - A belang, or anything with a `text` and optional `themes` (such as the shared
 *   ambition).
 * @param options - `lang` for the inflection rules, `vocabulary` of known themes to map derived
 *   words and split compounds against, `minPartLength` of a compound part (default 4).
 * @returns The theme keys, sorted (code-unit order), without duplicates.
 * @throws RangeError when `minPartLength` is not a whole number ≥ 2.
 * @throws TypeError when `belang` or `options` is not an object, `belang.text` is not a string,
 *   `belang.themes` is not an array of strings, or `vocabulary` is not an array or a Set.
 *
 * @remarks
 * Explicit themes win: when `belang.themes` is present and not empty, each is normalised
 * (trimmed, white space collapsed, lower case, accents folded) and nothing is derived from the
 * text. Otherwise themes are derived from the text, by these rules:
 *
 * 1. The text is tokenised; hyphenated words count as their parts. Words shorter than 3 letters,
 *    numbers and Dutch and English stop words (function words, frequent verbs, and words naming
 *    the collaboration itself, such as "netwerk" and "partners") are dropped.
 * 2. Inflections are folded with light rules for the text's language: Dutch plurals (-en, -s,
 *    -'s, -heden) and the adjectival -e, English plurals (-s, -es, -ies). The key need not be a
 *    word: "jongeren" and "jongere" both give `"jonger"`, "woningen" gives `"woning"`,
 *    "volunteers" gives `"volunteer"`.
 * 3. With a `vocabulary`, a folded word that folds like a known theme takes the known spelling
 *    (a belang saying "jongere" meets an explicit theme "jongeren").
 * 4. With a `vocabulary` and a Dutch text, a compound also yields the known themes it is made of:
 *    "jeugdwerking" gives `"jeugdwerking"` and, when `"jeugd"` is known, `"jeugd"`. A split is
 *    made only where both parts have at least `minPartLength` letters, neither part is a stop
 *    word and the second is not a derivational suffix (-heid, -lijk, -baar, -vuldig, ...), so
 *    "zorgvuldig" does not yield "zorg". The first part must be known (a linking -s- and a
 *    plural are allowed: "beleidsplan" → "beleid", "jongerenwerking" → "jongeren"); it is added
 *    when the second part is known too or starts with a consonant ("personeel" does not yield
 *    "pers"). The second part is added only when both parts are known ("huisarts" → "arts"
 *    when "huis" and "arts" are known; "opdracht" never yields "acht"). Only known themes are
 *    split off, never a guessed word, and only one level deep.
 *
 * @example
 * ```ts
 * themesOf({ text: "Onze jongeren vinden geen betaalbare woningen." })
 * //=> ["betaalbar", "jonger", "woning"]
 * themesOf({ text: "Meer jeugdwerking in de wijk" }, { vocabulary: ["jeugd"] })
 * //=> ["jeugd", "jeugdwerking", "wijk"]
 * themesOf({ text: "…", themes: [" Jeugd", "Wonen "] }) //=> ["jeugd", "wonen"]
 * ```
 */
export function themesOf(belang: ThemeSource, options: ThemeOptions = {}): string[] {
  checkObject("themesOf", "belang", belang, "an object { text, themes? }");
  checkObject("themesOf", "options", options);
  const minPart = checkMinPart(options.minPartLength);
  const { text, themes } = belang;
  checkString("themesOf", "belang.text", text);
  if (themes !== undefined) {
    checkArray("themesOf", "belang.themes", themes);
    for (const t of themes) checkString("themesOf", "every theme", t);
  }
  if (options.lang !== undefined && !isLang(options.lang)) {
    throw new RangeError(
      `themesOf: option "lang" must be ${langList()}, got ${describeValue(options.lang)}`,
    );
  }
  const vocabulary: unknown = options.vocabulary;
  if (vocabulary !== undefined && !Array.isArray(vocabulary) && !(vocabulary instanceof Set)) {
    throw new TypeError(
      `themesOf: option "vocabulary" must be an array or a Set of strings, got ${describeValue(vocabulary)}`,
    );
  }
  if (themes !== undefined && themes.length > 0) return explicitThemes(themes);
  const { words, lang } = wordsOf(text, options.lang);
  const vocab =
    options.vocabulary === undefined ? undefined : prepareVocabulary(options.vocabulary);
  return deriveFromWords(words, lang, vocab, minPart);
}

/**
 * The vocabulary of themes present in a collaboration: every explicit theme (of the belangen and
 * of the ambition) and every folded word of the texts that have no explicit themes.
 *
 * @param samenwerking - A validated collaboration.
 * @returns The vocabulary, sorted (code-unit order), without duplicates.
 * @throws TypeError when `samenwerking` is not an object; {@link SamenwerkingError} with every
 *   problem when it is not a valid collaboration.
 *
 * @remarks
 * The analyses ({@link interestCoverage}, {@link suggestWinWin}) pass this vocabulary to
 * {@link themesOf}, so that `themesOf(b, { vocabulary: themeVocabulary(s) })` gives exactly the
 * themes they use for belang `b`.
 *
 * @example
 * ```ts
 * themeVocabulary({ partners: [
 *   { id: "p", name: "P", brillen: ["zingevend"] }, { id: "q", name: "Q", brillen: ["utilitair"] },
 * ], standpunten: [], belangen: [
 *   { id: "b1", partnerId: "p", niveau: "netwerk", text: "Jeugd", themes: ["Jeugd"] },
 *   { id: "b2", partnerId: "q", niveau: "netwerk", text: "Meer jeugdwerking" },
 * ] })
 * //=> ["jeugd", "jeugdwerking"]
 * ```
 */
export function themeVocabulary(samenwerking: Samenwerking): string[] {
  const s = requireSamenwerking("themeVocabulary", samenwerking);
  return sortedStrings(vocabularyOf(buildIndexParts(s)));
}

/** @internal The themes of every belang and of the ambition, computed once for an analysis. */
export interface ThemeIndex {
  /** Themes per belang (sorted), at the belang's position in `samenwerking.belangen`. */
  readonly byBelang: readonly (readonly string[])[];
  /** The ambition's themes (sorted), or `null` without an ambition. */
  readonly ambition: readonly string[] | null;
  /** The collaboration's vocabulary (when some text needed it), to split compounds against. */
  readonly vocabulary: ReadonlySet<string> | null;
  /** Per belang position: the language of its text (derived), or `null` (explicit themes). */
  readonly langs: readonly (Lang | null)[];
  /**
   * Per belang position: its text's words as scanned (derived, when asked for), or `null`
   * (explicit themes, or not asked for).
   */
  readonly scans: readonly (Scanned | null)[];
}

/** A text's theme words (folded, stop words out), its language and, when kept, its scan. */
interface Words {
  readonly words: string[];
  readonly lang: Lang;
  readonly scanned: Scanned | null;
}

interface IndexParts {
  /** Per belang position: its explicit themes (normalised), or its folded words to derive from. */
  readonly perBelang: (readonly string[] | Words)[];
  /** Whether some belang needs its themes derived. */
  readonly anyDerived: boolean;
  readonly ambitionExplicit: string[] | null;
  readonly ambitionWords: Words | null;
}

function buildIndexParts(samenwerking: Samenwerking, keepScans = false): IndexParts {
  const belangen = samenwerking.belangen;
  const perBelang: (readonly string[] | Words)[] = new Array(belangen.length);
  let anyDerived = false;
  for (let i = 0; i < belangen.length; i++) {
    const b = belangen[i] as (typeof belangen)[number];
    if (b.themes !== undefined && b.themes.length > 0) perBelang[i] = explicitThemes(b.themes);
    else {
      perBelang[i] = wordsOf(b.text, undefined, keepScans);
      anyDerived = true;
    }
  }
  const a = samenwerking.ambition;
  let ambitionExplicit: string[] | null = null;
  let ambitionWords: Words | null = null;
  if (a !== undefined) {
    if (a.themes.length > 0) ambitionExplicit = explicitThemes(a.themes);
    else ambitionWords = wordsOf(a.text, undefined);
  }
  return { perBelang, anyDerived, ambitionExplicit, ambitionWords };
}

function vocabularyOf(parts: IndexParts): Set<string> {
  const vocabulary = new Set<string>();
  for (const p of parts.perBelang) {
    for (const w of Array.isArray(p) ? (p as readonly string[]) : (p as Words).words)
      vocabulary.add(w);
  }
  for (const w of parts.ambitionExplicit ?? parts.ambitionWords?.words ?? []) vocabulary.add(w);
  return vocabulary;
}

/**
 * @internal The themes of every belang and of the ambition, as {@link themesOf} gives them with
 * the collaboration's {@link themeVocabulary}; every text is tokenised once, and the vocabulary
 * is built only when some text needs it. `whole` (with a concept vocabulary) names the words
 * that are never split; with `keepScans`, each text's scan is kept in `scans` for a reader that
 * needs the words again (the concept reader), else it is let go at once.
 */
export function themeIndex(
  samenwerking: Samenwerking,
  whole?: WholeWord,
  keepScans = false,
): ThemeIndex {
  const parts = buildIndexParts(samenwerking, keepScans);
  let ambition: readonly string[] | null = parts.ambitionExplicit;
  const langs = parts.perBelang.map((p) => (Array.isArray(p) ? null : (p as Words).lang));
  const scans = parts.perBelang.map((p) => (Array.isArray(p) ? null : (p as Words).scanned));
  if (!parts.anyDerived && parts.ambitionWords === null) {
    return {
      byBelang: parts.perBelang as (readonly string[])[],
      ambition,
      vocabulary: null,
      langs,
      scans,
    };
  }
  const vocab = prepareVocabulary(sortedStrings(vocabularyOf(parts)));
  const byBelang = parts.perBelang.map((p) =>
    Array.isArray(p)
      ? (p as readonly string[])
      : deriveFromWords((p as Words).words, (p as Words).lang, vocab, DEFAULT_MIN_PART, whole),
  );
  if (parts.ambitionWords !== null) {
    const w = parts.ambitionWords;
    ambition = deriveFromWords(w.words, w.lang, vocab, DEFAULT_MIN_PART, whole);
  }
  return { byBelang, ambition, vocabulary: vocab.set, langs, scans };
}

/** @internal Whether two sorted theme lists share a theme (linear merge). */
export function sharesTheme(a: readonly string[], b: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c = compareStrings(a[i] as string, b[j] as string);
    if (c === 0) return true;
    if (c < 0) i++;
    else j++;
  }
  return false;
}
