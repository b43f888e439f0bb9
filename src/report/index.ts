/**
 * The facilitator's report of a collaboration, as one self-contained HTML page or as Markdown,
 * for `samenwerken/report`.
 *
 * @packageDocumentation
 */

import { isLang, type Lang, langList } from "../lang";
import type { ConceptVocabulary } from "../lang/types";
import { parseSamenwerking, type Samenwerking } from "../model/samenwerking";
import type { CueLexicon } from "../statements/lexicon";
import { reportData } from "./data";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";

/** The formats {@link report} writes. */
export const REPORT_FORMATS = ["html", "markdown"] as const;

/** A format {@link report} writes: `"html"` (one self-contained page) or `"markdown"`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link report}. */
export interface ReportOptions {
  /** Language of the report's headings, labels and charts: `"nl"` or `"en"`. */
  readonly lang: Lang;
  /** `"html"`: one self-contained page with inline SVG charts; `"markdown"`: text and tables. */
  readonly format: ReportFormat;
  /**
   * A concept vocabulary (`builtInConcepts` of `samenwerken/concepts`, or an app's own): the
   * win-win intersections then meet on concepts as well as words and list them beside the
   * themes, and a belang that meets the ambition on a concept counts as served. Without it the
   * report reads no concepts.
   */
  readonly concepts?: ConceptVocabulary;
  /** An app's concept terms, made by `extendLexicon`; read only with `concepts`. */
  readonly lexicon?: CueLexicon;
}

/**
 * Writes the facilitator's report of a collaboration: the partners, the lens profile, the
 * coverage of interests per level with the partners still missing, every position with its
 * highlighted cues and why-questions, the win-win intersections and the plan, and the shared
 * ambition's history and ownership.
 *
 * @param samenwerking - A collaboration that passes {@link parseSamenwerking}; it is validated
 *   again here (ids and references included), so a document that was never validated is
 *   rejected rather than reported on half.
 * @param options - `lang` (`"nl"` or `"en"`) and `format` (`"html"` or `"markdown"`), both
 *   required.
 * @returns The report as a string. HTML: a complete page (`<!DOCTYPE html>`, `lang`
 *   attribute, inline CSS with print rules, inline SVG charts from `samenwerken/charts`, no
 *   script, every text escaped). Markdown: the same content as headings, lists and tables
 *   (CommonMark with GitHub tables), cue spans in `<mark>`, no charts.
 * @throws RangeError when `options` is not an object or `lang` / `format` is not one of the
 *   allowed values; the message names the option.
 * @throws {@link index!SamenwerkingError} with every problem when `samenwerking` is not valid.
 *
 * @remarks
 * - Partners, belangen and standpunten are listed by partner id, then by their own id; lenses
 *   and levels in their fixed order; intersections by rank (see `suggestWinWin`); revisions
 *   oldest first.
 * - Positions are read with `classifyStatement` and `whyQuestions` in the language each
 *   statement is written in (detected), so the questions can be asked to the partner as they
 *   are; the report's own words follow `lang`.
 * - Deterministic: equal input gives a byte-identical string (no date, no random ids). The
 *   input is not mutated.
 *
 * @example
 * ```ts
 * import { exampleSamenwerking } from "samenwerken";
 * import { report } from "samenwerken/report";
 *
 * const html = report(exampleSamenwerking(), { lang: "en", format: "html" });
 * html.startsWith("<!DOCTYPE html>") //=> true
 * report(exampleSamenwerking(), { lang: "nl", format: "markdown" }).split("\n")[0]
 * //=> "# Zorgnetwerk Deinze: thuiswonende ouderen"
 * ```
 */
export function report(samenwerking: Samenwerking, options: ReportOptions): string {
  if (typeof options !== "object" || options === null) {
    throw new RangeError("report: options must be an object { lang, format }");
  }
  const { lang, format } = options;
  if (!isLang(lang)) {
    throw new RangeError(`report: option "lang" must be ${langList()}, got ${show(lang)}`);
  }
  if (format !== "html" && format !== "markdown") {
    throw new RangeError(
      `report: option "format" must be "html" or "markdown", got ${show(format)}`,
    );
  }
  const concepts =
    options.concepts === undefined
      ? {}
      : {
          concepts: options.concepts,
          ...(options.lexicon === undefined ? {} : { lexicon: options.lexicon }),
        };
  const data = reportData(parseSamenwerking(samenwerking), lang, concepts);
  return format === "html" ? renderHtml(data) : renderMarkdown(data);
}

function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
