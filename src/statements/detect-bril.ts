import { LENSES } from "../lang";
import { BRILLEN, type Bril } from "../model/bril";
import {
  type CueHit,
  type DetectedCue,
  type DetectOptions,
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
 * @returns The best lens (or `null`), the score of every lens, the lenses ranked, and the cues
 *   with their offsets.
 * @remarks The score of a lens is the sum of the weights of its cues found in the text: words
 *   and phrases, Dutch compounds matched by their parts (`*budget*`, `subsidie*`), case and
 *   accents ignored; per word and lens one cue counts (the longest, then the strongest). A word
 *   no cue matched counts at three quarters of the weight as the one-word cue it is a Dutch
 *   compound of (`kinderarmoede`) or an inflection of (`meetings`, `vergaderingen`). `ranked`
 *   always holds the four lenses, sorted by score, descending; ties keep the {@link BRILLEN}
 *   order. Scores are finite and never negative, and are all `0` (with `bril: null`) when no
 *   cue points to any lens. Equal input gives equal output; the input is not changed. Lexicons are
 *   compiled once per language on first use (an app's, once per {@link extendLexicon} result).
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 * @throws {RangeError} When `options.lang` is a code that is not built in.
 * @example
 * ```ts
 * detectBrillen("We hebben meer budget nodig voor personeel.").ranked[0]
 * //=> { bril: "utilitair", score: 4 }
 * detectBrillen("We hebben meer budget nodig voor personeel.").cues.map((c) => c.text)
 * //=> ["budget", "personeel"]
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
