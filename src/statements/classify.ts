import { checkArray, checkObject, checkOptions, checkString } from "../internal/args";
import type { Lang } from "../lang";
import {
  type Analysis,
  analyse,
  type LangSetup,
  patchedSetup,
  type RawCue,
} from "./classifier/core";
import { sigmoid } from "./classifier/engine";

/** What a statement is: a position, an interest, or nothing to judge (no words at all). */
export type StatementKind = "standpunt" | "belang" | "onbepaald";

/** A word or phrase in the statement that pushed the decision, with its place and weight. */
export interface Cue {
  /**
   * Stable id of the lexicon entry, `family:pattern` (e.g. `"b.fear:vrees*"`), or the id an app
   * gave its own entry. A UI can use it to explain the cue.
   */
  readonly id: string;
  /**
   * The cue family (e.g. `"b.fear"`, `"s.propose"`, `"s.question"`); `s.` families point to
   * standpunt, `b.` families to belang. Apps' own entries are in `s.custom` / `b.custom`.
   */
  readonly family: string;
  /** The matched text, exactly `input.slice(start, end)`. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit in the input. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
  /** The kind this cue points to. */
  readonly kind: "standpunt" | "belang";
  /**
   * Strength (> 0): the cue adds `weight` to the score for standpunt, or subtracts it for
   * belang. Usually its family's fitted weight; a means marker in a sentence without any
   * directive, a belang cue inside a condition and a standpunt cue inside a fear or hope weigh
   * less (see docs/classifier.md).
   */
  readonly weight: number;
}

/** One part of a statement: the position or the reason behind it. */
export interface Segment {
  /** Kind of this part. */
  readonly kind: "standpunt" | "belang";
  /** Offset of the first code unit of the part in the input. */
  readonly start: number;
  /** Offset just past the part. */
  readonly end: number;
  /** The part, exactly `input.slice(start, end)`. */
  readonly text: string;
  /** Confidence in [0, 1] that this part is of `kind`, from the cues inside it. */
  readonly confidence: number;
}

/** The classification of one statement. */
export interface StatementClassification {
  /** Position, interest, or `"onbepaald"` for a text without any letter. */
  readonly kind: StatementKind;
  /** Probability in [0, 1] that `kind` is right (0 for `"onbepaald"`). */
  readonly confidence: number;
  /** The language used: the one given in the options, else the detected one. */
  readonly lang: Lang;
  /**
   * Log-odds of standpunt over belang: `bias` plus the weight of every standpunt cue minus the
   * weight of every belang cue. Positive means standpunt.
   */
  readonly score: number;
  /** The prior log-odds for the language, before any cue. */
  readonly bias: number;
  /** Every cue that contributed, sorted by `start`, then `end`, then `id`. */
  readonly cues: readonly Cue[];
  /**
   * The parts of the statement: a position and its reason when the statement holds both
   * (sorted by `start`), otherwise one part covering the whole statement (none for `"onbepaald"`).
   */
  readonly segments: readonly Segment[];
}

/** An app's own cue for the classifier. */
export interface CueLexiconEntry {
  /**
   * Words to match, separated by spaces or `_`. `stem*` matches every word starting with
   * `stem`; `a|b` matches either word; `~N` skips up to N words in the same clause; a leading
   * `^` anchors the cue at the start of a clause. Matching ignores case and accents.
   */
  readonly pattern: string;
  /** The kind this cue points to. */
  readonly kind: "standpunt" | "belang";
  /** Strength, a finite number >= 0 (the built-in cue families weigh about 1 to 3.7). */
  readonly weight: number;
  /** Id reported in {@link Cue.id}; defaults to `s.custom:<pattern>` or `b.custom:<pattern>`. */
  readonly id?: string;
}

