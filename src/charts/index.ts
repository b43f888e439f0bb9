/**
 * SVG charts of a collaboration: pure functions that return standalone SVG strings.
 *
 * @packageDocumentation
 */

/** Options shared by every chart. */
export interface ChartOptions {
  /** Language of the labels: `"nl"` (default) or `"en"`. */
  readonly lang?: "nl" | "en";
}

/**
 * Placeholder version marker of the charts entry (replaced by the real charts).
 *
 * @returns The entry's name.
 * @example
 * ```ts
 * chartsEntry() //=> "samenwerken/charts"
 * ```
 */
export function chartsEntry(): string {
  return "samenwerken/charts";
}
