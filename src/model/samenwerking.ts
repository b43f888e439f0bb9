import * as z from "zod";
import { checkObject, checkString, describeValue } from "../internal/args";
import { prescan } from "../internal/prescan";
import { SharedAmbitionSchema } from "./ambition";
import { BelangSchema } from "./belang";
import { SamenwerkingError, type SamenwerkingIssue } from "./errors";
import { fromZodIssues, issue } from "./issues";
import { PartnerSchema } from "./partner";
import { NameSchema } from "./primitives";
import { ReactieSchema } from "./reactie";
import { StandpuntSchema } from "./standpunt";
import { isTrusted, trust } from "./trust";
import { VoorstelSchema } from "./voorstel";

/**
 * Schema of a whole collaboration (samenwerking): the partners, their interests and positions,
 * and optionally the shared ambition.
 *
 * - `name`: optional name of the collaboration, shown in reports.
 * - `partners`, `belangen`, `standpunten`: the model's entities.
 * - `ambition`: the shared ambition, once there is one.
 * - `voorstellen`: proposals on the table (optional; none when absent).
 * - `reacties`: how partners react to the voorstellen and standpunten (optional; none when
 *   absent). A later reaction of a partner to the same target replaces the earlier one.
 *
 * @remarks
 * This schema checks shape only. {@link parseSamenwerking} also checks what spans the document:
 * unique ids and references that resolve. Compose this schema into your own (zod is a peer
 * dependency for exactly that) and call `parseSamenwerking` on the result when you need both.
 *
 * @example
 * ```ts
 * SamenwerkingSchema.safeParse({ partners: [], belangen: [], standpunten: [] }).success //=> true
 * ```
 */
export const SamenwerkingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: NameSchema.optional(),
    partners: z.array(PartnerSchema),
    belangen: z.array(BelangSchema),
    standpunten: z.array(StandpuntSchema),
    ambition: SharedAmbitionSchema.optional(),
    voorstellen: z.array(VoorstelSchema).optional(),
    reacties: z.array(ReactieSchema).optional(),
  }))();

/** A whole collaboration. See {@link SamenwerkingSchema} for its fields. */
export type Samenwerking = z.infer<typeof SamenwerkingSchema>;

/** The result of {@link safeParseSamenwerking}: the data, or the error with every problem. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: SamenwerkingError };

function uniqueIds(
  items: readonly { readonly id: string }[],
  list: string,
  issues: SamenwerkingIssue[],
): Set<string> {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, i);
    else
      issues.push(
        issue(`${list}[${i}].id`, "duplicate_id", `"${item.id}" is also ${list}[${first}]`),
      );
  });
  return new Set(firstAt.keys());
}

function reference(
  ids: Set<string>,
  id: string,
  path: string,
  what: string,
  issues: SamenwerkingIssue[],
): void {
  if (!ids.has(id)) issues.push(issue(path, "unknown_reference", `no ${what} has id "${id}"`));
}

/** Rules that span the document: unique ids, references that resolve. */
function documentIssues(s: Samenwerking): SamenwerkingIssue[] {
  const issues: SamenwerkingIssue[] = [];
  const partnerIds = uniqueIds(s.partners, "partners", issues);
  const belangIds = uniqueIds(s.belangen, "belangen", issues);
  const standpuntIds = uniqueIds(s.standpunten, "standpunten", issues);
  const voorstellen = s.voorstellen ?? [];
  const voorstelIds = uniqueIds(voorstellen, "voorstellen", issues);
  const standpuntAt = new Map<string, number>();
  s.standpunten.forEach((sp, i) => {
    if (!standpuntAt.has(sp.id)) standpuntAt.set(sp.id, i);
  });
  voorstellen.forEach((v, i) => {
    const j = standpuntAt.get(v.id);
    if (j !== undefined)
      issues.push(
        issue(`voorstellen[${i}].id`, "duplicate_id", `"${v.id}" is also standpunten[${j}]`),
      );
    if (v.by !== undefined) reference(partnerIds, v.by, `voorstellen[${i}].by`, "partner", issues);
    v.belangIds?.forEach((id, k) => {
      reference(belangIds, id, `voorstellen[${i}].belangIds[${k}]`, "belang", issues);
    });
  });
  (s.reacties ?? []).forEach((r, i) => {
    reference(partnerIds, r.partnerId, `reacties[${i}].partnerId`, "partner", issues);
    if (!voorstelIds.has(r.targetId) && !standpuntIds.has(r.targetId))
      issues.push(
        issue(
          `reacties[${i}].targetId`,
          "unknown_reference",
          `no voorstel or standpunt has id "${r.targetId}"`,
        ),
      );
  });
  s.belangen.forEach((b, i) => {
    reference(partnerIds, b.partnerId, `belangen[${i}].partnerId`, "partner", issues);
  });
  s.standpunten.forEach((sp, i) => {
    reference(partnerIds, sp.partnerId, `standpunten[${i}].partnerId`, "partner", issues);
    sp.belangIds?.forEach((id, j) => {
      reference(belangIds, id, `standpunten[${i}].belangIds[${j}]`, "belang", issues);
    });
  });
  const a = s.ambition;
  if (a) {
    a.belangIds.forEach((id, j) => {
      reference(belangIds, id, `ambition.belangIds[${j}]`, "belang", issues);
    });
    a.history.forEach((h, j) => {
      reference(partnerIds, h.by, `ambition.history[${j}].by`, "partner", issues);
    });
    a.endorsements.forEach((e, j) => {
      reference(
        partnerIds,
        e.partnerId,
        `ambition.endorsements[${j}].partnerId`,
        "partner",
        issues,
      );
    });
  }
  return issues;
}