/** Changes an app makes to the built-in cue lexicon of one language. */
export interface CueLexiconExtension {
  /** Cues to add. */
  readonly add?: readonly CueLexiconEntry[];
  /** Built-in cues to drop, by cue id (`"b.hope:hoop"`), by family (`"b.hope"`) or by pattern (`"hoop"`). */
  readonly remove?: readonly string[];
  /** When `true`, start from an empty lexicon: only `add` counts (question marks and numbers still do). */
  readonly replace?: boolean;
}

/** Cue lexicons with an app's changes, compiled by {@link extendCueLexicon}. */
export interface CueLexicon {
  /** The languages whose lexicon the app changed (the others stay built in). */
  readonly langs: readonly Lang[];
}

// The compiled set-ups of every CueLexicon made here (made on first use).
let compiled: WeakMap<CueLexicon, Partial<Record<Lang, LangSetup>>> | undefined;

/**
 * Compiles an app's changes to the built-in cue lexicons, once, for use in the options of
 * {@link classifyStatement} and {@link classifyStatements}. Apps teach the classifier their own
 * vocabulary this way without forking it; an app that never calls it does not bundle it.
 *
 * @param extension - Per language: cues to add, built-in cues to remove, or `replace: true` to
 * start from an empty lexicon.
 * @returns An opaque compiled lexicon; reuse it across calls.
 * @throws {RangeError} When an added entry has an empty pattern, a weight that is not a finite
 * number >= 0, or an unknown kind; the message names the entry (`lexicon.nl.add[0]`) and the rule.
 * @throws {TypeError} When `extension` is not an object.
 * @example
 * ```ts
 * const lexicon = extendCueLexicon({
 *   nl: { add: [{ pattern: "dienstverleningsovereenkomst", kind: "standpunt", weight: 2 }] },
 * });
 * classifyStatement("Een dienstverleningsovereenkomst met de zorgkas.", { lexicon })
 *   .cues.some((cue) => cue.family === "s.custom"); //=> true
 * ```
 */
export function extendCueLexicon(extension: {
  readonly nl?: CueLexiconExtension;
  readonly en?: CueLexiconExtension;
}): CueLexicon {
  checkObject("extendCueLexicon", "extension", extension);
  const setups: Partial<Record<Lang, LangSetup>> = {};
  const langs: Lang[] = [];
  for (const lang of ["nl", "en"] as const) {
    const patch = extension[lang];
    if (patch === undefined) continue;
    setups[lang] = patchedSetup(lang, patch);
    langs.push(lang);
  }
  const lexicon: CueLexicon = Object.freeze({ langs: Object.freeze(langs) });
  compiled ??= new WeakMap();
  compiled.set(lexicon, setups);
  return lexicon;
}

function setupsOf(lexicon: CueLexicon | undefined): Partial<Record<Lang, LangSetup>> | undefined {
  if (lexicon === undefined) return undefined;
  const setups = compiled?.get(lexicon);
  if (setups === undefined) {
    throw new TypeError("options.lexicon: must be a CueLexicon made by extendCueLexicon()");
  }
  return setups;
}

/** Options of {@link classifyStatement}. */
export interface ClassifyOptions {
  /** Language of the text; detected from its function words when absent. */
  readonly lang?: Lang;
  /** An app's cue lexicons, compiled once by {@link extendCueLexicon}. */
  readonly lexicon?: CueLexicon;
}

function toCue(text: string, c: RawCue): Cue {
  return {
    id: c.id,
    family: c.family,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    kind: c.dir === 1 ? "standpunt" : "belang",
    weight: c.weight,
  };
}

const SPACE = /\s/;

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function segment(text: string, dir: number, start: number, end: number, score: number): Segment {
  const p = sigmoid(score);
  return {
    kind: dir === 1 ? "standpunt" : "belang",
    start,
    end,
    text: text.slice(start, end),
    confidence: round(dir === 1 ? p : 1 - p),
  };
}

