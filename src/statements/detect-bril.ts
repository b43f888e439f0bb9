import { LENSES } from "../lang";
import { BRILLEN, type Bril } from "../model/bril";
import { type CueHit, type DetectOptions, readText, sumScores } from "./detect";

/** The score of one lens for a statement. */
export interface BrilScore {
  /** The lens. */
  readonly bril: Bril;
  /** Sum of the weights of the cues that point to this lens; `0` when none do. */
  readonly score: number;
}

/**
 * @internal The lens cues found in a text, with offsets, for explanations.
 */
export function brilCues(text: string, options?: DetectOptions): CueHit<Bril>[] {
  return readText("detectBrillen", "lenses", LENSES, BRILLEN, text, options).hits as CueHit<Bril>[];
}

/**
 * Suggests the lenses (brillen) a statement speaks from, scored by the cue words it contains.
 *
 * @param text - The statement, in any language of the packs (built in: Dutch, Flemish included,
 *   and English).
 * @param options - `lang` (a code or a pack) to skip language detection; `lexicon`, an app's
 *   cue changes made by {@link extendLexicon}.
 * @returns All four lenses with their scores, highest first.
 * @remarks The score of a lens is the sum of the weights of its cues found in the text: words
 *   and phrases, Dutch compounds matched by their parts (`*budget*`, `subsidie*`), case and
 *   accents ignored; per word and lens one cue counts (the longest, then the strongest). A word
 *   no cue matched counts at three quarters of the weight as the one-word cue it is a Dutch
 *   compound of (`kinderarmoede`) or an inflection of (`meetings`, `vergaderingen`). The
 *   list always holds the four lenses. It is sorted by score, descending; ties keep the
 *   {@link BRILLEN} order. Scores are finite and never negative, and are all `0` when no cue
 *   points to any lens. Equal input gives equal output; the input is not changed. Lexicons are
 *   compiled once per language on first use (an app's, once per {@link extendLexicon} result).
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 * @throws {RangeError} When `options.lang` is a code that is not built in.
 * @example
 * ```ts
 * detectBrillen("We hebben meer budget nodig voor personeel.")[0]
 * //=> { bril: "utilitair", score: 4 }
 * ```
 */
export function detectBrillen(text: string, options?: DetectOptions): BrilScore[] {
  const scores = sumScores(BRILLEN, brilCues(text, options));
  return BRILLEN.map((bril, i) => ({ bril, score: scores[bril], i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ bril, score }) => ({ bril, score }));
}
