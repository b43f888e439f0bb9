import * as z from "zod";
import { BrilSchema } from "./bril";
import { IdSchema, MetaSchema, NameSchema } from "./primitives";

/**
 * Schema of a partner at the table: a person, usually speaking for an organisation.
 *
 * - `id`: unique among the partners.
 * - `name`: how the partner is shown.
 * - `organisation`: the organisation the partner represents, if any.
 * - `brillen`: the lenses the partner wears, at least one, no duplicates. One or two is usual;
 *   more than two is accepted and reported by {@link lensProfile} as unusual.
 * - `influence`: optional weight of the partner's say in the network, from 0 (none) to 1
 *   (decisive); the political lens made explicit.
 * - `meta`: optional JSON data owned by the app; the library keeps it and never reads it.
 *
 * @example
 * ```ts
 * PartnerSchema.parse({ id: "ocmw", name: "An", brillen: ["zingevend"] })
 * //=> { id: "ocmw", name: "An", brillen: ["zingevend"] }
 * ```
 */
export const PartnerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    name: NameSchema,
    organisation: NameSchema.optional(),
    brillen: z
      .array(BrilSchema)
      .min(1)
      .refine((b) => new Set(b).size === b.length, { params: { code: "duplicate_value" } }),
    influence: z.number().min(0).max(1).optional(),
    meta: MetaSchema.optional(),
  }))();

/** A partner at the table. See {@link PartnerSchema} for the meaning of each field. */
export type Partner = z.infer<typeof PartnerSchema>;
