// The English language pack: every part in one object.

import type { LanguagePack } from "../types";
import { charts } from "./charts";
import { cli } from "./cli";
import { detection } from "./detection";
import { families } from "./families";
import { labels } from "./labels";
import { lenses } from "./lenses";
import { levels } from "./levels";
import { messages } from "./messages";
import { morphology } from "./morphology";
import { report } from "./report";
import { statements } from "./statements";
import { themes } from "./themes";
import { why } from "./why";

/**
 * The English language pack (`"en"`). Pass it (or another pack) as
 * `lang` to use it explicitly; built in, it is also chosen by code.
 *
 * @example
 * ```ts
 * en.code //=> "en"
 * ```
 */
export const en: LanguagePack = {
  code: "en",
  name: "English",
  detection,
  statements,
  lenses,
  levels,
  morphology,
  themes,
  why,
  labels,
  report,
  charts,
  families,
  messages,
  cli,
};
