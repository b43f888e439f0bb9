import { CHARTS, type Lang } from "../lang";
import type { ChartWords } from "../lang/types";

export type { ChartWords } from "../lang/types";

/** @internal The chart words in one language. */
export function chartWords(lang: Lang): ChartWords {
  return CHARTS[lang];
}
