/**
 * Every rule a collaboration document can break, as stable codes for programs.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes("unknown_reference") //=> true
 * ```
 */
export const ISSUE_CODES = [
  "invalid_type",
  "missing",
  "unknown_key",
  "forbidden_key",
  "too_small",
  "too_big",
  "not_integer",
  "not_finite",
  "invalid_value",
  "blank",
  "untrimmed",
  "duplicate_value",
  "duplicate_id",
  "unknown_reference",
  "invalid_history",
  "invalid_date",
  "too_deep",
  "cycle",
  "invalid_json",
] as const;

/** A stable code naming the rule an input broke; see {@link ISSUE_MESSAGES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * The readable rule behind each {@link IssueCode}, in English. An issue's `message` starts with
 * this text and may add a detail after a colon, so tests and translations can refer to it.
 *
 * @example
 * ```ts
 * ISSUE_MESSAGES.duplicate_id //=> "id is used more than once"
 * ```
 */
export const ISSUE_MESSAGES: { readonly [C in IssueCode]: string } = {
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
};

/** One problem found in an input, with where it is and which rule it broke. */
export interface SamenwerkingIssue {
  /** Dotted path to the offending value, with indices: `belangen[3].partnerId`; `""` is the root. */
  readonly path: string;
  /** The rule that was broken, stable across releases. */
  readonly code: IssueCode;
  /** A readable sentence for people: {@link ISSUE_MESSAGES} plus detail. */
  readonly message: string;
}

const BRAND: unique symbol = /* @__PURE__ */ Symbol.for("samenwerken/SamenwerkingError") as never;
/** How many issues the error's `message` lists before summarising the rest. */
const MESSAGE_ISSUES = 20;

function formatIssues(issues: readonly SamenwerkingIssue[]): string {
  const shown = issues
    .slice(0, MESSAGE_ISSUES)
    .map((i) => `${i.path === "" ? "(root)" : i.path}: ${i.message}`);
  const rest = issues.length - shown.length;
  if (rest > 0) shown.push(`… and ${rest} more (see error.issues)`);
  return `Invalid collaboration (${issues.length} ${issues.length === 1 ? "problem" : "problems"}):\n${shown.join("\n")}`;
}

/**
 * The error thrown for input that breaks the collaboration model. It carries every problem
 * found, not only the first, in `issues`.
 *
 * @remarks
 * `instanceof SamenwerkingError` also holds for errors made by another copy of the library (ESM
 * and CJS in one process): the class checks a global brand. {@link isSamenwerkingError} does the
 * same as a function.
 *
 * @example
 * ```ts
 * try {
 *   parseSamenwerking({ partners: [], belangen: [{}], standpunten: [] });
 * } catch (e) {
 *   if (e instanceof SamenwerkingError) e.issues[0].path //=> "belangen[0].id"
 * }
 * ```
 */
export class SamenwerkingError extends Error {
  override readonly name = "SamenwerkingError";
  /** Every problem found, in document order. */
  readonly issues: readonly SamenwerkingIssue[];

  /**
   * @param issues - The problems found; at least one.
   */
  constructor(issues: readonly SamenwerkingIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Brand check, so that `instanceof` works across copies of the library.
   *
   * @param value - Any value.
   * @returns Whether `value` is a SamenwerkingError from any copy of the library.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isSamenwerkingError(value);
  }
}

/**
 * Whether a value is a {@link SamenwerkingError}, from this or any other copy of the library.
 *
 * @param value - Any value, typically a caught error.
 * @returns `true` when `value` carries the SamenwerkingError brand.
 * @example
 * ```ts
 * isSamenwerkingError(new Error("x")) //=> false
 * ```
 */
export function isSamenwerkingError(value: unknown): value is SamenwerkingError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}
