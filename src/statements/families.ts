import { checkObject, checkString } from "../internal/args";
import { checkLang, FAMILIES, LANGS, type LangOption, partOf } from "../lang";
import type { FamiliesPart } from "../lang/types";

/**
 * The human label of a cue family, for people: what kind of words a cue is ("een eis of
 * verplichting", "a concrete means"). The family id (`cue.family`) stays what programs use.
 *
 * @param family - A cue family id, such as `cue.family` of a `Cue`: `"s.modal"`, `"b.fear"`.
 * @param options - `lang`: `"nl"` (the default), `"en"` or a language pack.
 * @returns The label in that language; for a family the pack does not know (an app's own,
 *   added with `extendLexicon`), the id itself.
 * @throws TypeError when `family` is not a string; RangeError for an unknown language code.
 * @example
 * ```ts
 * cueFamilyLabel("s.modal") //=> "een eis of verplichting"
 * cueFamilyLabel("s.device", { lang: "en" }) //=> "a concrete means"
 * cueFamilyLabel("b.my_own") //=> "b.my_own"
 * ```
 */
export function cueFamilyLabel(
  family: string,
  options: { readonly lang?: LangOption } = {},
): string {
  checkString("cueFamilyLabel", "family", family);
  checkObject("cueFamilyLabel", "options", options);
  const lang = checkLang(options.lang, "cueFamilyLabel: option lang") ?? LANGS[0];
  const labels = partOf(FAMILIES, "families", lang);
  return Object.hasOwn(labels, family) ? labels[family as keyof FamiliesPart] : family;
}

/**
 * @internal The labels of the families that found one span, each once, joined by ", " ("a fear,
 * a phrase often found in interests").
 */
export function cueFamilyLabels(
  families: readonly string[],
  options: { readonly lang?: LangOption } = {},
): string {
  return [...new Set(families.map((f) => cueFamilyLabel(f, options)))].join(", ");
}
