import * as z from "zod";
import { IdSchema, MetaSchema, TextSchema } from "./primitives";

/**
 * Schema of a position (standpunt): the *what* a partner demands or proposes.
 *
 * - `id`: unique among the standpunten.
 * - `partnerId`: the partner who takes the position.
 * - `text`: the position in the partner's words.
 * - `belangIds`: the interests found behind it, once the conversation has uncovered them.
 * - `meta`: optional JSON data owned by the app.
 *
 * @example
 * ```ts
 * StandpuntSchema.parse({ id: "s1", partnerId: "stad", text: "De stad betaalt de coördinator." })
 * //=> { id: "s1", partnerId: "stad", text: "De stad betaalt de coördinator." }
 * ```
 */
export const StandpuntSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    partnerId: IdSchema,
    text: TextSchema,
    belangIds: z
      .array(IdSchema)
      .refine((ids) => new Set(ids).size === ids.length, { params: { code: "duplicate_value" } })
      .optional(),
    meta: MetaSchema.optional(),
  }))();

/** A position of one partner. See {@link StandpuntSchema} for the fields. */
export type Standpunt = z.infer<typeof StandpuntSchema>;
