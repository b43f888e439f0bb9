import * as z from "zod";
import { LABELS, LANGS, type Lang } from "../lang";
import type { ConceptText } from "../lang/types";

export type { ConceptText } from "../lang/types";

/**
 * The four lenses (brillen) through which a partner looks at a collaboration, in a fixed order
 * that every list in the library follows.
 *
 * - `utilitair`: yield and resources: what it brings, which projects become possible.
 * - `politiek`: power and influence: who decides, how to use influence well.
 * - `zingevend`: vision and values: what we believe in, the societal value we add.
 * - `relationeel`: relations and trust: how people relate, how to build connection.
 *
 * @example
 * ```ts
 * BRILLEN //=> ["utilitair", "politiek", "zingevend", "relationeel"]
 * ```
 */
export const BRILLEN = ["utilitair", "politiek", "zingevend", "relationeel"] as const;

/**
 * Schema of one lens.
 *
 * @example
 * ```ts
 * BrilSchema.parse("politiek") //=> "politiek"
 * ```
 */
export const BrilSchema = /* @__PURE__ */ (() => z.enum(BRILLEN))();

/** One of the four lenses: `"utilitair" | "politiek" | "zingevend" | "relationeel"`. */
export type Bril = z.infer<typeof BrilSchema>;

/**
 * Whether a value is one of the four lenses.
 *
 * @param value - Any value.
 * @returns `true` when `value` is a {@link Bril}.
 * @example
 * ```ts
 * isBril("zingevend") //=> true
 * isBril("financieel") //=> false
 * ```
 */
export function isBril(value: unknown): value is Bril {
  return typeof value === "string" && (BRILLEN as readonly string[]).includes(value);
}

/**
 * Bilingual labels, a one-line description and the facilitator's guiding questions for every
 * lens.
 *
 * @example
 * ```ts
 * BRIL_TEXT.relationeel.en.label //=> "Relational lens"
 * BRIL_TEXT.politiek.nl.questions[0] //=> "Wie beslist er mee over deze samenwerking, en wie niet?"
 * ```
 */
export const BRIL_TEXT: { readonly [K in Bril]: { readonly [L in Lang]: ConceptText } } =
  /* @__PURE__ */ (() => {
    const out = {} as Record<Bril, Record<Lang, ConceptText>>;
    for (const key of BRILLEN) {
      out[key] = {} as Record<Lang, ConceptText>;
      for (const lang of LANGS) out[key][lang] = LABELS[lang].brillen[key];
    }
    return out;
  })();
