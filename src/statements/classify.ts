import { checkArray, checkOptions, checkString } from "../internal/args";
import { patchEntries } from "../internal/lexicon";
import { checkLang, type LangOption, STATEMENTS } from "../lang";
import { type Analysis, analyse, defaultSetup, type SetupFor } from "./classifier/analyse";
import { decide, directedConfidence, scaleOf } from "./classifier/decide";
import { buildSetup, type ClassifierSetup, sourceEntries } from "./classifier/setup";
import type { WeighedCue } from "./classifier/weigh";
import { type CueLexicon, cached, changesOf, checkLexicon } from "./lexicon";

/**
 * What a statement is: a position, an interest, or `onbepaald` when it is neither (a question
 * for information, a plain fact, a greeting) or holds no letter.
 */
export type StatementKind = "standpunt" | "belang" | "onbepaald";

/** A word or phrase in the statement that pushed the decision, with its place and weight. */
export interface Cue {
  /**
   * Stable id of the lexicon entry, `family:pattern` (e.g. `"b.fear:vrees*"`), or the id an app
   * gave its own entry (see {@link extendLexicon}). A UI can use it to explain the cue.
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
  /**
   * How much the cue speaks for neither kind (`onbepaald`: a question for information, a plain
   * fact) rather than for belang, negative when it speaks against; 0 without a fitted model.
   */
  readonly neither: number;
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
  /**
   * Position, interest, or `"onbepaald"`: neither (a question for information, a plain fact, a
   * greeting), a statement in which no cue fires, or a text without any letter.
   */
  readonly kind: StatementKind;
  /**
   * The kind the score points to between the two, or standpunt for a statement the fitted split
   * weights are sure holds a position and its reason (a split probability of 0.5 or more); the
   * same as `kind` unless that is `"onbepaald"`; `null` for a text without any letter.
   */
  readonly leaning: "standpunt" | "belang" | null;
  /**
   * Probability in [0, 1] that `kind` is right, calibrated on writers the weights were not
   * fitted on: among answers given with confidence c, about c are right (0 for a text without
   * any letter).
   */
  readonly confidence: number;
  /**
   * The summed weight of every cue found, whatever its direction (`weight + |neither|`): how
   * much the text said. To show weak answers as undecided, use `confidence`, which is
   * calibrated (see docs/classifier.md).
   */
  readonly evidence: number;
  /** The code of the language used: the one given in the options, else the detected one. */
  readonly lang: string;
  /**
   * Log-odds of standpunt over belang: `bias` plus the weight of every standpunt cue minus the
   * weight of every belang cue. Positive means standpunt.
   */
  readonly score: number;
  /** The prior log-odds of standpunt for the language, before any cue. */
  readonly bias: number;
  /**
   * Log-odds of neither kind over belang, on the scale of `score`: the fitted model's bias plus
   * every cue's `neither`; `"onbepaald"` when it is above both `score` and 0. `null` for a
   * language pack without a fitted model.
   */
  readonly neither: number | null;
  /** Every cue that contributed, sorted by `start`, then `end`, then `id`. */
  readonly cues: readonly Cue[];
  /**
   * The parts of the statement: a position and its reason when the statement holds both
   * (sorted by `start`), otherwise one part covering the whole statement, with the kind it
   * leans to (none for a text without any letter).
   */
  readonly segments: readonly Segment[];
}

/** Options of {@link classifyStatement}. */
export interface ClassifyOptions {
  /**
   * Language of the text: a built-in code (`"nl"`, `"en"`) or a {@link LanguagePack}; detected
   * among the built-in languages from its function words when absent.
   */
  readonly lang?: LangOption;
  /** An app's cue changes, made once by {@link extendLexicon}. */
  readonly lexicon?: CueLexicon;
}

// Set-ups with an app's changes, per lexicon and per pack part.
const withChanges = new WeakMap<object, WeakMap<object, ClassifierSetup>>();

/** How the set-up for a language is found under these options (checked at the edge). */
function setupsFor(options: ClassifyOptions | undefined, where: string): SetupFor {
  const lexicon = checkLexicon(options?.lexicon, `${where}: options.lexicon`);
  if (lexicon === undefined) return defaultSetup;
  return (lang) => {
    const code = typeof lang === "string" ? lang : lang.code;
    const changes = changesOf(lexicon, code, "statements");
    if (changes === undefined) return defaultSetup(lang);
    const part = typeof lang === "string" ? STATEMENTS[lang] : lang.statements;
    return cached(withChanges, lexicon, part, () =>
      buildSetup(
        code,
        // Replacing the cues replaces the fitted model too: only the app's cues decide.
        changes.replace ? { ...part, model: undefined } : part,
        patchEntries(sourceEntries(part, `lexicon.${code}.statements`), changes),
        -1,
        `lexicon.${code}.statements`,
      ),
    );
  };
}

/**
 * @internal The cues a reader is shown in a report or a line of text: those that weigh at
 * least `SHOWN_WEIGHT` toward a kind (the many light phrases of a fitted model stay in
 * `cues`, for programs).
 */
export const SHOWN_WEIGHT = 0.5;

/** @internal The cues of `cues` a reader is shown, in their order. */
export function shownCues<C extends { readonly weight: number }>(cues: readonly C[]): C[] {
  return cues.filter((q) => q.weight >= SHOWN_WEIGHT);
}

/** @internal One span of text a reader is shown as a cue, with every family that found it. */
export interface ShownSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "standpunt" | "belang";
  /** The families of the cues on this span toward this kind, in the order of `cues`. */
  readonly families: readonly string[];
}

