import { type Lang, REPORT } from "../lang";
import type { ReportWords } from "../lang/types";

export type { ReportWords } from "../lang/types";

/** @internal The report's words in one language. */
export function reportWords(lang: Lang): ReportWords {
  return REPORT[lang];
}
