import * as z from "zod";
import { checkObject, checkString, describeValue } from "../internal/args";
import { jsonSyntax, stripBom } from "../internal/json-syntax";
import { prescan } from "../internal/prescan";
import { checkLang, type LangOption } from "../lang";
import { SharedAmbitionSchema } from "./ambition";
import { BelangSchema } from "./belang";
import { SamenwerkingError } from "./errors";
import { detail, fromZodIssues, issue, type RawIssue, render } from "./issues";
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

type Obj = Readonly<Record<string, unknown>>;
const obj = (v: unknown): Obj | null =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : null;
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The list at `key`, `[]` when an optional list is absent, `null` when it cannot be read. */
function listAt(root: Obj, key: string, optional: boolean): readonly unknown[] | null {
  if (!Object.hasOwn(root, key)) return optional ? [] : null;
  const v = root[key];
  if (optional && v === undefined) return [];
  return Array.isArray(v) ? v : null;
}

/**
 * The string ids of a list's items, with a `duplicate_id` issue for every repeat; `null` when an
 * item has no readable id (references into the list are checked once it has), and the path of
 * that item's id is added to `unreadable`.
 */
function uniqueIds(
  items: readonly unknown[],
  list: string,
  issues: RawIssue[],
  unreadable: string[],
): Set<string> | null {
  const firstAt = new Map<string, number>();
  let complete = true;
  items.forEach((item, i) => {
    const o = obj(item);
    const id = str(o?.id);
    if (id === undefined) {
      complete = false;
      unreadable.push(o === null ? `${list}[${i}]` : `${list}[${i}].id`);
      return;
    }
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else
      issues.push(
        issue(`${list}[${i}].id`, "duplicate_id", detail("alsoAt", id, `${list}[${first}]`)),
      );
  });
  return complete ? new Set(firstAt.keys()) : null;
}

/** A reference that must resolve: checked only when it is a string and its list was read. */
function reference(
  ids: Set<string> | null,
  value: unknown,
  path: string,
  what: "partner" | "belang",
  issues: RawIssue[],
): void {
  const id = str(value);
  if (ids === null || id === undefined) return;
  if (!ids.has(id)) issues.push(issue(path, "unknown_reference", detail("noSuch", what, id)));
}

/** The items of a list that are objects, with their index. */
function eachObject(items: readonly unknown[] | null, visit: (item: Obj, i: number) => void): void {
  items?.forEach((item, i) => {
    const o = obj(item);
    if (o !== null) visit(o, i);
  });
}

/**
 * Rules that span the document: unique ids, references that resolve. They read the input as it
 * is, tolerating parts of the wrong shape (the schema reports those), so that every problem is
 * found in one pass. A list that cannot be read at all is returned in `unreadable`: the
 * references into it are checked once it is fixed.
 */
function documentIssues(input: unknown): { issues: RawIssue[]; unreadable: string[] } {
  const issues: RawIssue[] = [];
  const unreadable: string[] = [];
  const root = obj(input);
  if (root === null) return { issues, unreadable };
  const lists = {
    partners: listAt(root, "partners", false),
    belangen: listAt(root, "belangen", false),
    standpunten: listAt(root, "standpunten", false),
    voorstellen: listAt(root, "voorstellen", true),
    reacties: listAt(root, "reacties", true),
  };
  for (const [key, list] of Object.entries(lists)) if (list === null) unreadable.push(key);
  const ids = (key: "partners" | "belangen" | "standpunten" | "voorstellen") => {
    const list = lists[key];
    return list === null ? null : uniqueIds(list, key, issues, unreadable);
  };
  const partnerIds = ids("partners");
  const belangIds = ids("belangen");
  const standpuntIds = ids("standpunten");
  const voorstelIds = ids("voorstellen");
  const standpuntAt = new Map<string, number>();
  eachObject(lists.standpunten, (sp, i) => {
    const id = str(sp.id);
    if (id !== undefined && !standpuntAt.has(id)) standpuntAt.set(id, i);
  });
  const belangList = (o: Obj, path: string): void => {
    const list = o.belangIds;
    if (Array.isArray(list))
      list.forEach((id, k) => {
        reference(belangIds, id, `${path}.belangIds[${k}]`, "belang", issues);
      });
  };
  eachObject(lists.voorstellen, (v, i) => {
    const id = str(v.id);
    const j = id === undefined ? undefined : standpuntAt.get(id);
    if (id !== undefined && j !== undefined)
      issues.push(
        issue(`voorstellen[${i}].id`, "duplicate_id", detail("alsoAt", id, `standpunten[${j}]`)),
      );
    if (v.by !== undefined) reference(partnerIds, v.by, `voorstellen[${i}].by`, "partner", issues);
    belangList(v, `voorstellen[${i}]`);
  });
  eachObject(lists.reacties, (r, i) => {
    reference(partnerIds, r.partnerId, `reacties[${i}].partnerId`, "partner", issues);
    const target = str(r.targetId);
    if (
      target !== undefined &&
      voorstelIds !== null &&
      standpuntIds !== null &&
      !voorstelIds.has(target) &&
      !standpuntIds.has(target)
    )
      issues.push(
        issue(`reacties[${i}].targetId`, "unknown_reference", detail("noSuch", "target", target)),
      );
  });
  eachObject(lists.belangen, (b, i) => {
    reference(partnerIds, b.partnerId, `belangen[${i}].partnerId`, "partner", issues);
  });
  eachObject(lists.standpunten, (sp, i) => {
    reference(partnerIds, sp.partnerId, `standpunten[${i}].partnerId`, "partner", issues);
    belangList(sp, `standpunten[${i}]`);
  });
  const a = obj(root.ambition);
  if (a !== null) {
    belangList(a, "ambition");
    if (Array.isArray(a.history))
      eachObject(a.history, (h, j) => {
        reference(partnerIds, h.by, `ambition.history[${j}].by`, "partner", issues);
      });
    if (Array.isArray(a.endorsements))
      eachObject(a.endorsements, (e, j) => {
        reference(
          partnerIds,
          e.partnerId,
          `ambition.endorsements[${j}].partnerId`,
          "partner",
          issues,
        );
      });
  }
  return { issues, unreadable };
}

