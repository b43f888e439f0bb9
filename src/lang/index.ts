// The language registry: the built-in packs, part by part. Each part has its own table so that
// a bundler keeps only the parts a function reads (the classifier never pulls in the labels).
// This file and the packs are the only places that name a language.

import { charts as enCharts } from "./en/charts";
import { cli as enCli } from "./en/cli";
import { detection as enDetection } from "./en/detection";
import { families as enFamilies } from "./en/families";
import { labels as enLabels } from "./en/labels";
import { lenses as enLenses } from "./en/lenses";
import { levels as enLevels } from "./en/levels";
import { messages as enMessages } from "./en/messages";
import { morphology as enMorphology } from "./en/morphology";
import { report as enReport } from "./en/report";
import { statements as enStatements } from "./en/statements";
import { themes as enThemes } from "./en/themes";
import { why as enWhy } from "./en/why";
import { charts as nlCharts } from "./nl/charts";
import { cli as nlCli } from "./nl/cli";
import { detection as nlDetection } from "./nl/detection";
import { families as nlFamilies } from "./nl/families";
import { labels as nlLabels } from "./nl/labels";
import { lenses as nlLenses } from "./nl/lenses";
import { levels as nlLevels } from "./nl/levels";
import { messages as nlMessages } from "./nl/messages";
import { morphology as nlMorphology } from "./nl/morphology";
import { report as nlReport } from "./nl/report";
import { statements as nlStatements } from "./nl/statements";
import { themes as nlThemes } from "./nl/themes";
import { why as nlWhy } from "./nl/why";
import type { LanguagePack } from "./types";

/**
 * The built-in languages: Dutch (`nl`, Flemish spoken forms included) and English (`en`).
 * When a text's language is detected and two score alike, the first wins.
 *
 * @example
 * ```ts
 * LANGS //=> ["nl", "en"]
 * ```
 */
export const LANGS = ["nl", "en"] as const;

/** A built-in language: `"nl"` (Dutch, Flemish included) or `"en"` (English). */
export type Lang = (typeof LANGS)[number];

/**
 * Whether a value is one of the built-in languages.
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
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** @internal The built-in codes for messages: `"nl" or "en"` (quoted) or `nl or en`. */
export function langList(quoted = true): string {
  return LANGS.map((l) => (quoted ? `"${l}"` : l)).join(" or ");
}

/**
 * @internal The language of validation messages for apps that choose none: English, the
 * language of programmers' logs (the command line and the report choose the report's).
 */
export const DEFAULT_MESSAGES_LANG: Lang = "en";

/** A language as the options take it: a built-in code, or a whole pack for any other language. */
export type LangOption = Lang | LanguagePack;

/** One part of every built-in pack, by code. */
export type Registry<K extends keyof LanguagePack> = { readonly [L in Lang]: LanguagePack[K] };

/** @internal Function words of the built-in packs. */
export const DETECTION: Registry<"detection"> = { nl: nlDetection, en: enDetection };
/** @internal Classifier parts of the built-in packs. */
export const STATEMENTS: Registry<"statements"> = { nl: nlStatements, en: enStatements };
/** @internal Lens cues of the built-in packs. */
export const LENSES: Registry<"lenses"> = { nl: nlLenses, en: enLenses };
/** @internal Level cues of the built-in packs. */
export const LEVELS: Registry<"levels"> = { nl: nlLevels, en: enLevels };
/** @internal Word forms of the built-in packs. */
export const MORPHOLOGY: Registry<"morphology"> = { nl: nlMorphology, en: enMorphology };
/** @internal Theme words of the built-in packs. */
export const THEMES: Registry<"themes"> = { nl: nlThemes, en: enThemes };
/** @internal Why-questions of the built-in packs. */
export const WHY: Registry<"why"> = { nl: nlWhy, en: enWhy };
/** @internal Labels of the built-in packs. */
export const LABELS: Registry<"labels"> = { nl: nlLabels, en: enLabels };
/** @internal Report words of the built-in packs. */
export const REPORT: Registry<"report"> = { nl: nlReport, en: enReport };
/** @internal Chart words of the built-in packs. */
export const CHARTS: Registry<"charts"> = { nl: nlCharts, en: enCharts };
/** @internal Cue family labels of the built-in packs. */
export const FAMILIES: Registry<"families"> = { nl: nlFamilies, en: enFamilies };
/** @internal Messages of the built-in packs. */
export const MESSAGES: Registry<"messages"> = { nl: nlMessages, en: enMessages };
/** @internal Command-line words of the built-in packs. */
export const CLI: Registry<"cli"> = { nl: nlCli, en: enCli };

/**
 * @internal Checks a `lang` option: a built-in code or a language pack. Anything else is a
 * RangeError (an unknown code) or a TypeError, naming `where`.
 */
export function checkLang(value: unknown, where: string): LangOption | undefined {
  if (value === undefined || isLang(value)) return value;
  if (typeof value === "string") {
    throw new RangeError(
      `${where}: unknown language ${JSON.stringify(value)}; use ${LANGS.map((l) => `"${l}"`).join(", ")} or pass a LanguagePack`,
    );
  }
  if (
    typeof value === "object" &&
    value !== null &&
    typeof (value as LanguagePack).code === "string"
  ) {
    // A pack made in plain JavaScript is checked for its parts, so a missing one is named here
    // rather than failing deep inside an engine.
    const pack = value as Record<string, unknown>;
    const missing = PACK_PARTS.filter((p) => typeof pack[p] !== "object" || pack[p] === null);
    if (missing.length > 0) {
      throw new TypeError(
        `${where}: the LanguagePack "${String(pack.code)}" lacks ${missing.join(", ")}`,
      );
    }
    return value as LanguagePack;
  }
  throw new TypeError(`${where}: must be a language code or a LanguagePack`);
}

/** The parts every pack has (the compiler checks them for TypeScript apps). */
const PACK_PARTS = [
  "detection",
  "statements",
  "lenses",
  "levels",
  "morphology",
  "themes",
  "why",
  "labels",
  "report",
  "charts",
  "families",
  "messages",
  "cli",
] as const;

/** @internal The code of a language option. */
export function codeOf(lang: LangOption): string {
  return typeof lang === "string" ? lang : lang.code;
}

/** @internal One part of a language: from the built-in table, or from the pack given. */
export function partOf<K extends keyof LanguagePack>(
  registry: Registry<K>,
  key: K,
  lang: LangOption,
): LanguagePack[K] {
  return typeof lang === "string" ? registry[lang] : lang[key];
}