function toResult(text: string, an: Analysis): StatementClassification {
  const { lang, bias } = an;
  if (an.empty) {
    return { kind: "onbepaald", confidence: 0, lang, score: 0, bias, cues: [], segments: [] };
  }
  let segments: Segment[];
  if (an.split.length === 2) {
    segments = an.split.map((s) => segment(text, s.dir, s.start, s.end, s.score));
  } else {
    // The whole statement, without surrounding white space.
    let start = an.from;
    let end = an.to;
    while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
    while (end < text.length && !SPACE.test(text[end] as string)) end++;
    segments = [segment(text, an.score > 0 ? 1 : -1, start, end, an.score)];
  }
  // A split statement is a position: its confidence is that of the position part.
  const main = segments.find((s) => s.kind === "standpunt") ?? (segments[0] as Segment);
  return {
    kind: main.kind,
    confidence: main.confidence,
    lang,
    score: round(an.score),
    bias,
    cues: an.cues.map((c) => toCue(text, c)),
    segments,
  };
}

/**
 * Classifies a statement as a position (standpunt: names one concrete means) or an interest
 * (belang: a need, value, goal, fear or hope that can be met in several ways), with the cues
 * that decided it.
 *
 * @param text - The statement, Dutch (Flemish included) or English.
 * @param options - Language (detected when absent) and an app's lexicon (see
 * {@link extendCueLexicon}).
 * @returns The kind, a confidence in [0, 1], the cues with offsets into `text`, and the
 * segments (position and reason when the statement holds both).
 * @throws {TypeError} When `options.lexicon` was not made by {@link extendCueLexicon}.
 * @throws {TypeError} When `text` is not a string or `options` is not an object.
 * @example
 * ```ts
 * classifyStatement("Ik vrees dat de kleine gemeenten niet meer gehoord worden.").kind //=> "belang"
 * classifyStatement("Laten we één gezamenlijke helpdesk oprichten.").kind //=> "standpunt"
 * classifyStatement("We want a shared van, because our volunteers lose hours every week.")
 *   .segments.map((s) => s.kind) //=> ["standpunt", "belang"]
 * classifyStatement("  ?! 42 ").kind //=> "onbepaald"
 * ```
 * @remarks
 * The decision is a sum: `score = bias + Σ standpunt cue weights − Σ belang cue weights`;
 * `kind` is standpunt when `score > 0`, and `confidence = sigmoid(|score|)`. When the statement
 * splits into a position and its reason, `kind` is standpunt and `confidence` comes from the
 * position segment. Output is deterministic; cues are sorted by offset, then id. The input is
 * never modified. Time is linear in the length of the text.
 */
export function classifyStatement(
  text: string,
  options?: ClassifyOptions,
): StatementClassification {
  checkString("classifyStatement", "text", text);
  checkOptions("classifyStatement", options);
  return toResult(text, analyse(text, options?.lang, setupsOf(options?.lexicon)));
}

/**
 * Classifies many statements with the same options; equal to mapping {@link classifyStatement}.
 *
 * @param texts - The statements.
 * @param options - As for {@link classifyStatement}.
 * @returns One classification per text, in input order.
 * @throws {TypeError} As {@link classifyStatement}.
 * @throws {TypeError} When `texts` is not an array of strings or `options` is not an object.
 * @example
 * ```ts
 * classifyStatements(["We hopen op meer rust.", "I propose a monthly meeting."]).map((c) => c.kind)
 * //=> ["belang", "standpunt"]
 * ```
 * @remarks
 * The result at index `i` equals `classifyStatement(texts[i], options)`.
 */
export function classifyStatements(
  texts: readonly string[],
  options?: ClassifyOptions,
): StatementClassification[] {
  checkArray("classifyStatements", "texts", texts);
  for (const t of texts) checkString("classifyStatements", "every text", t);
  checkOptions("classifyStatements", options);
  const out: StatementClassification[] = new Array<StatementClassification>(texts.length);
  const lang = options?.lang;
  const lexicon = setupsOf(options?.lexicon);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string;
    out[i] = toResult(t, analyse(t, lang, lexicon));
  }
  return out;
}
