import * as z from "zod";
import { LABELS, LANGS, type Lang } from "../lang";
import type { ConceptText } from "../lang/types";

/**
 * The three levels an interest (belang) lives on, from the person to the whole network, in the
 * fixed order every list in the library follows.
 *
 * - `individu`: what it brings the person at the table.
 * - `organisatie`: why their organisation invests time here.
 * - `netwerk`: what the partners create together, for the shared target group or region.
 *
 * @example
 * ```ts
 * NIVEAUS //=> ["individu", "organisatie", "netwerk"]
 * ```
 */
export const NIVEAUS = ["individu", "organisatie", "netwerk"] as const;

/**
 * Schema of one level.
 *
 * @example
 * ```ts
 * NiveauSchema.parse("netwerk") //=> "netwerk"
 * ```
 */
export const NiveauSchema = /* @__PURE__ */ (() => z.enum(NIVEAUS))();

/** One of the three levels: `"individu" | "organisatie" | "netwerk"`. */
export type Niveau = z.infer<typeof NiveauSchema>;

/**
 * Whether a value is one of the three levels.
 *
 * @param value - Any value.
 * @returns `true` when `value` is a {@link Niveau}.
 * @example
 * ```ts
 * isNiveau("organisatie") //=> true
 * isNiveau("regio") //=> false
 * ```
 */
export function isNiveau(value: unknown): value is Niveau {
  return typeof value === "string" && (NIVEAUS as readonly string[]).includes(value);
}

/**
 * Bilingual labels, a one-line description and the facilitator's guiding questions for every
 * level.
 *
 * @example
 * ```ts
 * NIVEAU_TEXT.netwerk.nl.label //=> "Netwerk"
 * NIVEAU_TEXT.individu.en.questions[0] //=> "What does this collaboration bring you personally?"
 * ```
 */
export const NIVEAU_TEXT: { readonly [K in Niveau]: { readonly [L in Lang]: ConceptText } } =
  /* @__PURE__ */ (() => {
    const out = {} as Record<Niveau, Record<Lang, ConceptText>>;
    for (const key of NIVEAUS) {
      out[key] = {} as Record<Lang, ConceptText>;
      for (const lang of LANGS) out[key][lang] = LABELS[lang].niveaus[key];
    }
    return out;
  })();
