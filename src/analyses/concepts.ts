// Concepts a text evokes: a concept vocabulary an app passes (terms per language, one
// language-neutral graph of ids, fields and broader concepts; the built-in one is the entry
// `samenwerken/concepts`), matched by the one lexicon engine. Each concept comes with the words that evoked it (offsets), so a UI can show why.

import { chooseLang } from "../internal/function-words";
import {
  checkMorphology,
  compileLexicon,
  findEntries,
  type Lexicon,
  type LexiconEntry,
  parseLexicon,
  patchEntries,
  prepare,
  removedWords,
  type WordInfo,
  wordInfo,
} from "../internal/lexicon";
import { Engine, type Scanned, scanWords, slotOf } from "../internal/scan";
import { normalize } from "../internal/tokenize";
import { checkLang, codeOf, LANGS, type LangOption, MORPHOLOGY, partOf, THEMES } from "../lang";
import type { ConceptsPart, ConceptVocabulary, LanguagePack } from "../lang/types";
import {
  type CheckedChanges,
  type CueLexicon,
  cached,
  changesOf,
  checkLexicon,
  pairKey,
} from "../statements/lexicon";
import { isDerivationalSuffix, type WholeWord } from "./themes";

/** One word or phrase of a text that evoked a concept. */
export interface ConceptWord {
  /** The words as written: exactly `text.slice(start, end)`. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit in the text. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
  /**
   * The vocabulary's term that matched, words joined by spaces (`"jonge boeren"`); `*part*`
   * for a compound part (`*mantelzorg*` in "mantelzorgpremie"), `*term` for a compound or a
   * form read by its last part or its ending, `part+part` for a compound split in two.
   */
  readonly cue: string;
}

/** A concept a text evokes, with the words that evoked it. */
export interface ConceptMatch {
  /** The concept's id (`"rural-succession"`), the same in every language. */
  readonly concept: string;
  /** Its field (`"agriculture"`), or `null` for an app's concept that names none. */
  readonly field: string | null;
  /**
   * How strongly the text evokes it, in (0, 1]: 1 for a term or one of its forms, 0.8 for a
   * compound part, 0.75 for a word read by its form or split against the vocabulary, 0.5 for a
   * related term (the strongest of its words counts).
   */
  readonly weight: number;
  /** The words that evoked it, in text order. */
  readonly words: readonly ConceptWord[];
  /** Its broader concepts (direct ones, sorted), from the concept graph. */
  readonly broader: readonly string[];
}

/** Options of {@link conceptsOf}. */
export interface ConceptOptions {
  /**
   * The concept vocabulary to read: `builtInConcepts` of `samenwerken/concepts`, or an app's
   * own {@link ConceptVocabulary}. Required: the library bundles no concepts by itself.
   */
  readonly vocabulary: ConceptVocabulary;
  /** Language of the text (a code or a pack); detected from its function words when left out. */
  readonly lang?: LangOption;
  /** An app's concept terms (or a vocabulary of its own), made by {@link extendLexicon}. */
  readonly lexicon?: CueLexicon;
  /**
   * Known words, e.g. {@link themeVocabulary} of the collaboration: a compound that no term
   * names is also split where one part evokes a concept and the other is a known word.
   */
  readonly known?: ReadonlySet<string> | readonly string[];
}

/** @internal The concept graph: field and direct broader concepts per id. */
export interface ConceptGraph {
  readonly field: ReadonlyMap<string, string>;
  readonly broader: ReadonlyMap<string, readonly string[]>;
  /** How many concepts have it among their ancestors (a general concept has many). */
  readonly descendants: ReadonlyMap<string, number>;
}

const NO_STRINGS: readonly string[] = Object.freeze([]);
/** A word read by its form counts at this share of its term's weight. */
const DERIVED_SHARE = 0.75;
/** A compound part and a derivational suffix: a part may not leave less than this. */
const MIN_REST = 3;
const MIN_SPLIT = 4;

function finishGraph(
  field: Map<string, string>,
  given: Map<string, readonly string[]>,
): ConceptGraph {
  // Sorted and frozen once: every match of a concept shares its list.
  const broader = new Map<string, readonly string[]>();
  for (const [id, list] of given) {
    broader.set(id, list.length === 0 ? NO_STRINGS : Object.freeze([...list].sort()));
  }
  const descendants = new Map<string, number>();
  for (const id of broader.keys()) {
    for (const a of ancestorsIn(broader, id).keys())
      descendants.set(a, (descendants.get(a) ?? 0) + 1);
  }
  return { field, broader, descendants };
}

