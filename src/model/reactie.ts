import * as z from "zod";
import { compareStrings } from "../internal/json";
import { IdSchema, TextSchema } from "./primitives";

/**
 * The three ways a partner can react to a proposal or a position: agree, disagree, pass.
 *
 * @example
 * ```ts
 * STANCES.includes("pas") //=> true
 * ```
 */
export const STANCES = ["eens", "oneens", "pas"] as const;

/** A partner's stance on a proposal or position: `"eens"`, `"oneens"` or `"pas"`. */
export type Stance = (typeof STANCES)[number];

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/**
 * Whether a string is an ISO 8601 calendar date (`2024-03-01`) or date-time
 * (`2024-03-01T09:30`, `2024-03-01T09:30:00Z`, `2024-03-01T09:30:00+01:00`) that exists.
 *
 * @internal
 */
export function isIsoDateTime(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi, se, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) return false;
  if (se !== undefined && Number(se) > 59) return false;
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) return false;
  return true;
}

/** Milliseconds since the epoch of an ISO date or date-time (a date without offset is UTC). */
export function instantOf(at: string): number {
  const t = Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/**
 * Schema of an ISO 8601 date or date-time that exists (see {@link isIsoDateTime}); a bad one is
 * reported with the issue code `invalid_date`.
 *
 * @internal
 */
export const IsoDateTimeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .max(40)
    .refine(isIsoDateTime, { params: { code: "invalid_date" } })
    .meta({
      description: "ISO 8601 date or date-time",
      pattern:
        "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$",
    }))();

/**
 * Schema of a reaction (reactie): how one partner reacts to a proposal or a position.
 *
 * - `partnerId`: the partner who reacts.
 * - `targetId`: the voorstel or standpunt reacted to.
 * - `stance`: `"eens"` (agree), `"oneens"` (disagree) or `"pas"` (pass: no opinion, or not yet).
 * - `reason`: the partner's reason in their own words, if given; {@link whyNot} reads the
 *   interests behind a "no" from it.
 * - `at`: when, as an ISO 8601 date or date-time.
 *
 * @remarks
 * A later reaction of the same partner to the same target replaces the earlier one; see
 * {@link latestReacties}.
 *
 * @example
 * ```ts
 * ReactieSchema.parse({ partnerId: "ocmw", targetId: "v1", stance: "eens" })
 * //=> { partnerId: "ocmw", targetId: "v1", stance: "eens" }
 * ```
 */
export const ReactieSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    partnerId: IdSchema,
    targetId: IdSchema,
    stance: z.enum(STANCES),
    reason: TextSchema.optional(),
    at: IsoDateTimeSchema.optional(),
  }))();

/** A reaction of one partner to a proposal or position. See {@link ReactieSchema}. */
export type Reactie = z.infer<typeof ReactieSchema>;

/** Whether reaction `b` replaces reaction `a` (same partner and target). */
function replaces(a: Reactie, b: Reactie): boolean {
  if (a.at !== undefined && b.at !== undefined) return instantOf(b.at) >= instantOf(a.at);
  return true;
}

/**
 * The reactions that count: per partner and target, the latest one.
 *
 * @param reacties - Reactions in the order they were recorded.
 * @returns One reaction per partner and target, sorted by `targetId`, then `partnerId`. A new
 *   array; the input is not mutated.
 *
 * @remarks
 * "Latest" is by `at` when both reactions carry one (equal instants: the later in the list);
 * otherwise the later in the list wins. So the result does not depend on the order of the list
 * as long as reactions of one partner to one target carry distinct dates.
 *
 * @example
 * ```ts
 * latestReacties([
 *   { partnerId: "ocmw", targetId: "v1", stance: "oneens", at: "2024-03-01" },
 *   { partnerId: "ocmw", targetId: "v1", stance: "eens", at: "2024-04-01" },
 * ]).map((r) => r.stance) //=> ["eens"]
 * ```
 */
export function latestReacties(reacties: readonly Reactie[]): Reactie[] {
  const byKey = new Map<string, Reactie>();
  for (const r of reacties) {
    const key = `${r.targetId}\u0000${r.partnerId}`;
    const cur = byKey.get(key);
    if (cur === undefined || replaces(cur, r)) byKey.set(key, r);
  }
  return [...byKey.values()].sort(
    (a, b) => compareStrings(a.targetId, b.targetId) || compareStrings(a.partnerId, b.partnerId),
  );
}