/**
 * @internal The shown cues with the cues of one span and one kind as one item ("worried" is
 * both a fear and a phrase often found in interests), in order of first appearance.
 */
export function shownSpans(cues: readonly Cue[]): ShownSpan[] {
  // By span and kind, in insertion order: one look-up per cue, however long the text.
  const bySpan = new Map<string, ShownSpan & { families: string[] }>();
  for (const q of shownCues(cues)) {
    const key = `${q.start}:${q.end}:${q.kind}`;
    const same = bySpan.get(key);
    if (same === undefined) {
      bySpan.set(key, {
        text: q.text,
        start: q.start,
        end: q.end,
        kind: q.kind,
        families: [q.family],
      });
    } else if (!same.families.includes(q.family)) same.families.push(q.family);
  }
  return [...bySpan.values()];
}

function toCue(text: string, c: WeighedCue): Cue {
  return {
    id: c.id,
    family: c.family,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    kind: c.direction === 1 ? "standpunt" : "belang",
    weight: round(c.weight),
    neither: round(c.neither),
  };
}

const SPACE = /\s/;

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function segment(
  text: string,
  dir: number,
  start: number,
  end: number,
  score: number,
  scale: number,
): Segment {
  return {
    kind: dir === 1 ? "standpunt" : "belang",
    start,
    end,
    text: text.slice(start, end),
    confidence: round(directedConfidence(score, dir, scale)),
  };
}

function toResult(text: string, an: Analysis): StatementClassification {
  const { lang, prior: bias } = an;
  const { kind, leaning, evidence, confidence } = decide(an);
  const neither = an.neither === null ? null : round(an.neither);
  if (an.empty) {
    return {
      kind,
      leaning,
      confidence: 0,
      evidence,
      lang,
      score: 0,
      bias,
      neither,
      cues: [],
      segments: [],
    };
  }
  let segments: Segment[];
  if (an.parts.length === 2) {
    segments = an.parts.map((s) =>
      segment(text, s.direction, s.start, s.end, s.score, scaleOf(an)),
    );
  } else {
    // The whole statement, without surrounding white space.
    let start = an.from;
    let end = an.to;
    while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
    while (end < text.length && !SPACE.test(text[end] as string)) end++;
    segments = [segment(text, an.score > 0 ? 1 : -1, start, end, an.score, scaleOf(an))];
  }
  return {
    kind,
    leaning,
    confidence: round(confidence),
    evidence: round(evidence),
    lang,
    score: round(an.score),
    bias,
    neither,
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
 * @param options - Language (a code or a pack; detected when absent) and an app's lexicon (see
 * {@link extendLexicon}).
 * @returns The kind, a confidence in [0, 1], the cues with offsets into `text`, and the
 * segments (position and reason when the statement holds both).
 * @throws {TypeError} When `text` is not a string, or `options.lexicon` was not made by
 * {@link extendLexicon}.
 * @throws {RangeError} When `options.lang` is a code that is not built in.
 * @example
 * ```ts
 * classifyStatement("Ik vrees dat de kleine gemeenten niet meer gehoord worden.").kind //=> "belang"
 * classifyStatement("Laten we één gezamenlijke helpdesk oprichten.").kind //=> "standpunt"
 * classifyStatement("We want a shared van, because our volunteers lose hours every week.")
 *   .segments.map((s) => s.kind) //=> ["standpunt", "belang"]
 * classifyStatement("Hoeveel vrijwilligers werken er op dit moment bij jullie vereniging?").kind
 * //=> "onbepaald"
 * classifyStatement("  ?! 42 ").kind //=> "onbepaald"
 * ```
 * @remarks
 * The decision is two sums over the cues of the language pack's fitted model (see
 * docs/classifier.md): `score = bias + Σ standpunt cue weights − Σ belang cue weights` and
 * `neither` = the model's bias toward neither kind `+ Σ cue.neither`. `kind` is onbepaald when
 * `neither > max(score, 0)` or when not a single cue fires (no evidence for either kind: the
 * prior alone decides nothing, and `leaning` still says where it leans), else standpunt when
 * `score > 0`, else belang. `evidence` sums
 * `weight + |neither|` of all cues. `confidence` is the softmax probability of the kind given
 * among the three scores (times `CONFIDENCE_SCALE`), fitted so that confidence matches accuracy
 * on writers the model was not fitted on. When the statement splits into a position and its
 * reason, it is never onbepaald: `score` still decides between the kinds (the part that
 * dominates), and a standpunt's `confidence` comes from the position segment; but when the
 * fitted split weights give the split a probability of 0.5 or more, the statement is a
 * standpunt (as a statement that holds a position and its reason is labelled), with that
 * probability as its `confidence`; below it, a split statement read as belang has a `confidence`
 * of at most 1 minus that probability. A pack without a fitted model decides on `score` alone,
 * with `sigmoid(scale × |score|)` as confidence.
 * Output is deterministic; cues are sorted by offset, then id. The input is never modified.
 * Time is linear in the length of the text.
 */
export function classifyStatement(
  text: string,
  options?: ClassifyOptions,
): StatementClassification {
  checkString("classifyStatement", "text", text);
  checkOptions("classifyStatement", options);
  const setupFor = setupsFor(options, "classifyStatement");
  return toResult(
    text,
    analyse(text, checkLang(options?.lang, "classifyStatement: options.lang"), setupFor),
  );
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
  const setupFor = setupsFor(options, "classifyStatements");
  const lang = checkLang(options?.lang, "classifyStatements: options.lang");
  const out: StatementClassification[] = new Array<StatementClassification>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string;
    out[i] = toResult(t, analyse(t, lang, setupFor));
  }
  return out;
}
