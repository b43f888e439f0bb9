// What the lens and the level detectors share: their options, their lexicons (a pack's cues
// with an app's changes, compiled by the one lexicon engine) and how cues are found: per word
// and label one cue counts.

import { checkOptions, checkPackString, checkString } from "../internal/args";
import { chooseLang } from "../internal/function-words";
import {
  checkMorphology,
  compileLexicon,
  findEntries,
  type Lexicon,
  type Match,
  parseLexicon,
  patchEntries,
  prepare,
  removedWords,
  type WordInfo,
  wordInfo,
} from "../internal/lexicon";
import { Engine, scanWords, slotOf } from "../internal/scan";
import {
  checkLang,
  codeOf,
  LANGS,
  type LangOption,
  MORPHOLOGY,
  partOf,
  type Registry,
} from "../lang";
import type { LanguagePack } from "../lang/types";
import {
  cuesFingerprint,
  type DetectorModel,
  modelKey,
  parseDetectorModel,
  rowOf,
} from "./detector-model";
import { type CueLexicon, cached, changesOf, checkLexicon, pairKey } from "./lexicon";

/** Options shared by the lens and level detectors. */
export interface DetectOptions {
  /**
   * Language of the text: a built-in code (`"nl"`, `"en"`) or a {@link LanguagePack}; detected
   * among the built-in languages from its function words when absent.
   */
  readonly lang?: LangOption;
  /** An app's cue changes, made once by {@link extendLexicon}. */
  readonly lexicon?: CueLexicon;
}

/** @internal One cue found for a lens or a level. */
export interface CueHit<K extends string> {
  readonly label: K;
  /** The lexicon pattern that matched, words joined by spaces (`"elkaar kennen"`, `"*budget*"`). */
  readonly cue: string;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
}

