/**
 * The built-in concept vocabulary: 674 concepts of the social domain (care, youth, poverty,
 * agriculture, climate, …) with their Dutch (Flemish included) and English terms, for apps
 * that want win-win suggestions to meet on concepts as well as words: `samenwerken/concepts`.
 * It is about 100 kB gzipped, so it lives in this entry of its own: an app that never imports
 * it does not bundle it, and the analyses of the main entry use concepts only when given one.
 * The vocabularies of this entry bring the concept matcher with them: an app that passes none
 * bundles neither the data nor the code.
 *
 * @example
 * ```ts
 * import { exampleSamenwerking, suggestWinWin } from "samenwerken";
 * import { builtInConcepts } from "samenwerken/concepts";
 *
 * suggestWinWin(exampleSamenwerking(), { concepts: builtInConcepts });
 * ```
 *
 * @packageDocumentation
 */

import { CONCEPT_ENGINE } from "../analyses/concept-engine";
import { checkVocabulary } from "../analyses/concepts";
import { conceptCode } from "../analyses/win-win-concepts";
import { CONCEPT_GRAPH } from "./concept-graph";
import { ambiguous as enAmbiguous } from "./en/ambiguous";
import { conceptTerms as enTerms } from "./en/concepts";
import { ambiguous as nlAmbiguous } from "./nl/ambiguous";
import { conceptTerms as nlTerms } from "./nl/concepts";
import type { ConceptVocabulary } from "./types";

export type { ConceptsPart, ConceptVocabulary, LexiconSource } from "./types";

/**
 * A concept vocabulary of an app's own, for `options.concepts` of `suggestWinWin` and
 * `options.vocabulary` of `conceptsOf`: the data, checked, with the concept matcher attached
 * (a plain `{ graph, langs }` object carries no code, so the analyses refuse it). A copy made by
 * spreading a vocabulary of this entry (`{ ...builtInConcepts, langs: … }`) keeps the matcher.
 *
 * @param vocabulary - The concept graph and the terms per language (see {@link ConceptVocabulary}).
 * @returns A frozen vocabulary that carries the matcher.
 * @throws {TypeError} When `vocabulary` is not a {@link ConceptVocabulary}.
 *
 * @example
 * ```ts
 * import { conceptsOf } from "samenwerken";
 * import { conceptVocabulary } from "samenwerken/concepts";
 *
 * const vocabulary = conceptVocabulary({
 *   graph: "farm-dairy agriculture",
 *   langs: { nl: { terms: "farm-dairy hoevezuivel", ambiguous: "" } },
 * });
 * conceptsOf("Meer hoevezuivel", { vocabulary, lang: "nl" }).map((c) => c.concept); //=> ["farm-dairy"]
 * ```
 */
export function conceptVocabulary(vocabulary: ConceptVocabulary): ConceptVocabulary {
  const v = checkVocabulary(vocabulary, "conceptVocabulary");
  return Object.freeze({ graph: v.graph, langs: v.langs, [CONCEPT_ENGINE]: conceptCode });
}

/**
 * The built-in concept vocabulary (Dutch and English), for `options.concepts` of
 * `suggestWinWin` and `options.vocabulary` of `conceptsOf`. An app adds its own sector words
 * with `extendLexicon({ nl: { concepts: … } })`, or builds a {@link ConceptVocabulary} of its
 * own (for instance from this one's `langs`, with a language of its own added).
 */
export const builtInConcepts: ConceptVocabulary = /* @__PURE__ */ conceptVocabulary({
  graph: CONCEPT_GRAPH,
  langs: {
    nl: { terms: nlTerms, ambiguous: nlAmbiguous },
    en: { terms: enTerms, ambiguous: enAmbiguous },
  },
});
