import { jsonExcerpt, jsonSyntax, stripBom } from "../internal/json-syntax";
import { checkLang, DEFAULT_MESSAGES_LANG, type LangOption, MESSAGES } from "../lang";
import { messagesOf } from "./issues";

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
 * this text (in the language chosen, English by default) and may add a detail after a colon, so
 * tests and translations can refer to it. The rules of every language are in its pack
 * (`messages.issues`).
 *
 * @example
 * ```ts
 * ISSUE_MESSAGES.duplicate_id //=> "id is used more than once"
 * ```
 */
export const ISSUE_MESSAGES: { readonly [C in IssueCode]: string } = /* @__PURE__ */ (() =>
  MESSAGES[DEFAULT_MESSAGES_LANG].issues)();

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

/** Options of {@link formatIssues}. */
export interface FormatIssuesOptions {
  /**
   * Language of the frame (the first line, the name of the root, the count of the rest):
   * `"nl"`, `"en"` (the default) or a pack. The messages keep the language they were made in;
   * pass the same `lang` to `safeParseSamenwerking`.
   */
  readonly lang?: LangOption;
  /** Most issues listed; the rest are counted on a last line. 20 by default. */
  readonly limit?: number;
  /** Whether the first line says how many problems there are. `true` by default. */
  readonly header?: boolean;
  /** Whether each line ends with the issue's code in brackets. `false` by default. */
  readonly codes?: boolean;
  /** Put before every issue's line. `""` by default. */
  readonly indent?: string;
  /**
   * The JSON text the issues were found in: an `invalid_json` issue is then shown with its line
   * and a caret under the place.
   */
  readonly source?: string;
}

/**
 * Formats issues for people: one line per issue with its path and its message (the rule and
 * the detail), under a first line that counts them, as zod's `prettifyError` does.
 *
 * @param issues - The issues, typically `error.issues` of a {@link SamenwerkingError}.
 * @param options - `lang`, `limit`, `header`, `codes`, `indent` and `source`; see
 *   {@link FormatIssuesOptions}.
 * @returns The lines joined with `\n`, without a final newline.
 * @throws RangeError when `lang` is not a known language code.
 * @example
 * ```ts
 * const r = safeParseSamenwerking({ partners: [{ id: "p1", name: "An", brillen: [] }], belangen: [], standpunten: [] }, { lang: "nl" });
 * if (!r.success) formatIssues(r.error.issues, { lang: "nl" })
 * //=> "Ongeldige samenwerking (1 probleem):\npartners[0].brillen: is te klein: minstens 1 element"
 * ```
 */
export function formatIssues(
  issues: readonly SamenwerkingIssue[],
  options: FormatIssuesOptions = {},
): string {
  const lang = checkLang(options.lang, "formatIssues: option lang");
  const m = messagesOf(lang);
  const limit = options.limit ?? MESSAGE_ISSUES;
  const indent = options.indent ?? "";
  const lines: string[] = options.header === false ? [] : [m.invalid(issues.length)];
  for (const i of issues.slice(0, Math.max(0, limit))) {
    lines.push(
      `${indent}${i.path === "" ? m.root : i.path}: ${i.message}${options.codes === true ? ` [${i.code}]` : ""}`,
    );
    if (i.code === "invalid_json" && options.source !== undefined) {
      const text = stripBom(options.source);
      let error: unknown;
      try {
        JSON.parse(text);
      } catch (e) {
        error = e;
      }
      if (error !== undefined) {
        for (const l of jsonExcerpt(text, jsonSyntax(text, error))) lines.push(`${indent}  ${l}`);
      }
    }
  }
  const rest = issues.length - Math.min(issues.length, Math.max(0, limit));
  if (rest > 0) lines.push(`${indent}${m.more(rest)}`);
  return lines.join("\n");
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
   * @param options - `lang`: the language of the error's `message` frame (English by default).
   */
  constructor(issues: readonly SamenwerkingIssue[], options: { readonly lang?: LangOption } = {}) {
    super(formatIssues(issues, options.lang === undefined ? {} : { lang: options.lang }));
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