const EMPTY_PART: ConceptsPart = { terms: "", ambiguous: "" };
let checked: WeakSet<object> | undefined;

/** @internal Checks a concept vocabulary an app passes (once per object). */
export function checkVocabulary(vocabulary: unknown, where: string): ConceptVocabulary {
  checked ??= new WeakSet();
  if (typeof vocabulary === "object" && vocabulary !== null && checked.has(vocabulary)) {
    return vocabulary as ConceptVocabulary;
  }
  const v = vocabulary as ConceptVocabulary;
  if (
    typeof vocabulary !== "object" ||
    vocabulary === null ||
    typeof v.graph !== "string" ||
    typeof v.langs !== "object" ||
    v.langs === null
  ) {
    throw new TypeError(
      `${where}: must be a ConceptVocabulary ({ graph, langs }), e.g. builtInConcepts of samenwerken/concepts`,
    );
  }
  for (const [code, part] of Object.entries(v.langs)) {
    if (
      typeof part !== "object" ||
      part === null ||
      typeof part.terms !== "string" ||
      typeof part.ambiguous !== "string"
    ) {
      throw new TypeError(`${where}.langs.${code}: must be { terms: string, ambiguous: string }`);
    }
  }
  checked.add(vocabulary);
  return v;
}

/** @internal The part of a vocabulary for a language (an empty one when it has none). */
function vocabularyPart(vocabulary: ConceptVocabulary, lang: LangOption): ConceptsPart {
  const code = codeOf(lang);
  return Object.hasOwn(vocabulary.langs, code)
    ? (vocabulary.langs[code] as ConceptsPart)
    : EMPTY_PART;
}

const parsedGraphs = new WeakMap<ConceptVocabulary, ConceptGraph>();

/** @internal A vocabulary's concept graph, parsed on first use. */
export function conceptGraph(vocabulary: ConceptVocabulary): ConceptGraph {
  let g = parsedGraphs.get(vocabulary);
  if (g === undefined) {
    const field = new Map<string, string>();
    const broader = new Map<string, readonly string[]>();
    for (const line of vocabulary.graph.split("\n")) {
      const [id, f, b] = line.split(" ");
      if (id === undefined || id === "" || f === undefined) continue;
      field.set(id, f);
      broader.set(id, b === undefined ? NO_STRINGS : b.split(","));
    }
    g = finishGraph(field, broader);
    parsedGraphs.set(vocabulary, g);
  }
  return g;
}

const graphs = new WeakMap<object, WeakMap<object, ConceptGraph>>();

/** @internal A vocabulary's concept graph with an app's broader concepts added (every language's). */
export function graphOf(
  vocabulary: ConceptVocabulary,
  lexicon: CueLexicon | undefined,
): ConceptGraph {
  const base = conceptGraph(vocabulary);
  if (lexicon === undefined) return base;
  return cached(graphs, lexicon, vocabulary, () => {
    const broader = new Map(base.broader);
    for (const code of lexicon.langs) {
      for (const [id, more] of changesOf(lexicon, code, "concepts")?.broader ?? []) {
        broader.set(id, [...new Set([...(broader.get(id) ?? NO_STRINGS), ...more])].sort());
      }
    }
    return finishGraph(new Map(base.field), broader);
  });
}

function ancestorsIn(
  broader: ReadonlyMap<string, readonly string[]>,
  id: string,
): Map<string, number> {
  const out = new Map<string, number>();
  let frontier = [id];
  for (let depth = 1; frontier.length > 0 && depth < 16; depth++) {
    const next: string[] = [];
    for (const c of frontier) {
      for (const b of broader.get(c) ?? NO_STRINGS) {
        if (b === id || out.has(b)) continue;
        out.set(b, depth);
        next.push(b);
      }
    }
    frontier = next;
  }
  return out;
}

/** @internal Every broader concept of `id`, with its distance (1 for a direct one). */
export function ancestors(graph: ConceptGraph, id: string): Map<string, number> {
  return ancestorsIn(graph.broader, id);
}

// Compiled concept lexicons: per vocabulary part and morphology, with an app's changes per
// lexicon, part and morphology.
const plain = new WeakMap<object, WeakMap<object, Lexicon>>();
const withChanges = new WeakMap<object, WeakMap<object, Lexicon>>();