/**
 * Validates a collaboration without throwing.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns `{ success: true, data }` with a typed {@link Samenwerking}, or `{ success: false,
 *   error }` with a {@link SamenwerkingError} listing every problem.
 * @example
 * ```ts
 * const r = safeParseSamenwerking({ partners: [], belangen: [{ id: "b1", partnerId: "x", niveau: "netwerk", text: "Rust" }], standpunten: [] });
 * r.success //=> false
 * if (!r.success) r.error.issues[0] //=> { path: "belangen[0].partnerId", code: "unknown_reference", message: 'refers to an id that does not exist: no partner has id "x"' }
 * ```
 */
export function safeParseSamenwerking(input: unknown): SafeParseResult<Samenwerking> {
  try {
    return parseUnguarded(input);
  } catch (e) {
    // A throwing getter, a hostile Proxy: the input cannot be read, which is a failure too.
    const why = e instanceof Error ? e.message : String(e);
    return {
      success: false,
      error: new SamenwerkingError([issue("", "invalid_value", `cannot be read (${why})`)]),
    };
  }
}

function parseUnguarded(input: unknown): SafeParseResult<Samenwerking> {
  const unsafe = prescan(input);
  if (unsafe.length > 0) return { success: false, error: new SamenwerkingError(unsafe) };
  const parsed = SamenwerkingSchema.safeParse(input);
  if (!parsed.success) {
    return {
      success: false,
      error: new SamenwerkingError(fromZodIssues(parsed.error.issues, input)),
    };
  }
  const issues = documentIssues(parsed.data);
  if (issues.length > 0) return { success: false, error: new SamenwerkingError(issues) };
  if (parsed.data.ambition !== undefined) trust(parsed.data.ambition);
  return { success: true, data: trust(parsed.data) };
}

/**
 * @internal The collaboration argument of a public function: trusted when it passed validation
 * before (and was not changed since), else validated now.
 *
 * @throws TypeError when it is not an object; {@link SamenwerkingError} with every problem when
 *   it is not a valid collaboration.
 */
