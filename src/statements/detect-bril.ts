import { LENSES } from "../lang";
import { BRILLEN, type Bril } from "../model/bril";
import {
  type CueHit,
  type DetectedCue,
  type DetectOptions,
  detectorModel,
  fittedHits,
  ranked,
  readText,
  sumScores,
  toCues,
} from "./detect";

/** The score of one lens for a statement. */
export interface BrilScore {
  /** The lens. */
  readonly bril: Bril;
  /** Sum of the weights of the cues that point to this lens; `0` when none do. */
  readonly score: number;
}

/** What the lens detector finds in a statement; the same shape as {@link NiveauDetection}. */
export interface BrilDetection {
  /** The best-scoring lens, or `null` when no cue points to any lens (ties: {@link BRILLEN} order). */
  readonly bril: Bril | null;
  /** Score per lens (sum of its cues' weights, never negative). */
  readonly scores: Readonly<Record<Bril, number>>;
  /** All four lenses with their scores, highest first; ties keep the {@link BRILLEN} order. */
  readonly ranked: readonly BrilScore[];
  /** The cues found, in order of offset. */
  readonly cues: readonly DetectedCue<Bril>[];
}

/**
 * @internal The lens cues found in a text by the pack's lexicon, with offsets, before any
 * fitted weights: what `npm run fit:detectors` reads.
 */
export function lensLexiconCues(text: string, options?: DetectOptions) {
  return readText("detectBrillen", "lenses", LENSES, BRILLEN, text, options);
}

/**
 * @internal The lens cues of a text, with offsets and the weights they add, for explanations.
 */
export function brilCues(text: string, options?: DetectOptions): CueHit<Bril>[] {
  const read = lensLexiconCues(text, options);
  const model = detectorModel("lenses", LENSES, BRILLEN, read);
  const hits =
    model === undefined ? read.hits : fittedHits(read.words, read.hits, model, -1, read.added);
  return hits as CueHit<Bril>[];
}

/**
 * Suggests the lenses (brillen) a statement speaks from, scored by the cue words it contains.
 *
 * @param text - The statement, in any language of the packs (built in: Dutch, Flemish included,
 *   and English).
 * @param options - `lang` (a code or a pack) to skip language detection; `lexicon`, an app's
 *   cue changes made by {@link extendLexicon}.
 * @returns The best lens (or `null`), the score of every lens, the lenses ranked, and the cues
 *   with their offsets.
 * @remarks The pack's lexicon finds the cues: words and phrases, Dutch compounds matched by
 *   their parts (`*budget*`, `subsidie*`), case and accents ignored; per word and lens one cue
 *   counts (the longest, then the strongest), and a word no cue matched counts, at three
 *   quarters of the weight, as the one-word cue it is a Dutch compound of (`kinderarmoede`) or
 *   an inflection of (`meetings`, `vergaderingen`). A pack with fitted weights (the built-in
 *   ones) then weighs them with weights fitted on labelled statements (`LensesPart.model`): a cue adds to each lens what
 *   its lexicon weight and its own pattern are worth for that lens, and a word no cue covers
 *   adds what it is worth, when writers other than the ones it was found in show it (so
 *   "budget" may add to `utilitair` and a little to `politiek`). Every cue is listed once per
 *   lens it adds to, with that weight, and a lens's score is the sum of its cues' weights.
 *   Without a model for the pack's cues (an app's pack may have none), a cue adds its lexicon
 *   weight to its own lens. `ranked` always holds the four lenses, sorted by score, descending; ties keep the
 *   {@link BRILLEN} order. Scores are finite and never negative, and are all `0` (with
 *   `bril: null`) when no cue points to any lens. Equal input gives equal output; the input
 *   is not changed. Lexicons and models are read once per language on first use (an app's
 *   lexicon, once per {@link extendLexicon} result).
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 * @throws {RangeError} When `options.lang` is a code that is not built in, or when the pack of
 *   `options.lang` has a malformed `model` (the message names its line and the rule).
 * @example
 * ```ts
 * detectBrillen("We hebben meer budget nodig voor personeel.").ranked[0]
 * //=> { bril: "utilitair", score: 4.2 }
 * detectBrillen("We hebben meer budget nodig voor personeel.")
 *   .cues.filter((c) => c.label === "utilitair").map((c) => [c.text, c.weight])
 * //=> [["budget", 2.2], ["personeel", 2]]
 * ```
 */
export function detectBrillen(text: string, options?: DetectOptions): BrilDetection {
  const hits = brilCues(text, options);
  const scores = sumScores(BRILLEN, hits);
  const order = ranked(BRILLEN, scores).map(({ label, score }) => ({ bril: label, score }));
  const top = order[0] as BrilScore;
  return {
    bril: top.score > 0 ? top.bril : null,
    scores,
    ranked: order,
    cues: toCues<Bril>(text, hits),
  };
}
