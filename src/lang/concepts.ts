/**
 * The built-in concept vocabulary: 674 concepts of the social domain (care, youth, poverty,
 * agriculture, climate, …) with their Dutch (Flemish included) and English terms, for apps
 * that want win-win suggestions to meet on concepts as well as words: `samenwerken/concepts`.
 * It is about 100 kB gzipped, so it lives in this entry of its own: an app that never imports
 * it does not bundle it, and the analyses of the main entry use concepts only when given one.
 *
 * @example
 * ```ts
 * import { suggestWinWin } from "samenwerken";
 * import { builtInConcepts } from "samenwerken/concepts";
 *
 * suggestWinWin(samenwerking, { concepts: builtInConcepts });
 * ```
 *
 * @packageDocumentation
 */

import { CONCEPT_GRAPH } from "./concept-graph";
import { ambiguous as enAmbiguous } from "./en/ambiguous";
import { conceptTerms as enTerms } from "./en/concepts";
import { ambiguous as nlAmbiguous } from "./nl/ambiguous";
import { conceptTerms as nlTerms } from "./nl/concepts";
import type { ConceptVocabulary } from "./types";

export type { ConceptsPart, ConceptVocabulary, LexiconSource } from "./types";

/**
 * The built-in concept vocabulary (Dutch and English), for `options.concepts` of
 * `suggestWinWin` and `options.vocabulary` of `conceptsOf`. An app adds its own sector words
 * with `extendLexicon({ nl: { concepts: … } })`, or builds a {@link ConceptVocabulary} of its
 * own (for instance from this one's `langs`, with a language of its own added).
 */
export const builtInConcepts: ConceptVocabulary = {
  graph: CONCEPT_GRAPH,
  langs: {
    nl: { terms: nlTerms, ambiguous: nlAmbiguous },
    en: { terms: enTerms, ambiguous: enAmbiguous },
  },
};