function compile(
  part: ConceptsPart,
  morphology: LanguagePack["morphology"],
  code: string,
  changes: CheckedChanges | undefined,
): Lexicon {
  checkMorphology(morphology, `lexicon.${code}.morphology`);
  const base = parseLexicon(part.terms);
  const entries = changes === undefined ? base : patchEntries(base, changes);
  const blocked = changes === undefined ? undefined : removedWords(base, changes.remove);
  return compileLexicon(
    entries,
    { morphology, ...(blocked === undefined ? {} : { blocked }) },
    `lexicon.${code}.concepts`,
  );
}

/** @internal The concept lexicon of a vocabulary in a language, under an app's changes. */
export function conceptLexicon(
  vocabulary: ConceptVocabulary,
  lang: LangOption,
  lexicon: CueLexicon | undefined,
): Lexicon {
  const code = codeOf(lang);
  const part = vocabularyPart(vocabulary, lang);
  const morphology = partOf(MORPHOLOGY, "morphology", lang);
  const changes = lexicon === undefined ? undefined : changesOf(lexicon, code, "concepts");
  if (changes !== undefined && lexicon !== undefined) {
    // Per part and morphology, as without changes: packs made from one part keep their forms.
    return cached(withChanges, lexicon, pairKey(part, morphology), () =>
      compile(part, morphology, code, changes),
    );
  }
  return cached(plain, part, morphology, () => compile(part, morphology, code, undefined));
}

/**
 * @internal The words a vocabulary names as a whole, while no part of them is a term: words of
 * their own ("landbouw" is agriculture, not land + bouw), never split into themes. "jeugdwerking"
 * is a term too, but "jeugd" is one as well, so it still yields "jeugd".
 */
export function wholeTerms(vocabulary: ConceptVocabulary): WholeWord {
  return (word, lang, minPart) => {
    const lex = conceptLexicon(vocabulary, lang, undefined);
    if (!isConceptTerm(lex, word)) return false;
    for (let i = minPart; i <= word.length - minPart; i++) {
      const first = word.slice(0, i);
      if (
        isConceptTerm(lex, first) ||
        (first.endsWith("s") && isConceptTerm(lex, first.slice(0, -1)))
      ) {
        return false;
      }
    }
    return true;
  };
}

/** @internal Whether a normalised word is itself a one-word term of the concept vocabulary. */
export function isConceptTerm(lex: Lexicon, word: string): boolean {
  return (lex.exact.get(word) ?? NO_STRINGS).length > 0;
}

let ambiguousSets: WeakMap<object, ReadonlySet<string>> | undefined;
/** @internal A vocabulary's words of a language that have two meanings (never a theme or a term alone). */
export function ambiguousWords(
  vocabulary: ConceptVocabulary,
  lang: LangOption,
): ReadonlySet<string> {
  return ambiguousOf(vocabularyPart(vocabulary, lang));
}

/** @internal The words of one vocabulary part that have two meanings. */
export function ambiguousOf(part: ConceptsPart): ReadonlySet<string> {
  ambiguousSets ??= new WeakMap();
  let set = ambiguousSets.get(part);
  if (set === undefined) {
    set = new Set(part.ambiguous.split(/\s+/).filter((w) => w !== ""));
    ambiguousSets.set(part, set);
  }
  return set;
}

interface Hit {
  readonly concept: string;
  weight: number;
  readonly words: ConceptWord[];
}

/** Adds a hit to a text's hits (a short list: a text evokes a handful of concepts). */
function addHit(hits: Hit[], concept: string, weight: number, word: ConceptWord): void {
  let h: Hit | undefined;
  for (let i = 0; i < hits.length && h === undefined; i++) {
    if ((hits[i] as Hit).concept === concept) h = hits[i];
  }
  if (h === undefined) hits.push({ concept, weight, words: [word] });
  else {
    h.weight = Math.max(h.weight, weight);
    if (!h.words.some((w) => w.start === word.start && w.end === word.end)) h.words.push(word);
  }
}

/** Whether a `*part*` entry sits in the word as a compound part, not inside another word. */
function isCompoundPart(key: string, part: string, lang: LangOption): boolean {
  const at = key.indexOf(part);
  if (at < 0) return false;
  const before = at;
  const after = key.slice(at + part.length);
  if (before > 0 && before < MIN_REST) return false;
  const rules = partOf(THEMES, "themes", lang).compounds;
  if (after === "" || rules === null) return after === "";
  if (isDerivationalSuffix(rules, after)) return false;
  // An inflection (mantelzorgers) or a linking -s- before another part counts too.
  return after.length >= MIN_REST || ["en", "s", "e", "er", "ers"].includes(after);
}