export function requireSamenwerking(fn: string, samenwerking: unknown): Samenwerking {
  if (isTrusted(samenwerking)) return samenwerking as Samenwerking;
  if (typeof samenwerking !== "object" || samenwerking === null || Array.isArray(samenwerking)) {
    throw new TypeError(
      `${fn}: samenwerking must be a collaboration object, got ${describeValue(samenwerking)}`,
    );
  }
  const result = safeParseSamenwerking(samenwerking);
  if (!result.success) throw result.error;
  // The input is as valid as its parsed copy (until it is changed, which the fingerprint sees).
  trust(samenwerking);
  return result.data;
}

/**
 * Validates a collaboration and returns it typed, or throws with every problem.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns The validated {@link Samenwerking}: a fresh object; `input` is not mutated and nothing
 *   in it is dropped or repaired.
 * @throws {@link SamenwerkingError} listing every problem with its path: wrong shapes and types,
 *   missing or unknown fields, blank texts, numbers out of range or not finite, duplicate ids,
 *   references to ids that do not exist, an inconsistent ambition history, prototype-polluting
 *   keys, cycles and excessive nesting.
 *
 * @remarks
 * Problems of shape are reported first; the rules that span the document (ids and references)
 * are checked once the shape is right. Validation is linear in the size of the document.
 *
 * @example
 * ```ts
 * const s = parseSamenwerking({
 *   partners: [{ id: "ocmw", name: "OCMW", brillen: ["zingevend"] }],
 *   belangen: [{ id: "b1", partnerId: "ocmw", niveau: "netwerk", text: "Geen gezin valt uit de boot." }],
 *   standpunten: [],
 * });
 * s.partners.length //=> 1
 * ```
 */
export function parseSamenwerking(input: unknown): Samenwerking {
  const result = safeParseSamenwerking(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Parses a collaboration from JSON text, reporting malformed JSON as an issue too.
 *
 * @param json - JSON text.
 * @returns The result of {@link safeParseSamenwerking}; a syntax error gives one `invalid_json`
 *   issue at the root.
 * @example
 * ```ts
 * safeParseSamenwerkingJson("{").success //=> false
 * ```
 */
export function safeParseSamenwerkingJson(json: string): SafeParseResult<Samenwerking> {
  checkString("safeParseSamenwerkingJson", "json", json);
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (e) {
    return {
      success: false,
      error: new SamenwerkingError([issue("", "invalid_json", (e as Error).message)]),
    };
  }
  return safeParseSamenwerking(input);
}

/**
 * Serialises a collaboration to JSON text that {@link parseSamenwerking} reads back to an equal
 * value.
 *
 * @param samenwerking - A validated collaboration.
 * @param options - `space`: indentation, as in `JSON.stringify` (none by default).
 * @returns JSON text, with fields in schema order for parsed input.
 * @throws TypeError when `samenwerking` or `options` is not an object; RangeError when `space`
 *   is not a whole number from 0 to 10; {@link SamenwerkingError} when `samenwerking` is not a
 *   valid collaboration.
 * @example
 * ```ts
 * serializeSamenwerking({ partners: [], belangen: [], standpunten: [] })
 * //=> '{"partners":[],"belangen":[],"standpunten":[]}'
 * ```
 */
export function serializeSamenwerking(
  samenwerking: Samenwerking,
  options: { readonly space?: number } = {},
): string {
  const s = requireSamenwerking("serializeSamenwerking", samenwerking);
  checkObject("serializeSamenwerking", "options", options);
  const { space } = options;
  if (
    space !== undefined &&
    (typeof space !== "number" || !Number.isInteger(space) || space < 0 || space > 10)
  ) {
    throw new RangeError(
      `serializeSamenwerking: option "space" must be a whole number from 0 to 10, got ${describeValue(space)}`,
    );
  }
  return JSON.stringify(s, null, space);
}

/**
 * The JSON Schema (draft 2020-12) of a collaboration document, for editors and apps in other
 * languages. It describes the shape; ids and references are checked by
 * {@link parseSamenwerking} only.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * samenwerkingJsonSchema().$schema //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function samenwerkingJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SamenwerkingSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}