/** @internal A word of the text: its normal form and offsets. */
export interface DetectWord {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** The weight of a lens or level cue written without one. */
const DEFAULT_WEIGHT = 2;
/** A word read by its form (a compound's head, an inflection) counts at this share of the weight. */
const DERIVED_SHARE = 0.75;

type DetectorName = "lenses" | "levels";

// The built-in lexicons, per detector and language; those with an app's changes, per lexicon.
const builtIn = new Map<string, Lexicon>();
const withChanges = new WeakMap<object, WeakMap<object, Lexicon>>();
let fromPacks: WeakMap<object, WeakMap<object, Lexicon>> | undefined;

function compile(
  name: DetectorName,
  labels: readonly string[],
  source: string,
  morphology: LanguagePack["morphology"] | undefined,
  code: string,
  changes: Parameters<typeof patchEntries>[1] | undefined,
): Lexicon {
  checkPackString(source, `lexicon.${code}.${name}.cues`, "a lexicon source (a string)");
  if (morphology !== undefined) checkMorphology(morphology, `lexicon.${code}.morphology`);
  const base = parseLexicon(source);
  const entries = changes === undefined ? base : patchEntries(base, changes);
  const blocked = changes === undefined ? undefined : removedWords(base, changes.remove);
  const options = {
    labels,
    ...(morphology === undefined ? {} : { morphology }),
    ...(blocked === undefined ? {} : { blocked }),
  };
  return compileLexicon(entries, options, `lexicon.${code}.${name}`);
}

/** The key of a lexicon read without word forms (the level detector's). */
const NO_MORPHOLOGY = {};

/** @internal The lexicon of one detector for a language under the options. */
export function detectorLexicon(
  name: DetectorName,
  registry: Registry<DetectorName>,
  labels: readonly string[],
  lang: LangOption,
  lexicon: CueLexicon | undefined,
): Lexicon {
  const code = codeOf(lang);
  const part = partOf(registry, name, lang);
  // Lens cues also reach compounds and inflections of their words; level cues do not.
  const morphology = name === "lenses" ? partOf(MORPHOLOGY, "morphology", lang) : undefined;
  const changes = lexicon === undefined ? undefined : changesOf(lexicon, code, name);
  // A pack's part is shared by packs made from it ({ ...fr, morphology }): the lexicon is kept
  // per part and per morphology, so that each pack reads with its own word forms.
  const formsKey = morphology ?? NO_MORPHOLOGY;
  if (changes !== undefined && lexicon !== undefined) {
    return cached(withChanges, lexicon, pairKey(part, formsKey), () =>
      compile(name, labels, part.cues, morphology, code, changes),
    );
  }
  if (typeof lang !== "string") {
    fromPacks ??= new WeakMap();
    return cached(fromPacks, part, formsKey, () =>
      compile(name, labels, part.cues, morphology, code, undefined),
    );
  }
  const key = `${name}:${code}`;
  let lex = builtIn.get(key);
  if (lex === undefined) {
    lex = compile(name, labels, part.cues, morphology, code, undefined);
    builtIn.set(key, lex);
  }
  return lex;
}

let models: WeakMap<object, DetectorModel | null> | undefined;

/**
 * @internal The fitted weights of a detector for a text read (its pack part's `model`), read and
 * checked once per part; `undefined` when the pack has none, when they were fitted with other
 * cues than the part's (an app's pack made from a built-in one with cues of its own), or when an
 * app's lexicon replaced the pack's cues. A malformed model is refused with its line and rule.
 */
export function detectorModel(
  name: DetectorName,
  registry: Registry<DetectorName>,
  labels: readonly string[],
  read: Pick<DetectText, "lang" | "replaced">,
): DetectorModel | undefined {
  if (read.replaced) return undefined;
  const lang = read.lang;
  const part = partOf(registry, name, lang) as { readonly cues: unknown; readonly model?: unknown };
  models ??= new WeakMap();
  let m = models.get(part);
  if (m === undefined) {
    const parsed =
      part.model === undefined
        ? undefined
        : parseDetectorModel(part.model, `LanguagePack ${name}.model (${codeOf(lang)})`, {
            labels,
            levels: name === "levels",
          });
    m =
      parsed !== undefined &&
      typeof part.cues === "string" &&
      parsed.cuesFingerprint === cuesFingerprint(part.cues)
        ? parsed
        : null;
    models.set(part, m);
  }
  return m ?? undefined;
}

/** @internal A text read for a detector: its words, their look-ups and the language. */
export interface DetectText {
  readonly lang: LangOption;
  /** Whether an app's lexicon replaced the pack's cues (then no fitted weights apply). */
  readonly replaced: boolean;
  /**
   * The patterns (as shown) an app's lexicon adds: the fitted rows of a built-in pattern do not
   * apply to them, whatever label the app gives them.
   */
  readonly added: ReadonlySet<string>;
  readonly words: readonly DetectWord[];
  readonly hits: CueHit<string>[];
}

/**
 * @internal Checks the arguments of a detector, reads the text and finds its cues: per word
 * and label one cue counts (the longest, then the one that fixes most letters, then the
 * strongest). A word no entry starts at counts, at three quarters of the weight, as the
 * one-word cue it is a compound or an inflection of.
 */
export function readText(
  fn: string,
  name: DetectorName,
  registry: Registry<DetectorName>,
  labels: readonly string[],
  text: unknown,
  options: DetectOptions | undefined,
): DetectText {
  const source = checkString(fn, "text", text);
  checkOptions(fn, options);
  const given = checkLang(options?.lang, `${fn}: options.lang`);
  const appLexicon = checkLexicon(options?.lexicon, `${fn}: options.lexicon`);
  const scanned = scanWords(source);
  const lang = given ?? chooseLang(scanned.votes);
  const lex = detectorLexicon(name, registry, labels, lang, appLexicon);
  const builtInLex = typeof lang === "string" && appLexicon === undefined;
  const slot = builtInLex
    ? slotOf(name === "lenses" ? Engine.Lenses : Engine.Levels, LANGS.indexOf(lang))
    : -1;
  const { starts, ends } = scanned;
  const infos: WordInfo[] = [];
  const words: DetectWord[] = [];
  for (let i = 0; i < starts.length; i++) {
    const rec = scanned.words[i] as (typeof scanned.words)[number];
    let info = slot >= 0 ? (rec.infos[slot] as WordInfo | undefined) : undefined;
    if (info === undefined) {
      info = wordInfo(lex, rec.norm);
      if (slot >= 0) rec.infos[slot] = info;
    }
    infos.push(info);
    words.push({ norm: rec.norm, start: starts[i] as number, end: ends[i] as number });
  }
  const p = prepare(source, starts, ends, infos);
  const changes = appLexicon === undefined ? undefined : changesOf(appLexicon, codeOf(lang), name);
  const replaced = changes?.replace === true;
  const added = new Set((changes?.add ?? []).map((e) => shown(e.pattern)));
  return { lang, replaced, added, words, hits: bestHits(p.infos, words, findEntries(p)) };
}

const shown = (pattern: string): string => pattern.replace(/_/g, " ");
const rounded = (x: number): number => Math.round(x * 1000) / 1000;

function bestHits(
  infos: readonly WordInfo[],
  words: readonly DetectWord[],
  matches: readonly Match[],
): CueHit<string>[] {
  const hits: CueHit<string>[] = [];
  let m = 0;
  for (let i = 0; i < words.length; i++) {
    const best = new Map<string, { hit: CueHit<string>; specificity: number }>();
    for (; m < matches.length && (matches[m] as Match).first === i; m++) {
      const { entry, end } = matches[m] as Match;
      const weight = entry.weight ?? DEFAULT_WEIGHT;
      const to = (words[end - 1] as DetectWord).end;
      const prev = best.get(entry.label);
      const spec = prev === undefined ? 0 : entry.specificity - prev.specificity;
      if (
        prev === undefined ||
        to > prev.hit.end ||
        (to === prev.hit.end &&
          (spec > 0 || (spec === 0 && Math.abs(weight) > Math.abs(prev.hit.weight))))
      ) {
        const hit = {
          label: entry.label,
          cue: shown(entry.pattern),
          weight,
          start: (words[i] as DetectWord).start,
          end: to,
        };
        best.set(entry.label, { hit, specificity: entry.specificity });
      }
    }
    if (best.size === 0) {
      const w = words[i] as DetectWord;
      for (const d of (infos[i] as WordInfo).derived) {
        if (best.has(d.entry.label)) continue;
        const weight = rounded((d.entry.weight ?? DEFAULT_WEIGHT) * DERIVED_SHARE);
        best.set(d.entry.label, {
          hit: { label: d.entry.label, cue: shown(d.shown), weight, start: w.start, end: w.end },
          specificity: 0,
        });
      }
    }
    for (const b of best.values()) hits.push(b.hit);
  }
  return hits;
}

/** A cue a detector found: the word or phrase, the label it points to and its weight. */
export interface DetectedCue<K extends string> {
  /**
   * The lens or level it adds to. Under fitted weights a cue or word may add to several: it is
   * listed once per label, each time with the weight it adds there.
   */
  readonly label: K;
  /**
   * The lexicon pattern that matched, words joined by spaces (`"elkaar kennen"`, `"*budget*"`),
   * a construction (`"als …"`), or, under fitted weights, a word that no cue covers (`"open"`:
   * not a pattern to remove with {@link extendLexicon}).
   */
  readonly cue: string;
  /** The matched text, exactly `input.slice(start, end)`. */
  readonly text: string;
  /** What it adds to its label's score. */
  readonly weight: number;
  /** Offset of the first UTF-16 code unit in the input. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}

/** @internal The hits as public cues, with their text, in order of offset. */
export function toCues<K extends string>(
  text: string,
  hits: readonly CueHit<string>[],
): DetectedCue<K>[] {
  return hits
    .map((h) => ({
      label: h.label as K,
      cue: h.cue,
      text: text.slice(h.start, h.end),
      weight: rounded(h.weight),
      start: h.start,
      end: h.end,
    }))
    .sort(
      (a, b) =>
        a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
}

/** @internal The labels by score, highest first; ties keep the labels' order. */
export function ranked<K extends string>(
  labels: readonly K[],
  scores: Readonly<Record<K, number>>,
): { readonly label: K; readonly score: number }[] {
  return labels
    .map((label, i) => ({ label, score: scores[label], i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ label, score }) => ({ label, score }));
}

const NONE: ReadonlySet<string> = new Set();

/** @internal One feature of a statement for a fitted detector model: its key and value. */
export interface DetectorFeature {
  readonly key: string;
  readonly value: number;
  /** Whether the key is a cue's pattern (not its label row, nor a word). */
  readonly pattern: boolean;
}

/**
 * @internal What a fitted detector model weighs in a statement, as `visit` sees it: per cue
 * found (`hit`), its label row (`@from:<label>`, valued at the cue's lexicon weight) and its
 * pattern (`=<pattern>`, valued 1), both marked `^` for a cue that starts before `leadEnd`;
 * then every word no cue covers (its compared form, valued 1), with its `^` row besides when it
 * starts before `leadEnd` (levels only: lenses pass `-1`). The fit and the detectors read
 * statements through this one function, so a model weighs what it was fitted on.
 */
export function visitFeatures(
  words: readonly DetectWord[],
  hits: readonly CueHit<string>[],
  leadEnd: number,
  visit: (features: readonly DetectorFeature[], at: CueHit<string> | DetectWord) => void,
): void {
  const covered = new Array<boolean>(words.length).fill(false);
  let w = 0;
  const byStart = [...hits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const h of byStart) {
    const lead = h.start < leadEnd;
    visit(
      [
        { key: modelKey.from(h.label, lead), value: h.weight, pattern: false },
        { key: modelKey.cue(h.cue, lead), value: 1, pattern: true },
      ],
      h,
    );
    while (w < words.length && (words[w] as DetectWord).end <= h.start) w++;
    for (let k = w; k < words.length && (words[k] as DetectWord).start < h.end; k++) {
      covered[k] = true;
    }
  }
  for (let k = 0; k < words.length; k++) {
    if (!covered[k]) {
      const word = words[k] as DetectWord;
      const plain: DetectorFeature = { key: word.norm, value: 1, pattern: false };
      visit(
        word.start < leadEnd
          ? [plain, { key: modelKey.leadWord(word.norm), value: 1, pattern: false }]
          : [plain],
        word,
      );
    }
  }
}

/**
 * @internal The cues of a statement under fitted weights: every cue found and every word no cue
 * covers adds its weights to the labels (`@from` per unit of lexicon weight, plus the
 * pattern's or the word's own); one cue per label it adds to, with that weight.
 */
export function fittedHits(
  words: readonly DetectWord[],
  hits: readonly CueHit<string>[],
  model: DetectorModel,
  leadEnd: number,
  added: ReadonlySet<string> = NONE,
): CueHit<string>[] {
  const out: { label: string; cue: string; weight: number; start: number; end: number }[] = [];
  const merged = new Map<string, (typeof out)[number]>();
  const k = model.labels.length;
  visitFeatures(words, hits, model.lead ? leadEnd : -1, (features, at) => {
    const v = new Array<number>(k).fill(0);
    let any = false;
    for (const f of features) {
      // An app's own pattern weighs through its label row only, never a built-in pattern's row.
      if (f.pattern && "cue" in at && added.has(at.cue)) continue;
      const row = rowOf(model, f.key);
      if (row === undefined) continue;
      any = true;
      for (let l = 0; l < k; l++) v[l] = (v[l] as number) + (row[l] as number) * f.value;
    }
    if (!any) return;
    const cue = "cue" in at ? at.cue : at.norm;
    for (let l = 0; l < k; l++) {
      const weight = v[l] as number;
      if (weight <= 0) continue;
      const label = model.labels[l] as string;
      // Two lexicon cues of one pattern on the same words (one per lens it was written for)
      // are one cue to the reader: their weights for a label add up.
      const key = `${at.start}:${at.end}:${label}:${cue}`;
      const same = merged.get(key);
      if (same === undefined) {
        const hit = { label, cue, weight, start: at.start, end: at.end };
        merged.set(key, hit);
        out.push(hit);
      } else same.weight += weight;
    }
  });
  return out;
}

/**
 * @internal The scores under fitted weights: the cues' weights summed per label, plus the
 * model's owner-less weights when `ownerless` (a level statement that names no owner).
 */
export function fittedScores<K extends string>(
  labels: readonly K[],
  counted: readonly CueHit<string>[],
  model: DetectorModel,
  ownerless: boolean,
): Record<K, number> {
  const scores = sumScores(labels, counted);
  const bonus = model.ownerless;
  if (ownerless && bonus !== undefined) {
    labels.forEach((l, i) => {
      scores[l] = rounded(scores[l] + (bonus[i] as number));
    });
  }
  return scores;
}

/** @internal Sums cue weights per label; totals are clamped at 0 and rounded. */
export function sumScores<K extends string>(
  labels: readonly K[],
  hits: readonly CueHit<string>[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const l of labels) out[l] = 0;
  for (const h of hits) if (h.label in out) out[h.label as K] += h.weight;
  for (const l of labels) out[l] = Math.max(0, rounded(out[l]));
  return out;
}
