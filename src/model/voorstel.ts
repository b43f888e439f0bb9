import * as z from "zod";
import { IdSchema, TextSchema } from "./primitives";

/**
 * Schema of a proposal (voorstel): an option on the table, a solution, a draft sentence of the
 * shared ambition, something the partners can react to.
 *
 * - `id`: unique among the voorstellen, and distinct from every standpunt id (a reaction's
 *   `targetId` names either).
 * - `text`: the proposal in its author's words.
 * - `by`: the partner who put it on the table, if a partner did.
 * - `belangIds`: the interests it means to serve.
 *
 * @example
 * ```ts
 * VoorstelSchema.parse({ id: "v1", text: "Eén telefoonnummer voor alle mantelzorgers." })
 * //=> { id: "v1", text: "Eén telefoonnummer voor alle mantelzorgers." }
 * ```
 */
export const VoorstelSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    text: TextSchema,
    by: IdSchema.optional(),
    belangIds: z
      .array(IdSchema)
      .refine((ids) => new Set(ids).size === ids.length, { params: { code: "duplicate_value" } })
      .optional(),
  }))();

/** A proposal on the table. See {@link VoorstelSchema} for the fields. */
export type Voorstel = z.infer<typeof VoorstelSchema>;
