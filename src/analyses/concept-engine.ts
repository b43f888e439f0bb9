// What a concept vocabulary brings with it: the matcher of `./concepts` and win-win's matching
// on concepts (`./win-win-concepts`), attached by `builtInConcepts` and `conceptVocabulary` of
// `samenwerken/concepts`. The main entry only looks them up here, so an app that passes no
// vocabulary bundles none of that code.

import type { ConceptVocabulary } from "../lang/types";
import type { Samenwerking } from "../model/samenwerking";
import type { CueLexicon } from "../statements/lexicon";
import type { ConceptMatch, ConceptOptions } from "./concepts";
import type { Candidate, Context } from "./win-win-core";

/** @internal Where a vocabulary carries its engine: a registered symbol, one in every bundle. */
export const CONCEPT_ENGINE: unique symbol = Symbol.for("samenwerken.conceptEngine");

/** @internal The concept code a vocabulary carries. */
export interface ConceptEngine {
  /** {@link conceptsOf} past the checks of text and options. */
  readonly conceptsOf: (text: string, options: ConceptOptions) => ConceptMatch[];
  /** Checks a vocabulary (once per object). */
  readonly check: (vocabulary: unknown, where: string) => ConceptVocabulary;
  /** Win-win matching on word themes and concepts. */
  readonly winWin: (
    samenwerking: Samenwerking,
    ctx: Context,
    minPartners: number,
    vocabulary: ConceptVocabulary,
    lexicon: CueLexicon | undefined,
  ) => Candidate[];
}

/** @internal The engine a vocabulary carries, or a TypeError naming `where`. */
export function conceptEngine(vocabulary: unknown, where: string): ConceptEngine {
  const engine =
    typeof vocabulary === "object" && vocabulary !== null
      ? (vocabulary as { readonly [CONCEPT_ENGINE]?: ConceptEngine })[CONCEPT_ENGINE]
      : undefined;
  if (engine === undefined) {
    throw new TypeError(
      `${where}: must be a ConceptVocabulary: builtInConcepts of samenwerken/concepts, or one made by its conceptVocabulary({ graph, langs })`,
    );
  }
  return engine;
}

/**
 * The concepts of a concept vocabulary (the built-in one of `samenwerken/concepts`, or an
 * app's) that a text evokes, each with the words that evoked it, so that a UI can show why two
 * interests meet.
 *
 * @param text - A belang's text, or any text, in a language of the packs (built in: Dutch,
 *   Flemish included, and English).
 * @param options - `vocabulary` to read (required), `lang` to skip language detection,
 *   `lexicon` with an app's concept terms (made by {@link extendLexicon}), `known` words to
 *   split unknown compounds against.
 * @returns The concepts, sorted by id, each with its field, weight, words (offsets) and direct
 *   broader concepts; none for a language the vocabulary has no terms for.
 * @throws {TypeError} When `text` is not a string, `options.vocabulary` is not a
 *   {@link ConceptVocabulary} or an option has the wrong type.
 * @throws {RangeError} When `options.lang` is a code that is not built in.
 *
 * @remarks
 * Terms are matched by the library's one lexicon engine, case and accents ignored: multi-word
 * terms ("jonge boeren", "night shift"), inflected forms, and, for words no term names,
 * compound parts (`*mantelzorg*` in "mantelzorgpremie", at 0.8), the last part of a compound or
 * an inflection ending (at 0.75), and, with `known` words, a split of an unknown compound into
 * a part that evokes a concept and a known word (at 0.75). A word that is itself a term is
 * never split ("landbouw" is agriculture, not land and building). Words with two meanings
 * (`ruimte`, `opvang`, `net`, `bank`) evoke nothing alone. Related terms count at 0.5.
 *
 * @example
 * ```ts
 * import { builtInConcepts as vocabulary } from "samenwerken/concepts";
 * const [c] = conceptsOf("Jonge boeren vinden geen grond.", { vocabulary }).filter((x) => x.concept === "young-farmers");
 * c?.words.map((w) => w.text); //=> ["Jonge boeren"]
 * conceptsOf("Our volunteers burn out.", { vocabulary, lang: "en" }).some((x) => x.concept === "volunteering"); //=> true
 * ```
 */
export function conceptsOf(text: string, options: ConceptOptions): ConceptMatch[] {
  if (typeof text !== "string") throw new TypeError("conceptsOf: text must be a string");
  if (typeof options !== "object" || options === null) {
    throw new TypeError(
      "conceptsOf: options must be an object with a vocabulary (builtInConcepts of samenwerken/concepts)",
    );
  }
  return conceptEngine(options.vocabulary, "conceptsOf: options.vocabulary").conceptsOf(
    text,
    options,
  );
}