function oneWordConcepts(lex: Lexicon, word: string): readonly LexiconEntry[] {
  return (lex.exact.get(word) ?? []).filter((e) => e.matchers.length === 1);
}

/** A split compound: the entries of its parts and how it is shown (`zorg+boerderij`). */
interface Split {
  readonly entries: readonly LexiconEntry[];
  readonly cue: string;
}

// The splits of one lexicon against one set of known words, by word: a network's texts repeat
// their words, and each is split once (null: no split).
const splits = new WeakMap<object, WeakMap<object, Map<string, Split | null>>>();

/** A word split into two known parts, at least one of them a concept term, remembered. */
function splitAgainst(
  key: string,
  lex: Lexicon,
  lang: LangOption,
  known: ReadonlySet<string>,
): Split | undefined {
  const memo = cached(splits, lex, known, () => new Map<string, Split | null>());
  let split = memo.get(key);
  if (split === undefined) {
    split = splitOnce(key, lex, lang, known) ?? null;
    memo.set(key, split);
  }
  return split ?? undefined;
}

/** A compound no term names, split where one part evokes a concept and the other is known. */
function splitOnce(
  key: string,
  lex: Lexicon,
  lang: LangOption,
  known: ReadonlySet<string>,
): Split | undefined {
  const themes = partOf(THEMES, "themes", lang);
  const rules = themes.compounds;
  if (rules === null) return undefined;
  const isKnown = (w: string): boolean =>
    known.has(w) || known.has(themes.stem(w)) || oneWordConcepts(lex, w).length > 0;
  for (let i = key.length - MIN_SPLIT; i >= MIN_SPLIT; i--) {
    const first = key.slice(0, i);
    const second = key.slice(i);
    if (isDerivationalSuffix(rules, second)) continue;
    const firsts = [first];
    if (first.endsWith("s") && first.length > MIN_SPLIT) firsts.push(first.slice(0, -1));
    for (const f of firsts) {
      const a = oneWordConcepts(lex, f);
      const b = oneWordConcepts(lex, second);
      if (a.length + b.length === 0) continue;
      if ((a.length > 0 || isKnown(f)) && (b.length > 0 || isKnown(second))) {
        return { entries: [...a, ...b], cue: `${f}+${second}` };
      }
    }
  }
  return undefined;
}

const shownCues = new WeakMap<LexiconEntry, string>();
/** How an entry is shown as a cue: its pattern with spaces (made once per entry). */
function shownCue(entry: LexiconEntry): string {
  let shown = shownCues.get(entry);
  if (shown === undefined) {
    shown = entry.pattern.replace(/_/g, " ");
    shownCues.set(entry, shown);
  }
  return shown;
}

const COVERED = 1;
const TOUCHED = 2;
let flagBuffer = new Uint8Array(256);
/** The per-word flags of one text, all 0: a buffer shared by every call (never kept). */
function flagsFor(n: number): Uint8Array {
  if (flagBuffer.length < n) flagBuffer = new Uint8Array(Math.max(n, 2 * flagBuffer.length));
  flagBuffer.fill(0, 0, n);
  return flagBuffer;
}

/** A word's look-up in a concept lexicon, kept in its scanner record. */
interface KeptInfo {
  readonly lex: Lexicon;
  readonly info: WordInfo;
}

/**
 * @internal Reads the concepts of a text (as `scanWords` scanned it) in a language with a
 * compiled concept lexicon.
 */
