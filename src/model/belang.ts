import * as z from "zod";
import { BrilSchema } from "./bril";
import { NiveauSchema } from "./niveau";
import { IdSchema, MetaSchema, NameSchema, TextSchema } from "./primitives";

/** Largest weight an interest can carry. */
export const MAX_WEIGHT = 10;

/**
 * Schema of an interest (belang): the *why* behind what a partner says, on one level.
 *
 * - `id`: unique among the belangen.
 * - `partnerId`: the partner whose interest it is.
 * - `niveau`: whose stake it is: the person, their organisation or the network.
 * - `text`: the interest in the partner's words.
 * - `themes`: optional explicit themes (e.g. `["jeugd", "mobiliteit"]`); without them the
 *   analyses derive themes from the text.
 * - `weight`: optional importance for the partner, greater than 0 and at most 10; 1 when absent.
 * - `bril`: optional lens the interest speaks from.
 * - `meta`: optional JSON data owned by the app.
 *
 * @example
 * ```ts
 * BelangSchema.parse({ id: "b1", partnerId: "ocmw", niveau: "netwerk", text: "Geen gezin valt tussen de mazen." })
 * //=> { id: "b1", partnerId: "ocmw", niveau: "netwerk", text: "Geen gezin valt tussen de mazen." }
 * ```
 */
export const BelangSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    partnerId: IdSchema,
    niveau: NiveauSchema,
    text: TextSchema,
    themes: z
      .array(NameSchema)
      .refine((t) => new Set(t).size === t.length, { params: { code: "duplicate_value" } })
      .optional(),
    weight: z.number().gt(0).max(MAX_WEIGHT).optional(),
    bril: BrilSchema.optional(),
    meta: MetaSchema.optional(),
  }))();

/** An interest of one partner on one level. See {@link BelangSchema} for the fields. */
export type Belang = z.infer<typeof BelangSchema>;