/** Options of {@link safeParseSamenwerking} and {@link parseSamenwerking}. */
export interface ParseOptions {
  /**
   * Language of the issues' messages: `"nl"`, `"en"` (the default, for apps' logs) or a
   * language pack.
   */
  readonly lang?: LangOption;
}

/**
 * Validates a collaboration without throwing.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `lang`: the language of the messages (`"nl"`, `"en"` or a pack; English by
 *   default).
 * @returns `{ success: true, data }` with a typed {@link Samenwerking}, or `{ success: false,
 *   error }` with a {@link SamenwerkingError} listing every problem.
 * @example
 * ```ts
 * const r = safeParseSamenwerking({ partners: [], belangen: [{ id: "b1", partnerId: "x", niveau: "netwerk", text: "Rust" }], standpunten: [] });
 * r.success //=> false
 * if (!r.success) r.error.issues[0] //=> { path: "belangen[0].partnerId", code: "unknown_reference", message: 'refers to an id that does not exist: no partner has id "x"' }
 * ```
 */
export function safeParseSamenwerking(
  input: unknown,
  options: ParseOptions = {},
): SafeParseResult<Samenwerking> {
  checkObject("safeParseSamenwerking", "options", options);
  const lang = checkLang(options.lang, "safeParseSamenwerking: option lang");
  const fail = (raws: readonly RawIssue[]): SafeParseResult<Samenwerking> => ({
    success: false,
    error: new SamenwerkingError(render(raws, lang), lang === undefined ? {} : { lang }),
  });
  try {
    return parseUnguarded(input, fail);
  } catch (e) {
    // A throwing getter, a hostile Proxy: the input cannot be read, which is a failure too.
    const why = e instanceof Error ? e.message : String(e);
    return fail([issue("", "invalid_value", detail("unreadable", why))]);
  }
}

function parseUnguarded(
  input: unknown,
  fail: (raws: readonly RawIssue[]) => SafeParseResult<Samenwerking>,
): SafeParseResult<Samenwerking> {
  // Cycles, excessive depth and prototype keys first: on those a validator could loop or crash,
  // so the other checks wait until they are fixed (and their messages say so).
  const unsafe = prescan(input);
  if (unsafe.length > 0) return fail(unsafe);
  const parsed = SamenwerkingSchema.safeParse(input);
  const { issues: spanning, unreadable } = documentIssues(input);
  if (!parsed.success) {
    const shape = fromZodIssues(parsed.error.issues, input);
    // A list too broken to read: say at its issue that the references into it follow later.
    const marked = shape.map((i) => (unreadable.includes(i.path) ? { ...i, later: true } : i));
    return fail([...marked, ...spanning]);
  }
  if (spanning.length > 0) return fail(spanning);
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
 * @param options - `lang`: the language of the messages (English by default).
 * @returns The validated {@link Samenwerking}: a fresh object; `input` is not mutated and nothing
 *   in it is dropped or repaired.
 * @throws {@link SamenwerkingError} listing every problem with its path: wrong shapes and types,
 *   missing or unknown fields, blank texts, numbers out of range or not finite, duplicate ids,
 *   references to ids that do not exist, an inconsistent ambition history, prototype-polluting
 *   keys, cycles and excessive nesting.
 *
 * @remarks
 * Shape and what spans the document (ids and references) are checked in one pass, so every
 * problem is reported at once: the problems of shape first, then those of ids and references.
 * Where a later check truly cannot run (a list that is not a list, a cycle, a forbidden key),
 * the message says that more checks follow. Validation is linear in the size of the document.
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
export function parseSamenwerking(input: unknown, options: ParseOptions = {}): Samenwerking {
  const result = safeParseSamenwerking(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Parses a collaboration from JSON text, reporting malformed JSON as an issue too.
 *
 * @param json - JSON text; a leading UTF-8 byte-order mark is ignored.
 * @param options - `lang`: the language of the messages (English by default).
 * @returns The result of {@link safeParseSamenwerking}; a syntax error gives one `invalid_json`
 *   issue at the root that names the line and column ("line 3, column 18"); pass the text as
 *   `source` to {@link formatIssues} to show the line with a caret under the place.
 * @example
 * ```ts
 * safeParseSamenwerkingJson("{").success //=> false
 * ```
 */
export function safeParseSamenwerkingJson(
  json: string,
  options: ParseOptions = {},
): SafeParseResult<Samenwerking> {
  checkString("safeParseSamenwerkingJson", "json", json);
  checkObject("safeParseSamenwerkingJson", "options", options);
  const lang = checkLang(options.lang, "safeParseSamenwerkingJson: option lang");
  const text = stripBom(json);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const at = jsonSyntax(text, e);
    const raw = issue("", "invalid_json", detail("json", at.found, at.line, at.column));
    return {
      success: false,
      error: new SamenwerkingError(render([raw], lang), lang === undefined ? {} : { lang }),
    };
  }
  return safeParseSamenwerking(input, lang === undefined ? {} : { lang });
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