export function readConcepts(
  text: string,
  lang: LangOption,
  lex: Lexicon,
  graph: ConceptGraph,
  known: ReadonlySet<string> | undefined,
  ambiguous: ReadonlySet<string>,
  scanned: Scanned,
): ConceptMatch[] {
  const { starts, ends } = scanned;
  // A word's look-up is kept in its record, with the lexicon it was made for (a vocabulary, or
  // an app's terms, has a lexicon of its own).
  const slot = typeof lang === "string" ? slotOf(Engine.Concepts, LANGS.indexOf(lang)) : -1;
  const infos: WordInfo[] = scanned.words.map((rec) => {
    const kept = slot >= 0 ? (rec.infos[slot] as KeptInfo | undefined) : undefined;
    if (kept !== undefined && kept.lex === lex) return kept.info;
    const info = wordInfo(lex, rec.norm);
    if (slot >= 0) rec.infos[slot] = { lex, info } satisfies KeptInfo;
    return info;
  });
  const p = prepare(text, starts, ends, infos);
  const matches = findEntries(p);
  const n = starts.length;
  // Per word: covered by a whole-word match (flag 1), touched by a hit (flag 2); one buffer
  // reused from text to text.
  const flags = flagsFor(n);
  for (const m of matches) {
    if (m.entry.pattern.startsWith("*")) continue;
    for (let i = m.first; i < m.end; i++) flags[i] = COVERED;
  }
  const hits: Hit[] = [];
  const wordAt = (first: number, end: number, cue: string): ConceptWord => {
    const start = starts[first] as number;
    const stop = ends[end - 1] as number;
    return { text: text.slice(start, stop), start, end: stop, cue };
  };
  for (const m of matches) {
    const { entry } = m;
    const key = (infos[m.first] as WordInfo).key;
    if (entry.pattern.startsWith("*")) {
      if (((flags[m.first] as number) & COVERED) !== 0) continue;
      if (!isCompoundPart(key, shownCue(entry).slice(1, -1), lang)) continue;
    } else if (m.end - m.first === 1 && ambiguous.has(key)) continue;
    for (let i = m.first; i < m.end; i++) flags[i] = (flags[i] as number) | TOUCHED;
    addHit(hits, entry.label, entry.weight ?? 1, wordAt(m.first, m.end, shownCue(entry)));
  }
  for (let i = 0; i < n; i++) {
    if (((flags[i] as number) & TOUCHED) !== 0) continue;
    const info = infos[i] as WordInfo;
    if (ambiguous.has(info.key)) continue;
    if (info.derived.length > 0) {
      for (const d of info.derived) {
        addHit(
          hits,
          d.entry.label,
          (d.entry.weight ?? 1) * DERIVED_SHARE,
          wordAt(i, i + 1, d.shown),
        );
      }
      continue;
    }
    if (known !== undefined && info.key.length >= 2 * MIN_SPLIT) {
      const split = splitAgainst(info.key, lex, lang, known);
      if (split !== undefined) {
        for (const e of split.entries) {
          addHit(hits, e.label, (e.weight ?? 1) * DERIVED_SHARE, wordAt(i, i + 1, split.cue));
        }
      }
    }
  }
  const out: ConceptMatch[] = [];
  for (const h of hits) {
    const { concept } = h;
    out.push({
      concept,
      field: graph.field.get(concept) ?? null,
      weight: Math.round(h.weight * 1000) / 1000,
      words: h.words.sort((a, b) => a.start - b.start || a.end - b.end),
      broader: graph.broader.get(concept) ?? NO_STRINGS,
    });
  }
  return out.sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0));
}

let knownSets: WeakMap<object, ReadonlySet<string>> | undefined;
function knownSet(v: ReadonlySet<string> | readonly string[]): ReadonlySet<string> {
  knownSets ??= new WeakMap();
  let set = knownSets.get(v);
  if (set === undefined) {
    set = new Set([...v].map((w) => normalize(w)));
    knownSets.set(v, set);
  }
  return set;
}

/** @internal {@link conceptsOf} past its own checks: the matcher a vocabulary carries. */
export function matchConcepts(text: string, options: ConceptOptions): ConceptMatch[] {
  if (typeof text !== "string") throw new TypeError("conceptsOf: text must be a string");
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      "conceptsOf: options must be an object with a vocabulary (builtInConcepts of samenwerken/concepts)",
    );
  }
  const vocabulary = checkVocabulary(options.vocabulary, "conceptsOf: options.vocabulary");
  const given = checkLang(options.lang, "conceptsOf: options.lang");
  const lexicon = checkLexicon(options.lexicon, "conceptsOf: options.lexicon");
  const scanned = scanWords(text);
  const lang = given ?? chooseLang(scanned.votes);
  const known = options.known === undefined ? undefined : knownSet(options.known);
  return readConcepts(
    text,
    lang,
    conceptLexicon(vocabulary, lang, lexicon),
    graphOf(vocabulary, lexicon),
    known,
    ambiguousWords(vocabulary, lang),
    scanned,
  );
}
