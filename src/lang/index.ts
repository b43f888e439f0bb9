/**
 * The languages the library speaks: labels, questions, reports and the statement classifier
 * all come in Dutch (`nl`, including Flemish spoken forms) and English (`en`).
 *
 * @example
 * ```ts
 * LANGS //=> ["nl", "en"]
 * ```
 */
export const LANGS = ["nl", "en"] as const;

/** A language the library speaks: `"nl"` (Dutch, Flemish included) or `"en"` (English). */
export type Lang = (typeof LANGS)[number];

/**
 * Whether a value is one of the supported languages.
 *
 * @param value - Any value.
 * @returns `true` when `value` is `"nl"` or `"en"`.
 * @example
 * ```ts
 * isLang("nl") //=> true
 * isLang("fr") //=> false
 * ```
 */
export function isLang(value: unknown): value is Lang {
  return value === "nl" || value === "en";
}
