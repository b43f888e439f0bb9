/**
 * The facilitator's report of a collaboration, as HTML or Markdown.
 *
 * @packageDocumentation
 */

/** Options of the report. */
export interface ReportOptions {
  /** Language: `"nl"` or `"en"`. */
  readonly lang: "nl" | "en";
  /** Output format: `"html"` or `"markdown"`. */
  readonly format: "html" | "markdown";
}

/**
 * Placeholder marker of the report entry (replaced by the real report).
 *
 * @returns The entry's name.
 * @example
 * ```ts
 * reportEntry() //=> "samenwerken/report"
 * ```
 */
export function reportEntry(): string {
  return "samenwerken/report";
}
