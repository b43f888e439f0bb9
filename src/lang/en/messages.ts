// English messages of validation and of the command line: one table, as zod keeps one locale
// per language. Every issue's message is its rule, then a detail after a colon.

import type { MessagesPart } from "../types";

const TYPES: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null",
  undefined: "nothing",
  NaN: "NaN",
};
const type = (t: string): string => TYPES[t] ?? t;
const unit = (n: string, u: string): string =>
  u === "" ? "" : ` ${n === "1" ? u.slice(0, -1) : u}`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const WHAT = { partner: "partner", belang: "belang", target: "voorstel or standpunt" } as const;

/** The English messages. */
export const messages: MessagesPart = {
  issues: {
    invalid_type: "has the wrong type",
    missing: "is required",
    unknown_key: "is not a known field",
    forbidden_key: "is a forbidden key (it could pollute prototypes)",
    too_small: "is too small",
    too_big: "is too big",
    not_integer: "must be a whole number",
    not_finite: "must be a finite number",
    invalid_value: "is not one of the allowed values",
    blank: "must not be blank",
    untrimmed: "must not start or end with white space",
    duplicate_value: "holds the same value more than once",
    duplicate_id: "id is used more than once",
    unknown_reference: "refers to an id that does not exist",
    invalid_history: "does not agree with the ambition's history",
    invalid_date: "is not an ISO 8601 date or date-time",
    too_deep: "is nested too deeply",
    cycle: "refers back to itself",
    invalid_json: "is not valid JSON",
  },
  details: {
    expectedType: (expected, got) => `expected ${type(expected)}, got ${type(got)}`,
    got: (value) => `got ${value}`,
    minimum: (n, u) => `minimum ${n}${unit(n, u)}`,
    maximum: (n, u) => `maximum ${n}${unit(n, u)}`,
    oneOf: (values) => `expected one of ${values}`,
    alsoAt: (id, path) => `"${id}" is also ${path}`,
    noSuch: (what, id) => `no ${WHAT[what]} has id "${id}"`,
    unreadable: (why) => `cannot be read (${why})`,
    json: (found, line, column) =>
      `${found === null ? "the text ends too early" : `unexpected ${JSON.stringify(found)}`} at line ${line}, column ${column}`,
    depth: (max) => `more than ${max} levels`,
    revisionCount: (revision, length) =>
      `revision is ${revision} but the history holds ${plural(length, "revision", "revisions")}`,
    expectedRevision: (revision) => `expected revision ${revision}`,
    firstRevision: () => "revision 1 has no patches",
    endorsesTwice: (id) => `"${id}" endorses more than once`,
    noRevision: (revision, latest) => `revision ${revision} does not exist (latest is ${latest})`,
    unapplicable: (why) => `cannot be applied (${why})`,
    invalidRebuild: (revision) => `rebuild an invalid revision ${revision}`,
    patchesMismatch: (from, to) => `do not lead from revision ${from} to revision ${to}`,
    maxPatches: (max) => `a revision holds at most ${max} patches`,
    datedBefore: (revision, earlier, at) =>
      `revision ${revision} is dated before revision ${earlier} (${at})`,
    other: (message) => message,
  },
  laterChecks: "more checks follow once this is fixed",
  root: "(document)",
  invalid: (count) => `Invalid collaboration (${plural(count, "problem", "problems")}):`,
  more: (count) => `… and ${plural(count, "more problem", "more problems")}`,
};
