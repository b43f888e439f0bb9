// Language detection, public: see src/internal/function-words.ts for the evidence rule.

import { chooseLang } from "../internal/function-words";
import { scanWords } from "../internal/scan";
import type { Lang } from "../lang";

/**
 * Detects the language of a text among the built-in languages from its function words, and
 * from the spelling of its words when it has too few function words.
 *
 * @param text - Any text.
 * @returns The built-in language whose function words weigh most in the text, when they give
 *   enough evidence; otherwise the first of {@link LANGS} (Dutch).
 * @throws {TypeError} When `text` is not a string.
 * @remarks Every language pack lists its function words with a weight; a word that two packs
 *   list counts for neither. The language needs a summed weight of at least 1 and more than
 *   any other. When no language has that, the spelling decides (a pack's `spellings`, such as
 *   English `th`, `ly$`, `y$` and Dutch `ij`, `oe`, `heid$`): each word counts for a language
 *   with the weight of its strongest typical letter sequence, and a language needs 0.5 in all
 *   and 0.5 more than any other, as in a short post-it ("late opening Thursdays"). Otherwise,
 *   and for a tie, the text goes to the first built-in language. A single letter followed by a
 *   full stop and another letter is part of an abbreviation (Dutch "i.p.v.", English "e.g.")
 *   and casts no vote.
 * @example
 * ```ts
 * detectLanguage("We want a van.") //=> "en"
 * detectLanguage("Wij willen een bestelwagen.") //=> "nl"
 * detectLanguage("Da's nie oké, ge moet da zelf doen.") //=> "nl"
 * detectLanguage("late opening Thursdays") //=> "en"
 * detectLanguage("Huurfiets i.p.v. bus") //=> "nl"
 * ```
 */
export function detectLanguage(text: string): Lang {
  if (typeof text !== "string") throw new TypeError("detectLanguage: text must be a string");
  return chooseLang(scanWords(text).votes);
}
